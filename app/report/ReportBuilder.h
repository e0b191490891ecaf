// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Report.h"
#include "ReportChartObject.h"
#include "analysis/FilingAnalysis.h"

#include <optional>

// Builds reports as QTextDocuments from an analysed filing, in one table
// style: labels indented by level, totals bold, rules above them and double
// under the last, negatives in parentheses, the header row repeated on each
// page and rows never split across pages.
class ReportBuilder
{
public:
    struct Options
    {
        // Draws the bridge charts; none when empty.
        ReportChartObject::Drawing charts;
        QDateTime printed = QDateTime::currentDateTime();
    };

    // The GAAP to non-GAAP reconciliation: the table as filed with its note
    // letters (GAAP and non-GAAP lines emphasised), the bridge charts, each
    // note cited in full, each adjustment's trace in a line, and the
    // reconciliation's tie-out. nullopt, with the reason, when the filing
    // has no reconciliation.
    static std::optional<Report> reconciliation(const FilingAnalysisPtr &analysis, const Options &options,
                                                QString *error);
    // Any schedule in the same style, with its tie-out.
    static Report schedule(const FilingAnalysisPtr &analysis, qsizetype schedule, const Options &options);
    // Every schedule of the filing in the order filed, each from the top of
    // a page under its company, title and units, as the same financial table
    // (File > Export Filing as one PDF). Empty of schedules when the filing has none.
    static Report allSchedules(const FilingAnalysisPtr &analysis, const Options &options);
    // Every check of each filing given, one filing after another, each
    // schedule's checks under its title, failures first (File > Print on
    // the tie-out page: of the filing shown or of every open filing).
    static Report tieOut(const QList<FilingAnalysisPtr> &analyses, const Options &options);
    // The report for what is shown: the reconciliation report on the
    // reconciliation or on no schedule (notes, tie-out), the schedule's own
    // report on any other; on a filing without a reconciliation and no
    // schedule shown, its first schedule's.
    static Report forShown(const FilingAnalysisPtr &analysis, qsizetype schedule, const Options &options);
    // The schedule holding the reconciliation, or -1.
    static qsizetype reconciliationSchedule(const FilingAnalysis &analysis);
};
