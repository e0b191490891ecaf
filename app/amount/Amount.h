// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>
#include <optional>

class AmountInterval;

// An exact decimal as printed in a filing: an integer mantissa and the number
// of decimals it was printed with (412,305 -> 412305/0; 0.11 -> 11/2).
// Money is never a double: doubles appear only where a chart needs them.
// "Nil" is a value that was printed as "-", "—" or left empty; it shows as
// nil but counts as zero in a sum.
class Amount
{
public:
    static constexpr int MaxDecimals = 18;

    constexpr Amount() = default; // nil

    static constexpr Amount nil() { return {}; }
    // Nullopt when decimals is outside 0..MaxDecimals.
    static std::optional<Amount> of(qint64 mantissa, int decimals);
    static Amount fromInteger(qint64 value);

    bool isNil() const { return m_nil; }
    qint64 mantissa() const { return m_mantissa; }
    int decimals() const { return m_decimals; }
    bool isNegative() const { return m_mantissa < 0; }
    bool isZero() const { return m_mantissa == 0; }

    // Exact arithmetic; nil counts as zero. Nullopt on overflow, never a
    // wrapped value.
    std::optional<Amount> plus(const Amount &other) const;
    std::optional<Amount> minus(const Amount &other) const;
    std::optional<Amount> times(qint64 factor) const;
    // The exact product: decimals add up (nullopt past MaxDecimals or on overflow).
    std::optional<Amount> multipliedBy(const Amount &other) const;
    std::optional<Amount> negated() const;
    Amount abs() const;

    // Rounds half away from zero to `decimals` places. Fewer places than the
    // value has drop digits; more places pad with zeros (nullopt on overflow).
    std::optional<Amount> rounded(int decimals) const;

    // numerator ÷ denominator, rounded half away from zero to `decimals`
    // places. Nullopt when the denominator is zero or the result overflows.
    static std::optional<Amount> ratio(const Amount &numerator, const Amount &denominator, int decimals);

    // The interval a printed value stands for: v ± ½·10⁻ᵈ (XBRL Calculations 1.1).
    AmountInterval interval() const;

    // Exact numeric comparison, whatever the decimals (1.10 == 1.1); nil
    // compares as zero.
    std::strong_ordering operator<=>(const Amount &other) const;
    bool operator==(const Amount &other) const { return (*this <=> other) == 0; }
    // Same value, same printed decimals and same nil-ness.
    bool isIdenticalTo(const Amount &other) const;

    // The exact value as a plain decimal string: "-1064", "0.11", "66.2".
    // Nil is an empty string.
    QString toPlainString() const;
    double toDouble() const;

private:
    constexpr Amount(qint64 mantissa, int decimals, bool nil)
        : m_mantissa(mantissa), m_decimals(static_cast<qint8>(decimals)), m_nil(nil)
    { }

    qint64 m_mantissa = 0;
    qint8 m_decimals = 0;
    bool m_nil = true;

    friend class AmountParser;
};
