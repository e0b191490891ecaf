// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScheduleStructure.h"
#include "calculation/CheckCalculator.h"

struct Schedule;

// Infers how the figures of a schedule relate, from labels, sections and
// arithmetic together (markup is only a hint):
// - a "Total …" row closes the section it sums;
// - a row may be the running total of its scope (everything since its
//   heading, with the sections above already folded into their totals);
// - a subtotal such as "Gross margin" is a signed combination of the nearest
//   earlier figures (revenues − cost of revenues);
// - in a reconciliation, GAAP figure + adjustments = non-GAAP figure;
// - a formula printed with the label ("(c)=(a)+∑(b)") is taken as stated.
// A relation is accepted when the layout supports it and it ties in most
// periods; of those, the first that ties in every period, else the one that
// ties in most. It is then checked in every period, so a wrong number fails
// a check rather than making its relation disappear. Totals that nothing
// explains are listed.
class StructureInference
{
public:
    static ScheduleStructure infer(const Schedule &schedule);

    // Periods in which total = Σ weight × term ties within rounding, and
    // periods that had anything printed at all.
    struct Tally
    {
        int tying = 0;
        int printed = 0;
    };
    static Tally tally(const Schedule &schedule, qsizetype total, const QList<Relation::Term> &terms);
    // The same, with the cells gathered in `scratch`: inference tries
    // dozens of candidate sums at every row of a long schedule.
    static Tally tally(const Schedule &schedule, qsizetype total, const QList<Relation::Term> &terms,
                       QList<CheckCalculator::Term> &scratch);
};
