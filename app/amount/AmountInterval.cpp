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

std::optional<AmountInterval> AmountInterval::around(const Amount &value, int decimals)
{
    // The bounds need one decimal more than the stated precision (the half
    // unit is then an integer, 5·10^k), as many as the value is written
    // with, and at least one: an interval at 0 decimals holding 20 digits
    // would overflow when aligned to 19.
    if (decimals > MaxIntervalDigits || decimals < -MaxIntervalDigits)
        return std::nullopt;
    const int d = std::max({value.decimals(), decimals + 1, 1});
    const int halfExponent = d - decimals - 1; // ½·10⁻ᵈ = 5·10^(halfExponent - d)
    if (d > MaxIntervalDigits || halfExponent > MaxIntervalDigits)
        return std::nullopt;
    const Wide centre = Wide(value.mantissa()) * WideMath::pow10(d - value.decimals());
    const Wide half = 5 * WideMath::pow10(halfExponent);
    if (!inRange(centre - half) || !inRange(centre + half))
        return std::nullopt;
    return AmountInterval(centre - half, centre + half, d);
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

std::optional<AmountInterval> AmountInterval::times(const Amount &weight) const
{
    const int d = m_decimals + weight.decimals();
    if (d > MaxIntervalDigits)
        return std::nullopt;
    const Wide a = m_low * weight.mantissa();
    const Wide b = m_high * weight.mantissa();
    if (!inRange(a) || !inRange(b))
        return std::nullopt;
    return AmountInterval(std::min(a, b), std::max(a, b), d);
}

std::optional<AmountInterval> AmountInterval::intersection(const AmountInterval &other) const
{
    const int d = std::max(m_decimals, other.m_decimals);
    const AmountInterval a = aligned(*this, d);
    const AmountInterval b = aligned(other, d);
    const Wide low = std::max(a.m_low, b.m_low);
    const Wide high = std::min(a.m_high, b.m_high);
    if (low > high)
        return std::nullopt;
    return AmountInterval(low, high, d);
}

QString AmountInterval::lowString() const
{
    return WideMath::toPlainString(m_low, m_decimals);
}

QString AmountInterval::highString() const
{
    return WideMath::toPlainString(m_high, m_decimals);
}
