// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Check.h"

struct Filing;

// Checks of printed ratios: per-share figures (the net income above a
// per-share section ÷ the share count with the same label: "Basic" ÷
// "Basic") and margin percentages ("X % of revenue" = X ÷ total revenues).
class RatioChecks
{
public:
    static Checks perShare(const Filing &filing);
    static Checks margins(const Filing &filing);
    // Ratios the filing prints beside the label: "Efficiency ratio (j)/(e)".
    static Checks stated(const Filing &filing);

    // The filing's total revenue line: a total of a schedule of durations
    // whose label names revenues. Invalid when there is none.
    static RowRef revenueRow(const Filing &filing);
};
