// SPDX-License-Identifier: GPL-3.0-or-later
#include "AmountInterval.h"

#include <algorithm>

namespace {
// Bounds beyond this many digits are refused rather than risking overflow in
// a later alignment (aligning multiplies by at most 10^19).
constexpr int MaxIntervalDigits = 19;
const Wide WideLimit = WideMath::pow10(MaxIntervalDigits + 1);

bool inRange(Wide value)
{
    return value < WideLimit && value > -WideLimit;
}
} // namespace

AmountInterval AmountInterval::around(const Amount &printed)
{
    // One more decimal than printed, so the half unit is an integer: ±5.
    const Wide centre = Wide(printed.mantissa()) * 10;
    return AmountInterval(centre - 5, centre + 5, printed.decimals() + 1);
}

AmountInterval AmountInterval::exactly(const Amount &value)
{
    return AmountInterval(value.mantissa(), value.mantissa(), value.decimals());
}

AmountInterval AmountInterval::aligned(const AmountInterval &interval, int decimals)
{
    const Wide factor = WideMath::pow10(decimals - interval.m_decimals);
    return AmountInterval(interval.m_low * factor, interval.m_high * factor, decimals);
}

bool AmountInterval::contains(const Amount &value) const
{
    return overlaps(exactly(value));
}

bool AmountInterval::overlaps(const AmountInterval &other) const
{
    const int d = std::max(m_decimals, other.m_decimals);
    const AmountInterval a = aligned(*this, d);
    const AmountInterval b = aligned(other, d);
    return a.m_low <= b.m_high && b.m_low <= a.m_high;
}

std::optional<AmountInterval> AmountInterval::plus(const AmountInterval &other) const
{
    const int d = std::max(m_decimals, other.m_decimals);
    const AmountInterval a = aligned(*this, d);
    const AmountInterval b = aligned(other, d);
    const Wide low = a.m_low + b.m_low;
    const Wide high = a.m_high + b.m_high;
    if (!inRange(low) || !inRange(high))
        return std::nullopt;
    return AmountInterval(low, high, d);
}

std::optional<AmountInterval> AmountInterval::times(qint64 weight) const
{
    const Wide a = m_low * weight;
    const Wide b = m_high * weight;
    if (!inRange(a) || !inRange(b))
        return std::nullopt;
    return AmountInterval(std::min(a, b), std::max(a, b), m_decimals);
}

QString AmountInterval::lowString() const
{
    return WideMath::toPlainString(m_low, m_decimals);
}

QString AmountInterval::highString() const
{
    return WideMath::toPlainString(m_high, m_decimals);
}
