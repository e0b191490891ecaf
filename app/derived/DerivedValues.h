// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DerivedValue.h"

struct Cell;
struct Row;

// The arithmetic of the derived views, exact, by DESIGN.md's rules:
// common size, growth and "in millions" leave per-share, share-count and
// percentage rows as filed; the change of a percentage is in points; growth
// on a base of zero or below is not meaningful.
class DerivedValues
{
public:
    // Decimals of the percentages the views print (growth, common size).
    static constexpr int PercentDecimals = 1;

    // current − prior, in the row's own unit (points for percentages).
    static DerivedValue change(const Row &row, const Cell &current, const Cell &prior);
    // (current − prior) ÷ prior, in percent, for money rows.
    static DerivedValue growthPercent(const Row &row, const Cell &current, const Cell &prior);
    // value ÷ base, in percent, for money rows.
    static DerivedValue commonSize(const Row &row, const Cell &value, const Cell &base);
    // A money value in `scale` units (1000 for "in thousands") written in
    // millions; exact, the view rounds it for display.
    static DerivedValue inMillions(const Row &row, const Cell &value, qint64 scale);
};
