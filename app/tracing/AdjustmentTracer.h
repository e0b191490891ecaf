// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdjustmentTrace.h"
#include "checks/TieOut.h"

struct Filing;
struct Row;

// Traces every adjustment row of a filing's reconciliations (the rows
// between a "GAAP …" row and its "Non-GAAP …" row):
// 1. to the notes its letters name, picking the clause that matches it
//    where the note enumerates clauses, and to the paragraphs headed by
//    its name;
// 2. to its sources: lines of the statements, sums of up to three lines, or
//    other reconciliation rows whose absolute values add up to it in every
//    period at once, ranked by size and by label similarity, every
//    candidate listed; and the line it is a part of, when sibling rows
//    ("Other charges - …") together make a statement line;
// 3. to the non-GAAP total it moves, whether that block ties, and its effect
//    per diluted share; for an income tax effect, the rate it implies on the
//    pre-tax adjustments.
class AdjustmentTracer
{
public:
    static QList<AdjustmentTrace> trace(const Filing &filing, const TieOut &tieOut);
    // The notes named by a paragraph's heading that a line's label names
    // ("Restructuring costs. We exclude …"): found by wording, not cited.
    static QList<AdjustmentTrace::NoteMatch> namedNotes(const Filing &filing, const Row &row);

    // Sources with more lines than this are not searched for.
    static constexpr int MaxSourceLines = 3;
};
