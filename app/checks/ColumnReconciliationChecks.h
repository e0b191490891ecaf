// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Check.h"
#include "filing/Period.h"

#include <utility>

class CheckBuilder;
struct Filing;

// Reconciliations laid out in columns rather than lines: "2022 GAAP",
// "Adj.", "2022 Non-GAAP" side by side, as Oracle prints them ("As
// Reported", "Non-GAAP Adjustments", "Non-GAAP" in Apple's), and
// restatements so laid out ("As Reported", "Adjustments", "As Restated").
// On each line, the non-GAAP (restated) figure is the GAAP (reported) one
// plus the adjustment.
class ColumnReconciliationChecks
{
public:
    static Checks check(const Filing &filing, const CheckBuilder &builder);

    // For each period, the GAAP and adjustment columns it adds, or -1 and -1
    // when the period is no non-GAAP column of such a triple.
    static QList<std::pair<qsizetype, qsizetype>> triples(const QList<Period> &periods);
};
