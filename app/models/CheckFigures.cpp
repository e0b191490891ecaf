// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckFigures.h"

#include "amount/AmountFormat.h"
#include "amount/AmountParser.h"
#include "filing/Filing.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// At least the hundredths of a percent, and no trailing zeros past them:
// 0.6000 reads 0.60%, 0.0307 keeps its digits.
constexpr int PercentDecimals = 2;

std::optional<Amount> plain(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const AmountParseResult parsed = AmountParser::parse(text);
    return parsed.ok && !parsed.amount.isNil() ? std::optional<Amount>(parsed.amount) : std::nullopt;
}

Amount withoutTrailingZeros(const Amount &value, int keep)
{
    Amount shorter = value;
    while (shorter.decimals() > keep) {
        const auto fewer = shorter.rounded(shorter.decimals() - 1);
        if (!fewer || *fewer != shorter)
            break;
        shorter = *fewer;
    }
    return shorter;
}

QString written(const Amount &value, bool percent)
{
    AmountFormat format;
    format.percent = percent;
    return format.format(percent ? withoutTrailingZeros(value, PercentDecimals) : value);
}

// "[626935.5, 626937.5]" as written by CheckCalculator::sum.
std::optional<std::pair<Amount, Amount>> interval(const QString &computed)
{
    static const QRegularExpression bounds(uR"(^\[(\S+), (\S+)\]$)"_s);
    const QRegularExpressionMatch match = bounds.match(computed);
    if (!match.hasMatch())
        return std::nullopt;
    const auto low = plain(match.captured(1));
    const auto high = plain(match.captured(2));
    if (!low || !high)
        return std::nullopt;
    return std::pair(*low, *high);
}

} // namespace

QString CheckFigures::reported(const CheckLine &line, bool percent)
{
    const auto value = plain(line.reported);
    return value ? written(*value, percent) : line.reported;
}

QString CheckFigures::computed(const CheckLine &line, bool percent)
{
    if (const auto range = interval(line.computed)) {
        // The midpoint, printed as the reported figure is; a bound has one
        // decimal more than the figures it adds.
        const auto reportedFigure = plain(line.reported);
        const int decimals = reportedFigure ? reportedFigure->decimals() : qMax(0, range->first.decimals() - 1);
        const auto sum = range->first.plus(range->second);
        const auto midpoint = sum ? Amount::ratio(*sum, Amount::fromInteger(2), decimals) : std::nullopt;
        if (!midpoint)
            return line.computed;
        return written(*midpoint, percent);
    }
    const auto value = plain(line.computed);
    return value ? written(*value, percent) : line.computed;
}

QString CheckFigures::computedRange(const CheckLine &line, bool percent)
{
    const auto range = interval(line.computed);
    if (!range)
        return {};
    AmountFormat format;
    format.percent = percent;
    return tr("between %1 and %2").arg(format.format(range->first), format.format(range->second));
}

QString CheckFigures::difference(const CheckLine &line)
{
    const auto value = plain(line.difference);
    return value ? AmountFormat().format(*value) : line.difference;
}

bool CheckFigures::isPercent(const Filing &filing, const Check &check, qsizetype period)
{
    if (check.target.schedule < 0 || check.target.schedule >= filing.schedules.size() || period < 0
        || period >= check.periods.size())
        return false;
    const Schedule &schedule = filing.schedules[check.target.schedule];
    if (check.target.row < 0 || check.target.row >= schedule.rows.size())
        return false;
    const Row &row = schedule.rows[check.target.row];
    const qsizetype column = check.periods[period].column;
    if (row.unit() == RowUnit::Percent)
        return true;
    if (column < 0)
        return false;
    return schedule.periods.value(column).unit == RowUnit::Percent || row.cells.value(column).percent;
}
