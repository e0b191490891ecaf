// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentLink.h"
#include "FigureDifference.h"

#include <QDate>

struct Filing;

// Every comparison among filings read together, as the window and `tieout
// compare` make it: each figure of a later filing against the last report
// of it before (the newest earlier filing that reports its period; filings
// in order of their date, else their latest period), each filing's "as
// previously reported" columns against its "as restated" ones, and the
// links between documents. Indices are those of the list given.
struct FilingSetComparison
{
    FigureDifferences differences;
    DocumentLinks links;
    qsizetype compared = 0; // figures found twice for the same period
    QList<qsizetype> order; // the filings, oldest first

    static FilingSetComparison of(const QList<const Filing *> &filings);
    // When a filing speaks: its date, else the end of its latest period.
    static QDate asOf(const Filing &filing);

    // The differences a filing's own figures show (it is the later side).
    FigureDifferences reportedBy(qsizetype filing) const;
    // The difference a cell shows, or null.
    const FigureDifference *at(qsizetype filing, qsizetype schedule, qsizetype row, qsizetype period) const;
};
