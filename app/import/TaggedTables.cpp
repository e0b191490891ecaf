// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaggedTables.h"

#include "HtmlDocument.h"
#include "filing/Schedule.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace {

struct Span
{
    qsizetype begin;
    qsizetype end;
    int fact;
};

} // namespace

void TaggedTables::bind(HtmlDocument &document, const XbrlInstance &instance)
{
    QList<Span> spans;
    for (qsizetype i = 0; i < instance.facts.size(); ++i) {
        const XbrlFact &fact = instance.facts[i];
        if (fact.numeric && fact.begin >= 0 && fact.end > fact.begin)
            spans.append({fact.begin, fact.end, int(i)});
    }
    // In document order; of two facts starting together, the outer first.
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.begin != b.begin ? a.begin < b.begin : a.end > b.end; });
    for (HtmlTable &table : document.tables) {
        for (HtmlRow &row : table.rows) {
            for (HtmlCell &cell : row.cells) {
                if (cell.begin < 0)
                    continue;
                auto at = std::lower_bound(spans.cbegin(), spans.cend(), cell.begin,
                                           [](const Span &span, qsizetype begin) { return span.begin < begin; });
                for (; at != spans.cend() && at->begin < cell.end; ++at) {
                    if (at->end <= cell.end) {
                        cell.fact = at->fact;
                        break;
                    }
                }
            }
        }
    }
}

void TaggedTables::datePeriods(Schedule &schedule, const XbrlInstance &instance)
{
    for (qsizetype column = 0; column < schedule.periods.size(); ++column) {
        // Counted apart: a column of segment facts dates as its totals do.
        QHash<XbrlPeriod, int> plain;
        QHash<XbrlPeriod, int> dimensional;
        for (const Row &row : std::as_const(schedule.rows)) {
            if (column >= row.cells.size() || row.cells[column].fact < 0)
                continue;
            const XbrlContext *context = instance.contextOf(instance.facts.at(row.cells[column].fact));
            if (context && context->period.isValid())
                ++(context->hasDimensions() ? dimensional : plain)[context->period];
        }
        const QHash<XbrlPeriod, int> &counted = plain.isEmpty() ? dimensional : plain;
        if (counted.isEmpty())
            continue;
        const auto most = std::max_element(counted.cbegin(), counted.cend());
        const XbrlPeriod period = most.key();
        Period &target = schedule.periods[column];
        target.date = period.end;
        target.datedByTitle = false;
        if (period.instant) {
            target.span = Period::Span::Instant;
            target.months = 0;
        } else if (!period.isForever) {
            target.span = Period::Span::Duration;
            // 91 days is a quarter, 364 a 52-week year.
            target.months = int(std::lround(period.start.daysTo(period.end.addDays(1)) / (365.25 / 12)));
        }
    }
}
