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
    return std::tie(schedule, row, period, basePeriod)
           < std::tie(other.schedule, other.row, other.period, other.basePeriod);
}

template<typename Add>
void FigureIndex::visit(const Filing &filing, const QList<qsizetype> &schedules, Add add)
{
    for (const qsizetype s : schedules) {
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
                const Entry at{0, qint32(s), qint32(r), qint16(p)};
                if (row.kind == RowKind::PerShare)
                    add(PerShare, at, [&] { return std::abs(amount.toDouble()); });
                if (!figure)
                    continue;
                add(Amounts, at, [&] { return std::abs(amount.toDouble() * double(schedule.scale)); });
                for (qsizetype b = 0; b < row.cells.size() && p < schedule.periods.size(); ++b) {
                    if (b >= schedule.periods.size() || !isGrowth(schedule, row, p, b))
                        continue;
                    Entry growth = at;
                    growth.basePeriod = qint16(b);
                    add(Growth, growth, [&] {
                        const double base = row.cells[b].amount.toDouble();
                        return std::abs((amount.toDouble() - base) * 100.0 / base);
                    });
                }
            }
        }
    }
}

FigureIndex::FigureIndex(const Filing &filing, const QList<qsizetype> &schedules)
{
    // Counted first, so that each list is allocated once at its size.
    qsizetype counts[3] = {};
    visit(filing, schedules, [&](List list, const Entry &, const auto &) { ++counts[list]; });
    for (int list = 0; list < 3; ++list)
        m_lists[list].reserve(counts[list]);
    visit(filing, schedules, [&](List list, Entry entry, const auto &magnitude) {
        entry.magnitude = magnitude();
        m_lists[list].append(entry);
    });
    for (QList<Entry> &list : m_lists)
        std::sort(list.begin(), list.end(), byMagnitude); // within() puts what it finds in document order
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
