// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckLine.h"
#include "filing/Cell.h"

#include <QList>

struct Filing;

// The arithmetic of a tie-out in one period, by the XBRL Calculations 1.1
// rules: a printed value with d decimals stands for v ± ½·10⁻ᵈ; a sum ties
// when the weighted sum of its terms' intervals overlaps the total's
// interval. A ratio ties when the printed figure equals the computed one
// rounded to the printed decimals, or when it can be had from figures within
// the rounding of those printed (the filer divided unrounded ones). Nil
// counts as exactly zero.
class CheckCalculator
{
public:
    struct Term
    {
        const Cell *cell = nullptr;
        int weight = 1;
    };

    // The cells are the filing's: a figure that cannot be read is quoted.
    static CheckLine sum(const Filing &filing, const Cell &total, const QList<Term> &terms);
    // The same verdict, without the text a check shows: structure
    // inference tries thousands of candidate sums and keeps few.
    static CheckLine::Verdict sumVerdict(const Cell &total, const QList<Term> &terms);
    // reported ≟ numerator × factor ÷ denominator, rounded as printed.
    static CheckLine ratio(const Filing &filing, const Cell &reported, const Amount &numerator,
                           const Amount &denominator, qint64 factor = 1);
    // reported ≟ (current − base) ÷ base × 100, the growth a "% Change"
    // column prints: ties when the printed percent, within its rounding,
    // meets the range the printed current and base allow within theirs.
    // Not checked (skipped) unless both are above zero: "n/m".
    static CheckLine growth(const Filing &filing, const Cell &reported, const Amount &current, const Amount &base);
    // reported ≟ part ÷ whole × 100, a "% of Revenues" column, by the same rule.
    static CheckLine share(const Filing &filing, const Cell &reported, const Amount &part, const Amount &whole);
    // A "less than" marker ("*" = under 1%): ties when the computed ratio is below `limit`.
    static CheckLine below(const Filing &filing, const Cell &reported, const Amount &numerator,
                           const Amount &denominator, qint64 factor, const Amount &limit);
};
