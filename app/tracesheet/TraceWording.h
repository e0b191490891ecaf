// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TraceSheet.h"
#include "analysis/FilingAnalysis.h"

// The small phrases every section of the trace writes the same way: a
// row's place, its figures, a period's short name, a verdict's mark.
class TraceWording
{
public:
    static const Row &rowOf(const FilingAnalysis &analysis, const RowRef &ref);
    static const Schedule &scheduleOf(const FilingAnalysis &analysis, const RowRef &ref);
    // The label with the heading or block it sits under, which tells
    // apart rows such as "Product" under revenues and under costs:
    // "Product — Cost of revenues".
    static QString fullLabel(const Row &row);
    // "Condensed Consolidated Statements of Operations · line 75"
    static QString placeOf(const FilingAnalysis &analysis, const RowRef &ref);
    // The row's figures as printed, period by period: "1,250 · 1,100".
    static QString figuresOf(const FilingAnalysis &analysis, const RowRef &ref);
    // "Q1 2007", or the column's label when it is not a period.
    static QString periodName(const Schedule &schedule, qsizetype period);
    // A check's period ("Three Months Ended March 31, 2007") by its short
    // name in the schedule ("Q1 2007"); as given when the schedule has no such column.
    static QString periodNamed(const Schedule &schedule, const QString &label);
    // A line linking to a row: its label, its place as the detail.
    static TraceLine rowLine(const FilingAnalysis &analysis, const RowRef &ref, int level = 0);
    // One line per period of a check: its arithmetic and verdict, and the
    // difference on a failure.
    static void addCheckLines(TraceSection &section, const Filing &filing, const Schedule &schedule,
                              const Check &check);
    static TraceLine::Verdict verdictOf(bool ties)
    {
        return ties ? TraceLine::Verdict::Ties : TraceLine::Verdict::Breaks;
    }
};
