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

    // The analysis's only parallelism: run() makes the checks within
    // schedules on a second thread while it matches the figures shared
    // between schedules. TIEOUT_THREADS=1 in the environment (read once, at
    // the first run) or setThreaded(false) makes both on the calling thread,
    // one after the other; the checks are the same either way.
    static bool threaded();
    static void setThreaded(bool threaded);
};
