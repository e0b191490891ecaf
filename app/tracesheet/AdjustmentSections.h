// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TraceSheet.h"
#include "analysis/FilingAnalysis.h"

// The trace panel's sections for a non-GAAP adjustment row: the notes it
// cites (title, matched clause and the sentence holding it), its sources
// with their arithmetic per period, what it moves (the non-GAAP total, the
// block's tie, the effect per diluted share, an implied tax rate), each
// note in full with the clause highlighted, and the limits of what was found.
class AdjustmentSections
{
public:
    static QList<TraceSection> of(const FilingAnalysis &analysis, const AdjustmentTrace &trace);
    // A note a line cites: its title, the clause matched and the sentence
    // holding it, linked to the notes view.
    static TraceSection note(const FilingAnalysis &analysis, const AdjustmentTrace::NoteMatch &match);

private:
    static std::optional<TraceSection> noteText(const FilingAnalysis &analysis,
                                                const AdjustmentTrace::NoteMatch &match);
    static TraceSection sources(const FilingAnalysis &analysis, const AdjustmentTrace &trace);
    static TraceSection effect(const FilingAnalysis &analysis, const AdjustmentTrace &trace);
    static TraceSection limits(const FilingAnalysis &analysis, const AdjustmentTrace &trace);
};
