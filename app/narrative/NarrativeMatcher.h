// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NarrativeClaim.h"

#include <QList>

struct Filing;

// Finds the figures in a filing's narrative and matches each to the cell it
// rounds from ("$412.3 million" -> 412,305 in thousands) or to a growth rate
// between two cells of a line ("an increase of 11 percent" -> 412,305 ÷
// 372,560 − 1 = 10.7%). The words before the figure pick between
// candidates: the year it names, "non-GAAP", words shared with the line's
// label. Figures that fit nothing are kept, unmatched, not forced.
class NarrativeMatcher
{
public:
    static QList<NarrativeClaim> match(const Filing &filing);
};
