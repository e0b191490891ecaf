// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TraceSheet.h"
#include "analysis/FilingAnalysis.h"

// The trace panel's sections for the GAAP or non-GAAP line of a
// reconciliation block: GAAP + adjustments = non-GAAP per period, each
// adjustment a link, and both figures as a percentage of revenues.
class BlockSections
{
public:
    // `block`: the block's adjustments, as FilingAnalysis::blockOf gives them.
    static QList<TraceSection> of(const FilingAnalysis &analysis, const QList<const AdjustmentTrace *> &block);

private:
    static TraceSection block(const FilingAnalysis &analysis, const QList<const AdjustmentTrace *> &adjustments);
    static std::optional<TraceSection> margins(const FilingAnalysis &analysis, const RowRef &gaap,
                                               const RowRef &nonGaap);
    // The revenue total to divide by, with its column for each of the
    // schedule's periods: in the schedule itself, else the first that has one.
    static std::optional<std::pair<RowRef, QList<qsizetype>>> revenueFor(const FilingAnalysis &analysis,
                                                                         qsizetype schedule);
};
