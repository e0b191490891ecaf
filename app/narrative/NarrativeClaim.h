// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/RowRef.h"

#include <QString>

// A figure quoted in a filing's narrative ("$626.9 million", "$0.11 per
// share", "an increase of 11 percent") and the cell or growth rate it
// rounds from, when one fits.
struct NarrativeClaim
{
    enum class Kind { Amount, PerShare, Growth };

    Kind kind = Kind::Amount;
    qsizetype paragraph = -1; // index into Filing::narrative
    qsizetype offset = 0;     // of the figure in the paragraph's text
    qsizetype length = 0;
    QString text;  // as quoted: "$626.9 million"
    QString value; // what it says, in the filing's units: "626900000", "0.11", "11"

    bool matched = false;
    RowRef row;                // the line it comes from
    qsizetype period = -1;     // its period (the later one, for a growth rate)
    qsizetype basePeriod = -1; // for a growth rate: the earlier period
    QString computed;          // the cell's value, or the growth rate to one decimal: "10.6"
};
