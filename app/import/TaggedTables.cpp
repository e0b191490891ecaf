// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaggedTables.h"

#include "HtmlDocument.h"
#include "filing/Schedule.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace {

struct Tally
{
    int plain = 0; // facts without dimensions
    int all = 0;
};

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

QList<qsizetype> TaggedTables::coverPlaces(const XbrlInstance &instance)
{
    QList<qsizetype> places;
    for (const XbrlFact &fact : instance.facts) {
        if (fact.begin >= 0 && fact.conceptName.startsWith(u"dei:"))
            places.append(fact.begin);
    }
    std::sort(places.begin(), places.end());
    return places;
}

bool TaggedTables::isCoverTable(const HtmlTable &table, const QList<qsizetype> &coverPlaces)
{
    qsizetype begin = -1;
    qsizetype end = -1;
    for (const HtmlRow &row : table.rows) {
        for (const HtmlCell &cell : row.cells) {
            if (cell.begin >= 0 && (begin < 0 || cell.begin < begin))
                begin = cell.begin;
            end = std::max(end, cell.end);
        }
    }
    if (begin < 0)
        return false;
    const auto first = std::lower_bound(coverPlaces.cbegin(), coverPlaces.cend(), begin);
    return first != coverPlaces.cend() && *first < end;
}

void TaggedTables::datePeriods(Schedule &schedule, const XbrlInstance &instance)
{
    for (qsizetype column = 0; column < schedule.periods.size(); ++column) {
        // The facts without dimensions count first, so that a column of
        // segment facts dates as its totals do; the others break their ties.
        QHash<XbrlPeriod, Tally> tallies;
        for (const Row &row : std::as_const(schedule.rows)) {
            if (column >= row.cells.size() || row.cells[column].fact < 0)
                continue;
            const XbrlContext *context = instance.contextOf(instance.facts.at(row.cells[column].fact));
            if (!context || !context->period.isValid())
                continue;
            Tally &tally = tallies[context->period];
            tally.plain += context->hasDimensions() ? 0 : 1;
            ++tally.all;
        }
        if (tallies.isEmpty())
            continue;
        // Ranked whole, never by the hash's order: a statement of equity
        // has as many opening and closing balances as changes without
        // dimensions, and its columns are periods of changes.
        const auto rank = [](const XbrlPeriod &period, const Tally &tally) {
            // The earlier start, the longer period; an instant has none (its
            // invalid date's day number is the lowest, never to be negated).
            const qint64 start = period.start.isValid() ? -period.start.toJulianDay() : 0;
            return std::tuple(tally.plain, tally.all, !period.instant && !period.isForever, period.end, start);
        };
        auto most = tallies.cbegin();
        for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
            if (rank(most.key(), most.value()) < rank(it.key(), it.value()))
                most = it;
        }
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

void TaggedTables::scaleFromFacts(Schedule &schedule, const XbrlInstance &instance)
{
    // How many of the money facts, and of the share facts, show each scale.
    QHash<int, int> money;
    QHash<int, int> shares;
    for (const Row &row : std::as_const(schedule.rows)) {
        for (const Cell &cell : row.cells) {
            if (cell.fact < 0)
                continue;
            const XbrlFact &fact = instance.facts.at(cell.fact);
            if (fact.nil)
                continue;
            const RowUnit unit = unitOf(fact, instance);
            if (unit == RowUnit::Money)
                ++money[fact.scale];
            else if (unit == RowUnit::Shares)
                ++shares[fact.scale];
        }
    }
    // The most shown; of two shown as often, the smaller, as a caption
    // would state the unit of most of the figures.
    const auto most = [](const QHash<int, int> &counted) {
        auto best = counted.cbegin();
        for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
            if (it.value() > best.value() || (it.value() == best.value() && it.key() < best.key()))
                best = it;
        }
        return best.key();
    };
    const auto power = [](int exponent) {
        qint64 factor = 1;
        for (int i = 0; i < exponent; ++i)
            factor *= 10;
        return factor;
    };
    // Scales of money from units to billions: a fraction of a unit is not a
    // caption's unit, and beyond that an exact amount has no room.
    if (!money.isEmpty()) {
        if (const int scale = most(money); scale >= 0 && scale <= 9)
            schedule.scale = power(scale);
    }
    if (!shares.isEmpty()) {
        if (const int scale = most(shares); scale >= 0 && scale <= 9)
            schedule.shareScale = power(scale) == schedule.scale ? 0 : power(scale);
    }
}

RowUnit TaggedTables::unitOf(const XbrlFact &fact, const XbrlInstance &instance)
{
    const XbrlUnit *unit = fact.numeric ? instance.unitOf(fact) : nullptr;
    if (!unit || unit->numerators.size() != 1 || unit->denominators.size() > 1)
        return RowUnit::None;
    const QString &measure = unit->numerators.constFirst();
    const bool currency = measure.startsWith(u"iso4217:");
    if (unit->denominators.size() == 1)
        return currency && unit->denominators.constFirst().endsWith(u":shares") ? RowUnit::PerShare : RowUnit::None;
    if (currency)
        return RowUnit::Money;
    if (measure.endsWith(u":shares"))
        return RowUnit::Shares;
    if (measure.endsWith(u":pure"))
        return RowUnit::Percent;
    return RowUnit::None;
}

namespace {

// The unit every tagged figure of a list of cells has; None when they
// differ, when one has no unit a table knows, or when none is tagged.
template<typename Cells>
RowUnit commonUnit(const Cells &cells, const XbrlInstance &instance)
{
    RowUnit common = RowUnit::None;
    for (const Cell *cell : cells) {
        if (cell->fact < 0 || cell->isNil())
            continue;
        const RowUnit unit = TaggedTables::unitOf(instance.facts.at(cell->fact), instance);
        if (unit == RowUnit::None || (common != RowUnit::None && unit != common))
            return RowUnit::None;
        common = unit;
    }
    return common;
}

} // namespace

void TaggedTables::columnUnits(Schedule &schedule, const XbrlInstance &instance)
{
    QList<RowUnit> units;
    for (qsizetype column = 0; column < schedule.periods.size(); ++column) {
        QList<const Cell *> cells;
        for (const Row &row : std::as_const(schedule.rows)) {
            if (column < row.cells.size())
                cells.append(&row.cells[column]);
        }
        units.append(commonUnit(cells, instance));
    }
    const bool money = units.contains(RowUnit::Money);
    for (qsizetype column = 0; column < units.size(); ++column) {
        const RowUnit unit = units[column];
        if (money && (unit == RowUnit::Shares || unit == RowUnit::PerShare)
            && schedule.periods[column].unit == RowUnit::None)
            schedule.periods[column].unit = unit;
    }
}

QList<RowUnit> TaggedTables::rowUnits(const Schedule &schedule, const XbrlInstance &instance)
{
    QList<RowUnit> units;
    units.reserve(schedule.rows.size());
    for (const Row &row : schedule.rows) {
        QList<const Cell *> cells;
        for (qsizetype column = 0; column < row.cells.size(); ++column) {
            if (column >= schedule.periods.size() || schedule.periods[column].unit == RowUnit::None)
                cells.append(&row.cells[column]);
        }
        units.append(commonUnit(cells, instance));
    }
    return units;
}
