// SPDX-License-Identifier: GPL-3.0-or-later
#include "Amount.h"

#include "AmountInterval.h"
#include "Wide.h"

#include <algorithm>
#include <limits>

namespace {

std::optional<Amount> fromWide(Wide mantissa, int decimals)
{
    if (!WideMath::fitsInt64(mantissa))
        return std::nullopt;
    return Amount::of(static_cast<qint64>(mantissa), decimals);
}

} // namespace

std::optional<Amount> Amount::of(qint64 mantissa, int decimals)
{
    if (decimals < 0 || decimals > MaxDecimals)
        return std::nullopt;
    return Amount(mantissa, decimals, false);
}

Amount Amount::fromInteger(qint64 value)
{
    return Amount(value, 0, false);
}

std::optional<Amount> Amount::plus(const Amount &other) const
{
    // Figures of one table share their decimals: no alignment to do.
    if (m_decimals == other.m_decimals) {
        qint64 sum = 0;
        if (__builtin_add_overflow(m_mantissa, other.m_mantissa, &sum))
            return std::nullopt;
        return Amount(sum, m_decimals, false);
    }
    const int d = std::max(decimals(), other.decimals());
    const Wide sum =
        WideMath::scaleUp(m_mantissa, decimals(), d) + WideMath::scaleUp(other.m_mantissa, other.decimals(), d);
    return fromWide(sum, d);
}

std::optional<Amount> Amount::minus(const Amount &other) const
{
    // As plus(-other): the most negative mantissa has no negation.
    if (m_decimals == other.m_decimals && other.m_mantissa != std::numeric_limits<qint64>::min()) {
        qint64 difference = 0;
        if (__builtin_sub_overflow(m_mantissa, other.m_mantissa, &difference))
            return std::nullopt;
        return Amount(difference, m_decimals, false);
    }
    const auto negative = other.negated();
    if (!negative)
        return std::nullopt;
    return plus(*negative);
}

std::optional<Amount> Amount::times(qint64 factor) const
{
    return fromWide(Wide(m_mantissa) * factor, decimals());
}

std::optional<Amount> Amount::multipliedBy(const Amount &other) const
{
    const int places = decimals() + other.decimals();
    if (places > MaxDecimals)
        return std::nullopt;
    return fromWide(Wide(m_mantissa) * other.m_mantissa, places);
}

std::optional<Amount> Amount::negated() const
{
    return fromWide(-Wide(m_mantissa), decimals());
}

Amount Amount::abs() const
{
    if (m_mantissa >= 0)
        return *this;
    // The most negative mantissa has no positive twin; saturating is the
    // least surprising answer for a value no filing prints.
    return Amount(m_mantissa == std::numeric_limits<qint64>::min() ? std::numeric_limits<qint64>::max() : -m_mantissa,
                  decimals(), m_nil);
}

std::optional<Amount> Amount::rounded(int places) const
{
    if (places < 0 || places > MaxDecimals)
        return std::nullopt;
    if (places >= decimals())
        return fromWide(WideMath::scaleUp(m_mantissa, decimals(), places), places);
    return fromWide(WideMath::divideRounded(m_mantissa, WideMath::pow10(decimals() - places)), places);
}

std::optional<Amount> Amount::ratio(const Amount &numerator, const Amount &denominator, int places)
{
    if (denominator.m_mantissa == 0 || places < 0 || places > MaxDecimals)
        return std::nullopt;
    // n·10^-dn ÷ d·10^-dd at `places` decimals = round(n·10^(places+dd-dn) ÷ d).
    const int exponent = places + denominator.decimals() - numerator.decimals();
    Wide top = numerator.m_mantissa;
    Wide bottom = denominator.m_mantissa;
    if (exponent >= 0)
        top *= WideMath::pow10(exponent);
    else
        bottom *= WideMath::pow10(-exponent);
    return fromWide(WideMath::divideRounded(top, bottom), places);
}

AmountInterval Amount::interval() const
{
    return AmountInterval::around(*this);
}

std::strong_ordering Amount::operator<=>(const Amount &other) const
{
    if (m_decimals == other.m_decimals)
        return m_mantissa <=> other.m_mantissa;
    const int d = std::max(decimals(), other.decimals());
    const Wide a = WideMath::scaleUp(m_mantissa, decimals(), d);
    const Wide b = WideMath::scaleUp(other.m_mantissa, other.decimals(), d);
    if (a < b)
        return std::strong_ordering::less;
    if (a > b)
        return std::strong_ordering::greater;
    return std::strong_ordering::equal;
}

bool Amount::isIdenticalTo(const Amount &other) const
{
    return m_nil == other.m_nil && m_mantissa == other.m_mantissa && m_decimals == other.m_decimals;
}

QString Amount::toPlainString() const
{
    if (m_nil)
        return {};
    return WideMath::toPlainString(m_mantissa, decimals());
}

double Amount::toDouble() const
{
    return static_cast<double>(m_mantissa) / static_cast<double>(WideMath::pow10(decimals()));
}
