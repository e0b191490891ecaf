// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Check.h"

#include <QString>

// What a tie-out counts, said one way everywhere (navigator, status bar,
// report, self-test, `tieout check`): the checks made, the figures they
// checked (a check of a total checks it in each period it has, and the
// tie-out list shows one line per figure), and the figures that fail.
struct TieOutCount
{
    qint64 checks = 0;
    qint64 figures = 0;
    qint64 failed = 0;

    void add(const Check &check);
    void add(const TieOutCount &other);
    static TieOutCount of(const Checks &checks);

    // "63 checks, 124 figures, all tie"; "9 checks, 9 figures, 1 fails";
    // "0 checks, 0 figures".
    QString summary() const;
};
