// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FigureDifference.h"

#include <set>
#include <tuple>

struct Filing;
struct Period;
struct Row;
struct Schedule;

// Finds the figures a later filing reports differently for a period an
// earlier one reported: this release's prior-year column against last
// year's current column. Rows are matched by what their labels say (and,
// for a label that repeats, by which occurrence it is), never by position;
// schedules by their title, else by how many of their rows match; periods
// by their end and length. Figures are compared at the coarser of the two
// precisions, so 1.2 million and 1,234 thousand agree. Columns headed "as
// previously reported" stand for the earlier figures, never the later.
class FilingComparer
{
public:
    // `earlierIndex` and `laterIndex` index the filings in the caller's
    // list; `compared`, when given, counts the figures found in both.
    // `matched`, when given, receives every later cell found in the earlier
    // filing, whether it differs or not (CellKey).
    static FigureDifferences compare(const Filing &earlier, qsizetype earlierIndex, const Filing &later,
                                     qsizetype laterIndex, qsizetype *compared = nullptr,
                                     std::set<std::tuple<qsizetype, qsizetype, qsizetype>> *matched = nullptr);
    // One filing's "as previously reported" columns against its "as
    // restated" ("as adjusted", "as revised") columns of the same period.
    static FigureDifferences restatedColumns(const Filing &filing, qsizetype index, qsizetype *compared = nullptr);

    // A column headed "As Reported", "As Previously Reported", "As Originally Reported".
    static bool isAsReported(const Period &period);
    // A column headed "As Restated", "Restated", "As Adjusted", "As Revised".
    static bool isAsRestated(const Period &period);
    // Whether two columns are the same period: the same end and length.
    static bool samePeriod(const Period &a, const Period &b);
    // A schedule's rows that carry figures, each with what its label says it
    // is under its heading or block and which occurrence of that it is
    // ("net income per share / basic#1"), in the schedule's order: how rows
    // are matched across filings.
    static QList<std::pair<QString, qsizetype>> rowKeys(const Schedule &schedule);
    // A dated column of additive figures: not "% change", not a price.
    static bool isComparableColumn(const Period &period);
    // What a column heads besides its period and "as reported"/"as
    // restated": "Fair Value" in a table whose columns share one date.
    static QString qualifierOf(const Period &period);
    // What a row's printed figures multiply by: the schedule's scale for
    // money, the share counts' own unit for shares, 1 per share.
    static qint64 scaleOf(const Schedule &schedule, const Row &row);
    // A row's value in its unit (dollars, shares or per share); nil when it has none.
    static Amount inUnit(const Schedule &schedule, const Row &row, qsizetype period);
};
