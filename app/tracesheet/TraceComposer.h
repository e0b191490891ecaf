// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TraceSheet.h"
#include "analysis/FilingAnalysis.h"

// Composes what the trace panel says about a row, or a cell when a period
// is given:
// - an adjustment of a reconciliation: its notes, sources and effect;
// - a GAAP or non-GAAP line: its block and margins;
// - a total: its components and tie-out;
// - any line or cell: the checks it takes part in, its text as filed and
//   its place in the file.
class TraceComposer
{
public:
    // `compared`: what other filings open say of it (ComparedSections), shown first.
    static TraceSheet compose(const FilingAnalysis &analysis, const RowRef &row, qsizetype period = -1,
                              const QList<TraceSection> &compared = {});

private:
    static QList<TraceSection> checksOn(const FilingAnalysis &analysis, const RowRef &row, bool withBlock);
    static std::optional<TraceSection> usedIn(const FilingAnalysis &analysis, const RowRef &row);
    static TraceSection place(const FilingAnalysis &analysis, const RowRef &row, qsizetype period);
};
