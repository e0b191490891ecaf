// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartData.h"
#include "analysis/FilingAnalysis.h"
#include "compare/ScheduleHistory.h"

// Builds each chart's data from the filing's structure (the tie-out's
// totals and cross-schedule matches, the reconciliation's blocks), never
// from a filing's own row names:
// - segments: the schedule whose total matches revenues, or a line of them;
// - revenue mix: the lines that make total revenues;
// - operating expenses: the lines that make total operating expenses;
// - the bridges: the reconciliation block of operating income or net income.
// A chart the filing cannot support comes back unavailable, with the reason.
class ChartBuilder
{
public:
    static ChartData build(const FilingAnalysis &analysis, ChartData::Kind kind);
    // The rows of one schedule across its periods.
    static ChartData selection(const FilingAnalysis &analysis, qsizetype schedule, const QList<qsizetype> &rows);
    // Lines of a schedule's history across filings (`rows` index its
    // lines), every period as last reported, oldest first: a bar per period.
    static ChartData history(const FilingAnalysis &analysis, const ScheduleHistory &history,
                             const QList<qsizetype> &rows);

private:
    static ChartData segments(const FilingAnalysis &analysis);
    static ChartData revenueMix(const FilingAnalysis &analysis);
    static ChartData operatingExpenses(const FilingAnalysis &analysis);
    static ChartData bridge(const FilingAnalysis &analysis, ChartData::Kind kind);
};
