// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleHistory.h"

#include "FilingComparer.h"
#include "FilingSetComparison.h"
#include "checks/CrossScheduleMatcher.h"
#include "filing/Filing.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

using PeriodKey = std::tuple<QDate, int, int, QString>; // end, span, months, what else the column heads

PeriodKey keyOf(const Period &period)
{
    return {period.date, int(period.span), period.months, FilingComparer::qualifierOf(period)};
}

// "Q1 2008", "March 31, 2008": short, but never two columns alike.
QString nameOf(const Period &period)
{
    const QString name = period.shortLabel();
    return name.isEmpty() ? period.label() : name;
}

} // namespace

ScheduleHistory ScheduleHistory::of(const QList<const Filing *> &filings, qsizetype filing, qsizetype schedule)
{
    ScheduleHistory history;
    history.filing = filing;
    history.schedule = schedule;
    if (filing < 0 || filing >= filings.size() || schedule < 0 || schedule >= filings[filing]->schedules.size())
        return history;
    const Filing &self = *filings[filing];
    const Schedule &base = self.schedules[schedule];
    const QString company = self.companyKeyOf(base);
    const QList<std::pair<QString, qsizetype>> baseKeys = FilingComparer::rowKeys(base);
    QHash<QString, qsizetype> baseRows;
    for (const auto &[key, r] : baseKeys)
        baseRows.insert(key, r);
    // The kinds of period the schedule shows: its quarters, its years.
    QList<std::pair<int, int>> kinds;
    for (const Period &period : base.periods) {
        if (FilingComparer::isComparableColumn(period))
            kinds.append({int(period.span), period.months});
    }

    struct Source
    {
        qsizetype filing;
        qsizetype schedule;
        qsizetype column;
        QDate asOf;
    };
    std::map<PeriodKey, Source> chosen;
    for (qsizetype g = 0; g < filings.size(); ++g) {
        const Filing &other = *filings[g];
        const QDate asOf = FilingSetComparison::asOf(other);
        for (qsizetype t = 0; t < other.schedules.size(); ++t) {
            const Schedule &table = other.schedules[t];
            if (g == filing && t != schedule)
                continue;
            if (g != filing) {
                const QString theirs = other.companyKeyOf(table);
                if (!company.isEmpty() && !theirs.isEmpty() && company != theirs)
                    continue;
                int shared = 0;
                for (const auto &[key, r] : FilingComparer::rowKeys(table))
                    shared += baseRows.contains(key) ? 1 : 0;
                const bool titled = CrossScheduleMatcher::normalisedLabel(table.title)
                                    == CrossScheduleMatcher::normalisedLabel(base.title);
                if (!(titled && shared > 0) && shared < 3)
                    continue;
            }
            for (qsizetype c = 0; c < table.periods.size(); ++c) {
                const Period &period = table.periods[c];
                if (!FilingComparer::isComparableColumn(period) || FilingComparer::isAsReported(period)
                    || !kinds.contains(std::pair(int(period.span), period.months)))
                    continue;
                const PeriodKey key = keyOf(period);
                const auto known = chosen.find(key);
                // The last report of a period wins; of two at once, the schedule's own.
                if (known == chosen.end() || asOf > known->second.asOf || (asOf == known->second.asOf && g == filing))
                    chosen[key] = {g, t, c, asOf};
            }
        }
    }
    for (const auto &[key, source] : chosen) {
        Column column;
        column.period = filings[source.filing]->schedules[source.schedule].periods[source.column];
        column.filing = source.filing;
        column.schedule = source.schedule;
        column.column = source.column;
        column.name = nameOf(column.period);
        history.columns.append(column);
    }
    // Oldest first; of one end, the shorter period first.
    std::stable_sort(history.columns.begin(), history.columns.end(), [](const Column &a, const Column &b) {
        return std::pair(a.period.date, a.period.months) < std::pair(b.period.date, b.period.months);
    });

    // Each column's table, its rows by key, looked up once.
    QList<QHash<QString, qsizetype>> rowsOf;
    for (const Column &column : std::as_const(history.columns)) {
        QHash<QString, qsizetype> rows;
        for (const auto &[key, r] : FilingComparer::rowKeys(filings[column.filing]->schedules[column.schedule]))
            rows.insert(key, r);
        rowsOf.append(rows);
    }
    history.units = base.unitsCaption();
    for (const auto &[key, r] : baseKeys) {
        const Row &own = base.rows[r];
        history.rows.append(r);
        history.labels.append(own.label);
        history.m_factors.append(own.unit() == RowUnit::Money    ? base.scale
                                 : own.unit() == RowUnit::Shares ? (base.shareScale > 0 ? base.shareScale : base.scale)
                                                                 : 1);
        int decimals = 0;
        for (const Cell &cell : own.cells)
            decimals = cell.isNil() ? decimals : std::max(decimals, cell.amount.decimals());
        history.m_decimals.append(decimals);
        QList<Figure> line;
        for (qsizetype c = 0; c < history.columns.size(); ++c) {
            const Column &column = history.columns[c];
            const Schedule &table = filings[column.filing]->schedules[column.schedule];
            Figure figure;
            const qsizetype row = rowsOf[c].value(key, -1);
            if (row >= 0 && table.rows[row].unit() == base.rows[r].unit()) {
                const Cell &cell = table.rows[row].cells.value(column.column);
                figure.value = cell.amount;
                figure.inUnit = FilingComparer::inUnit(table, table.rows[row], column.column);
                figure.row = {column.schedule, row};
                figure.location = cell.location;
            }
            line.append(figure);
        }
        history.figures.append(line);
    }
    return history;
}

Amount ScheduleHistory::shown(qsizetype row, qsizetype column) const
{
    if (row < 0 || row >= figures.size() || column < 0 || column >= columns.size())
        return {};
    const Figure &figure = figures[row][column];
    if (figure.inUnit.isNil())
        return {};
    return Amount::ratio(figure.inUnit, Amount::fromInteger(m_factors[row]), m_decimals[row]).value_or(Amount());
}

bool ScheduleHistory::addsPeriods(const QList<const Filing *> &filings) const
{
    if (filing < 0 || filing >= filings.size())
        return false;
    qsizetype own = 0;
    for (const Period &period : filings[filing]->schedules.value(schedule).periods)
        own += FilingComparer::isComparableColumn(period) && !FilingComparer::isAsReported(period) ? 1 : 0;
    return columns.size() > own;
}
