// SPDX-License-Identifier: GPL-3.0-or-later
#include "DerivedValues.h"

#include "filing/Row.h"

namespace {

// The derived views rescale money only; every other unit stays as filed.
bool isMoney(const Row &row)
{
    return row.unit() == RowUnit::Money;
}

bool hasFigures(const Row &row, const Cell &a, const Cell &b)
{
    return RowKinds::carriesValues(row.kind) && a.readable && b.readable && !a.marker && !b.marker
           && !(a.isNil() && b.isNil());
}

// value × 100 ÷ base, when base is above zero.
DerivedValue percentOf(const Amount &value, const Amount &base)
{
    if (base.isNil() || base <= Amount::fromInteger(0))
        return DerivedValue::notMeaningful();
    const auto scaled = value.times(100);
    const auto ratio = scaled ? Amount::ratio(*scaled, base, DerivedValues::PercentDecimals) : std::nullopt;
    return ratio ? DerivedValue::value(*ratio) : DerivedValue::notMeaningful();
}

} // namespace

DerivedValue DerivedValues::change(const Row &row, const Cell &current, const Cell &prior)
{
    if (!hasFigures(row, current, prior))
        return DerivedValue::blank();
    const auto difference = current.amount.minus(prior.amount);
    return difference ? DerivedValue::value(*difference) : DerivedValue::notMeaningful();
}

DerivedValue DerivedValues::growthPercent(const Row &row, const Cell &current, const Cell &prior)
{
    if (!isMoney(row) || !hasFigures(row, current, prior))
        return DerivedValue::blank();
    const auto difference = current.amount.minus(prior.amount);
    return difference ? percentOf(*difference, prior.amount) : DerivedValue::notMeaningful();
}

DerivedValue DerivedValues::commonSize(const Row &row, const Cell &value, const Cell &base)
{
    if (!isMoney(row) || !hasFigures(row, value, value) || !base.readable)
        return DerivedValue::blank();
    return percentOf(value.amount, base.amount);
}

DerivedValue DerivedValues::inMillions(const Row &row, const Cell &value, qint64 scale)
{
    if (!isMoney(row) || !hasFigures(row, value, value))
        return DerivedValue::blank();
    // Only a power of ten moves the decimal point exactly.
    int shift = 6;
    for (qint64 s = scale; s > 1; s /= 10) {
        if (s % 10 != 0)
            return DerivedValue::blank();
        --shift;
    }
    const auto shifted = shift >= 0 ? Amount::of(value.amount.mantissa(), value.amount.decimals() + shift)
                                    : value.amount.times(scale / 1000000);
    return shifted ? DerivedValue::value(*shifted) : DerivedValue::blank();
}
