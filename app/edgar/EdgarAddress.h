// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

// Where EDGAR keeps what Tieout asks for. EDGAR serves from two hosts: the
// ticker list and the filing archive from www.sec.gov, each company's
// submissions from data.sec.gov. A replacement base (a mirror, or the test
// server on the loopback address) stands for both and keeps EDGAR's paths.
class EdgarAddress
{
public:
    // EDGAR's own hosts.
    EdgarAddress() = default;
    // Both hosts replaced by `base` (scheme, host, port, and a path prefix
    // when it has one); an empty URL keeps EDGAR's.
    explicit EdgarAddress(const QUrl &base);

    // The address of an EDGAR path ("/files/company_tickers.json").
    QUrl url(const QString &path) const;

    // EDGAR's paths, which also name each document in the cache.
    // /files/company_tickers.json: every listed company's ticker, name, CIK.
    static QString companyTickers();
    // /submissions/CIK##########.json: a company's recent filings.
    static QString submissions(qint64 cik);
    // /Archives/edgar/data/CIK/ACCESSION (without dashes)/NAME.
    static QString archive(qint64 cik, const QString &accession, const QString &name);
    // The filing folder's listing.
    static QString filingIndex(qint64 cik, const QString &accession)
    {
        return archive(cik, accession, QStringLiteral("index.json"));
    }

    // A filing named by an address an analyst pasted: the folder
    // (…/data/320193/000032019325000057/), its index page
    // (…/0000320193-25-000057-index.htm) or one of its documents (then
    // `document` is its name). Any host is accepted: only the path says
    // which filing it is.
    struct Filing
    {
        qint64 cik = 0;
        QString accession; // 0000320193-25-000057
        QString document;  // empty for the folder or its index
        bool isValid() const { return cik > 0 && !accession.isEmpty(); }
    };
    static Filing parseFilingAddress(const QString &text);
    // "000032019325000057" and "0000320193-25-000057" alike, as EDGAR
    // writes it with dashes; empty for anything that is not 18 digits.
    static QString accessionWithDashes(const QString &accession);

private:
    QUrl m_base; // empty: EDGAR's hosts
};
