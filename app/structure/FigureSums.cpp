// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureSums.h"

#include <array>
#include <cmath>

namespace {

// Half a unit of the last digit, from a table: this runs for every figure
// of a schedule, and std::pow would be most of the cost.
double halfUnit(const Amount &amount)
{
    static const auto halves = [] {
        std::array<double, Amount::MaxDecimals + 1> table{};
        double unit = 1.0;
        for (double &half : table) {
            half = unit / 2;
            unit /= 10;
        }
        return table;
    }();
    return halves[std::size_t(amount.decimals())];
}

// Far more than the rounding error of doubles adding and taking away a few
// million figures, and still small beside half a unit of a printed digit.
constexpr double RelativeSlack = 1e-9;

} // namespace

void FigureSums::change(const Row &row, int sign)
{
    if (m_periods.size() < row.cells.size())
        m_periods.resize(row.cells.size());
    for (qsizetype p = 0; p < row.cells.size(); ++p) {
        const Cell &cell = row.cells[p];
        ColumnSum &period = m_periods[p];
        if (!cell.readable) {
            period.unreadable += sign;
            continue;
        }
        if (cell.isNil())
            continue;
        const double value = cell.amount.toDouble();
        period.sum += sign * value;
        period.tolerance += sign * halfUnit(cell.amount);
        // Never less on removal: the doubles' error grows with every figure they have seen.
        period.magnitude += std::abs(value);
        period.printed += sign;
    }
}

bool FigureSums::mightTie(const Row &total, bool lenient) const
{
    int printed = 0;
    int perhaps = 0;
    for (qsizetype p = 0; p < total.cells.size(); ++p) {
        const Cell &cell = total.cells[p];
        const ColumnSum period = m_periods.value(p);
        if (period.unreadable > 0 || !cell.readable) {
            // The exact check fails such a period; counting it as a tie keeps "perhaps" safe.
            ++printed;
            ++perhaps;
            continue;
        }
        if (cell.isNil() && period.printed == 0)
            continue; // nothing printed: skipped, as the exact check skips it
        if (cell.isBlank())
            continue; // a total left empty over printed terms: skipped too
        if (period.printed == 0) {
            // Terms left empty under a printed total are skipped by the
            // exact check, dashes are not: "perhaps" either way.
            ++printed;
            ++perhaps;
            continue;
        }
        ++printed;
        const double value = cell.isNil() ? 0.0 : cell.amount.toDouble();
        const double allowed = period.tolerance + (cell.isNil() ? 0.0 : halfUnit(cell.amount))
                               + RelativeSlack * (period.magnitude + std::abs(value) + 1.0);
        if (std::abs(period.sum - value) <= allowed)
            ++perhaps;
    }
    if (printed == 0 || perhaps == 0)
        return false;
    return lenient ? 2 * perhaps >= printed : 2 * perhaps > printed;
}
