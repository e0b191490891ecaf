// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A company listed on EDGAR: what its ticker list says of it.
struct EdgarCompany
{
    qint64 cik = 0;
    QString ticker; // "AAPL"; empty for a company found by CIK alone
    QString name;   // "Apple Inc."
};

// EDGAR's ticker list (company_tickers.json: {"0": {"cik_str": 320193,
// "ticker": "AAPL", "title": "Apple Inc."}, …}), to turn what an analyst
// types (a ticker, a CIK, part of a name) into companies.
class CompanyDirectory
{
public:
    // False, with `error` saying where, when the bytes are not that list.
    bool read(const QByteArray &json, QString *error);

    // The companies `query` names, best first: the ticker exactly (BRK.B
    // and BRK-B alike), then the CIK, then names that start with it, then
    // names that contain it; at most `limit`.
    QList<EdgarCompany> find(const QString &query, qsizetype limit = 20) const;
    // The company with this CIK, or one with cik 0.
    EdgarCompany byCik(qint64 cik) const;
    qsizetype size() const { return m_companies.size(); }

    // A CIK typed as digits ("320193", "0000320193", "CIK0000320193"), or 0.
    static qint64 parseCik(const QString &text);

private:
    QList<EdgarCompany> m_companies; // in the list's order: EDGAR lists the largest first
};
