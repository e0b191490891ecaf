// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckBuilder.h"

#include "CheckCalculator.h"
#include "PeriodAlignment.h"
#include "amount/AmountFormat.h"
#include "filing/Filing.h"

#include <numeric>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype DescribedTerms = 6;

QString figure(const Amount &amount)
{
    AmountFormat format;
    return format.format(amount);
}

// "head = a + b − c", each part signed by its weight; past DescribedTerms
// parts, `overflow` ends the text.
QString signedSum(const QString &head, const QList<std::pair<int, QString>> &parts, qsizetype limit = -1,
                  const QString &overflow = {})
{
    QString text = head + u" ="_s;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (limit > 0 && i == limit - 1 && parts.size() > limit) {
            text += overflow;
            break;
        }
        const bool minus = parts[i].first < 0;
        if (i == 0)
            text += minus ? u" \u2212"_s : u" "_s;
        else
            text += minus ? u" \u2212 "_s : u" + "_s;
        text += parts[i].second;
    }
    return text;
}

// The sum as the analyst would check it by hand, with the printed figures,
// every one of them: figures are short, and a sum with one left out cannot be checked.
QString arithmetic(const Cell &total, const QList<CheckCalculator::Term> &terms)
{
    QList<std::pair<int, QString>> parts;
    for (const CheckCalculator::Term &term : terms)
        parts.append({term.weight, figure(term.cell->amount)});
    return signedSum(figure(total.amount), parts);
}

} // namespace

Check::Term CheckBuilder::term(const RowRef &row, int weight) const
{
    return {row, weight, m_filing.schedules[row.schedule].rows[row.row].label};
}

QString CheckBuilder::describe(const QString &target, const QList<Check::Term> &terms)
{
    QList<std::pair<int, QString>> parts;
    for (const Check::Term &term : terms)
        parts.append({term.weight, term.label});
    return signedSum(target, parts, DescribedTerms, u" + \u2026 (%1 lines)"_s.arg(terms.size()));
}

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

Check CheckBuilder::sum(Check::Kind kind, const RowRef &target, const QList<Check::Term> &terms,
                        const QString &description) const
{
    return sum(kind, target, terms, columnsFor(target, terms), description);
}

Check CheckBuilder::sum(Check::Kind kind, const RowRef &target, const QList<Check::Term> &terms,
                        const QList<QList<qsizetype>> &columns, const QString &description) const
{
    const Schedule &schedule = m_filing.schedules[target.schedule];
    const Row &row = schedule.rows[target.row];
    Check check;
    check.kind = kind;
    check.target = target;
    check.targetLabel = row.label;
    check.schedule = schedule.title;
    check.terms = terms;
    check.description = description.isEmpty() ? describe(row.label, terms) : description;
    auto labels = m_periodLabels.find(target.schedule);
    if (labels == m_periodLabels.end()) {
        QStringList all;
        for (const Period &period : schedule.periods)
            all.append(period.label());
        labels = m_periodLabels.insert(target.schedule, all);
    }
    for (qsizetype p = 0; p < schedule.periods.size() && p < row.cells.size(); ++p) {
        QList<CheckCalculator::Term> cells;
        bool aligned = true;
        for (qsizetype k = 0; k < terms.size(); ++k) {
            const Row &termRow = m_filing.schedules[terms[k].row.schedule].rows[terms[k].row.row];
            const qsizetype column = columns[k][p];
            if (column < 0 || column >= termRow.cells.size()) {
                aligned = false;
                break;
            }
            cells.append({&termRow.cells[column], terms[k].weight});
        }
        if (!aligned)
            continue;
        CheckPeriod result = CheckCalculator::sum(row.cells[p], cells);
        result.period = labels->at(p);
        result.arithmetic = arithmetic(row.cells[p], cells);
        check.periods.append(result);
    }
    return check;
}
