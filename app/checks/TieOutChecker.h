// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TieOut.h"

struct Filing;

// Runs every tie-out on a filing: the inferred totals and subtotals of each
// schedule, the reconciliation blocks, the balance sheet's balance, cash
// flows, per-share figures and margins, figures shared between schedules,
// and a prospectus's holders.
class TieOutChecker
{
public:
    static TieOut run(const Filing &filing);
};
