// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureIndex.h"

#include "filing/Filing.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace {

bool byMagnitude(const FigureIndex::Entry &a, const FigureIndex::Entry &b)
{
    return a.magnitude < b.magnitude;
}

// Whether a change from period `b` to period `p` is a growth the narrative
// can quote: a later period of the same length, from a positive figure.
bool isGrowth(const Schedule &schedule, const Row &row, qsizetype p, qsizetype b)
{
    const Period &later = schedule.periods[p];
    const Period &earlier = schedule.periods[b];
    return b != p && later.date.isValid() && earlier.date.isValid() && earlier.date < later.date
            && later.months == earlier.months && row.cells[b].amount > Amount::fromInteger(0);
}

} // namespace

bool FigureIndex::Entry::operator<(const Entry &other) const
{
    return std::tie(schedule, row, period, basePeriod) < std::tie(other.schedule, other.row, other.period, other.basePeriod);
}

FigureIndex::FigureIndex(const Filing &filing)
{
    for (qsizetype s = 0; s < filing.schedules.size(); ++s) {
        const Schedule &schedule = filing.schedules[s];
        for (qsizetype r = 0; r < schedule.rows.size(); ++r) {
            const Row &row = schedule.rows[r];
            const bool figure = row.isFigure();
            if (!figure && row.kind != RowKind::PerShare)
                continue;
            for (qsizetype p = 0; p < row.cells.size(); ++p) {
                const Amount &amount = row.cells[p].amount;
                if (row.cells[p].isNil())
                    continue;
                if (row.kind == RowKind::PerShare)
                    m_perShare.append({std::abs(amount.toDouble()), s, r, p});
                if (!figure)
                    continue;
                m_amounts.append({std::abs(amount.toDouble() * double(schedule.scale)), s, r, p});
                for (qsizetype b = 0; b < row.cells.size() && p < schedule.periods.size(); ++b) {
                    if (b >= schedule.periods.size() || !isGrowth(schedule, row, p, b))
                        continue;
                    const double base = row.cells[b].amount.toDouble();
                    m_growth.append({std::abs((amount.toDouble() - base) * 100.0 / base), s, r, p, b});
                }
            }
        }
    }
    for (QList<Entry> *list : {&m_amounts, &m_perShare, &m_growth})
        std::stable_sort(list->begin(), list->end(), byMagnitude);
}

QList<FigureIndex::Entry> FigureIndex::within(const QList<Entry> &sorted, double low, double high)
{
    // Doubles carry about 15 digits: widen enough that no exact match is lost.
    const double slack = 1e-9 * std::max(std::abs(low), std::abs(high)) + 1e-12;
    const auto first = std::lower_bound(sorted.cbegin(), sorted.cend(), Entry{low - slack}, byMagnitude);
    const auto last = std::upper_bound(first, sorted.cend(), Entry{high + slack}, byMagnitude);
    QList<Entry> found(first, last);
    std::sort(found.begin(), found.end());
    return found;
}
