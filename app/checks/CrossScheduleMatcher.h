// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Check.h"

struct Filing;

// Finds the same figure reported in two schedules and checks it there:
// - rows with the same label (ignoring a "GAAP" prefix, case and dashes)
//   whose values agree in most of the periods the two schedules share;
// - rows whose values agree, in absolute value, in every shared period (at
//   least two), whatever their labels: a segment total and product revenue,
//   a stock-based compensation line and the reconciliation's adjustment;
// - a flow statement's "… at end of period" and "… at beginning of period"
//   against the balance at that date in a schedule of instants.
// Equal figures are grouped, and each is checked against the first of its
// group, so a figure that appears in four places makes three checks.
class CrossScheduleMatcher
{
public:
    // Appended to `checks`, which grows once: a large filing makes more
    // of these checks than of all the others, and two lists of them at once
    // would be the peak of its memory.
    static void match(const Filing &filing, Checks &checks);

    static QString normalisedLabel(const QString &label);
};
