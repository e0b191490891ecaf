// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilingSetComparison.h"

#include "DocumentLinker.h"
#include "FilingComparer.h"
#include "filing/Filing.h"

#include <algorithm>
#include <numeric>
#include <set>
#include <tuple>

QDate FilingSetComparison::asOf(const Filing &filing)
{
    if (filing.date.isValid())
        return filing.date;
    QDate latest;
    for (const Schedule &schedule : filing.schedules) {
        for (const Period &period : schedule.periods) {
            if (period.date.isValid() && (!latest.isValid() || period.date > latest))
                latest = period.date;
        }
    }
    return latest;
}

FilingSetComparison FilingSetComparison::of(const QList<const Filing *> &filings)
{
    FilingSetComparison comparison;
    comparison.order.resize(filings.size());
    std::iota(comparison.order.begin(), comparison.order.end(), 0);
    QList<QDate> dates;
    for (const Filing *filing : filings)
        dates.append(asOf(*filing));
    std::stable_sort(comparison.order.begin(), comparison.order.end(),
                     [&](qsizetype a, qsizetype b) { return dates[a] < dates[b]; });
    for (qsizetype l = 0; l < comparison.order.size(); ++l) {
        const qsizetype later = comparison.order[l];
        // Each figure against the last report of it before: the newest
        // earlier filing that reports the period, not every one.
        std::set<std::tuple<qsizetype, qsizetype, qsizetype>> reported;
        FigureDifferences found;
        for (qsizetype e = l - 1; e >= 0; --e) {
            const qsizetype earlier = comparison.order[e];
            std::set<std::tuple<qsizetype, qsizetype, qsizetype>> matched;
            for (const FigureDifference &difference : FilingComparer::compare(
                     *filings[earlier], earlier, *filings[later], later, &comparison.compared, &matched)) {
                const FigureDifference::Side &side = difference.later;
                if (!reported.contains({side.row.schedule, side.row.row, side.period}))
                    found.append(difference);
            }
            reported.merge(matched);
        }
        // In the later filing's order.
        std::stable_sort(found.begin(), found.end(), [](const FigureDifference &a, const FigureDifference &b) {
            return std::tuple(a.later.row.schedule, a.later.period, a.later.row.row)
                   < std::tuple(b.later.row.schedule, b.later.period, b.later.row.row);
        });
        comparison.differences += found;
        comparison.differences += FilingComparer::restatedColumns(*filings[later], later, &comparison.compared);
    }
    comparison.links = DocumentLinker::link(filings);
    return comparison;
}

FigureDifferences FilingSetComparison::reportedBy(qsizetype filing) const
{
    FigureDifferences out;
    for (const FigureDifference &difference : differences) {
        if (difference.later.filing == filing)
            out.append(difference);
    }
    return out;
}

const FigureDifference *FilingSetComparison::at(qsizetype filing, qsizetype schedule, qsizetype row,
                                                qsizetype period) const
{
    for (const FigureDifference &difference : differences) {
        const FigureDifference::Side &side = difference.later;
        if (side.filing == filing && side.row.schedule == schedule && side.row.row == row && side.period == period)
            return &difference;
    }
    return nullptr;
}
