// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckBuilder.h"

#include "calculation/CheckCalculator.h"
#include "filing/Filing.h"
#include "matching/PeriodAlignment.h"

#include <numeric>

QList<QList<qsizetype>> CheckBuilder::columnsFor(const RowRef &target, const QList<Check::Term> &terms) const
{
    const Schedule &schedule = m_filing.schedules[target.schedule];
    QList<QList<qsizetype>> columns;
    columns.reserve(terms.size());
    for (const Check::Term &t : terms) {
        if (t.row.schedule == target.schedule) {
            // Rows of one schedule add up column by column, even where two
            // columns print the same period.
            QList<qsizetype> same(schedule.periods.size());
            std::iota(same.begin(), same.end(), 0);
            columns.append(same);
            continue;
        }
        const std::pair key(target.schedule, t.row.schedule);
        auto known = m_columns.constFind(key);
        if (known == m_columns.cend())
            known = m_columns.insert(key, PeriodAlignment::columns(schedule, m_filing.schedules[t.row.schedule]));
        columns.append(*known);
    }
    return columns;
}

Check CheckBuilder::sum(Check::Kind kind, const RowRef &target, const QList<Check::Term> &terms) const
{
    return sum(kind, target, terms, columnsFor(target, terms));
}

Check CheckBuilder::sum(Check::Kind kind, const RowRef &target, const QList<Check::Term> &terms,
                        const QList<QList<qsizetype>> &columns) const
{
    const Schedule &schedule = m_filing.schedules[target.schedule];
    const Row &row = schedule.rows[target.row];
    Check check;
    check.kind = kind;
    check.target = target;
    check.terms = {terms.cbegin(), terms.cend()};
    const qsizetype periods = std::min(schedule.periods.size(), row.cells.size());
    check.periods.reserve(periods);
    QList<CheckCalculator::Term> cells;
    cells.reserve(terms.size());
    for (qsizetype p = 0; p < periods; ++p) {
        if (!schedule.periods[p].isAdditive())
            continue; // "% Change": percentages of a total do not add up to it
        Check::PeriodResult period;
        period.column = qint16(p);
        cells.clear();
        for (qsizetype k = 0; k < terms.size(); ++k) {
            const Row &termRow = m_filing.schedules[terms[k].row.schedule].rows[terms[k].row.row];
            const qsizetype column = columns[k][p];
            if (column < 0 || column >= termRow.cells.size())
                break;
            cells.append({&termRow.cells[column], terms[k].weight});
            period.termColumns.append(qint16(column));
        }
        if (cells.size() < terms.size())
            continue; // a term does not print this period
        period.verdict = CheckCalculator::sumVerdict(row.cells[p], cells);
        check.periods.append(std::move(period));
    }
    return check;
}
