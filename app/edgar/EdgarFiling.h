// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// One filing in a company's submissions list, as EDGAR describes it.
struct EdgarFiling
{
    qint64 cik = 0;
    QString company;
    QString accession; // 0000320193-25-000057
    QString form;      // 10-Q, 10-K, 8-K, 10-Q/A …
    QDate filed;
    QDate reportDate;  // the period's end, when the form has one
    QStringList items; // an 8-K's items: "2.02", "9.01"
    QString primaryDocument;
    QString description;
    bool inlineXbrl = false;

    // An 8-K that reports results of operations (item 2.02): an earnings
    // release, in its EX-99 exhibits.
    bool isEarningsRelease() const;
    bool isQuarterlyReport() const; // 10-Q and its amendments
    bool isAnnualReport() const;    // 10-K (and 10-KT, 20-F, 40-F) and amendments
    // What Tieout opens: earnings releases, quarterly and annual reports.
    bool isOpenable() const { return isEarningsRelease() || isQuarterlyReport() || isAnnualReport(); }
    // "8-K" matches 8-K and 8-K/A, as the form filter an analyst picks.
    bool hasForm(const QString &form) const;
    // "Earnings release", "Quarterly report" …, for a list.
    QString kindText() const;
};
using EdgarFilings = QList<EdgarFiling>;
