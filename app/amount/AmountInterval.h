// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Amount.h"
#include "Wide.h"

#include <optional>

// A closed interval of exact decimals, kept in 128 bits so that the half
// unit below a printed value's last digit (one more decimal) never overflows.
// Tie-outs within rounding (XBRL Calculations 1.1): a total ties when the sum
// of its items' intervals, times their weights, overlaps the total's own.
class AmountInterval
{
public:
    AmountInterval() = default;

    // v ± ½·10⁻ᵈ for a value printed with d decimals; nil stands for exactly 0.
    static AmountInterval around(const Amount &printed);
    // [v, v]: a value that is exact by definition (a computed figure).
    static AmountInterval exactly(const Amount &value);
    // v ± ½·10⁻ᵈ for a value stated with `decimals` d, as XBRL's decimals
    // attribute states it: d may be negative (-6: ±500,000) and need not be
    // the digits the value is written with. The bounds keep at least one
    // decimal, so two such intervals align within 10^38 whatever they hold.
    // Nullopt past 19 decimals or 20 digits.
    static std::optional<AmountInterval> around(const Amount &value, int decimals);

    int decimals() const { return m_decimals; }
    bool contains(const Amount &value) const;
    bool overlaps(const AmountInterval &other) const;

    std::optional<AmountInterval> plus(const AmountInterval &other) const;
    // weight × interval; a negative weight swaps the bounds.
    std::optional<AmountInterval> times(qint64 weight) const;
    // weight × interval for a decimal weight (a calculation arc's 0.5): the
    // bounds are multiplied exactly, their decimals adding up. Nullopt past
    // 19 decimals or 20 digits.
    std::optional<AmountInterval> times(const Amount &weight) const;
    // The values both intervals allow; nullopt when they do not overlap.
    std::optional<AmountInterval> intersection(const AmountInterval &other) const;

    // Plain decimal strings of the bounds ("626935.5").
    QString lowString() const;
    QString highString() const;

private:
    AmountInterval(Wide low, Wide high, int decimals) : m_low(low), m_high(high), m_decimals(decimals) { }
    static AmountInterval aligned(const AmountInterval &interval, int decimals);

    Wide m_low = 0;
    Wide m_high = 0;
    int m_decimals = 0;
};
