// SPDX-License-Identifier: GPL-3.0-or-later
#include "TotalFormulas.h"

#include <QSet>

namespace {

bool explainsASum(Check::Kind kind)
{
    switch (kind) {
    case Check::Kind::Total:
    case Check::Kind::Reconciliation:
    case Check::Kind::Stated:
    case Check::Kind::CashFlow:
    case Check::Kind::ColumnTotal:
    case Check::Kind::Quarters:
    case Check::Kind::Change: return true;
    default: return false;
    }
}

// Whether `target` can be reached from `from` through the formulas planned:
// a formula for target over `from` would then depend on itself.
bool reaches(const QHash<CellKey, TotalFormulas::Terms> &formulas, const CellKey &from, const CellKey &target,
             QSet<CellKey> &seen)
{
    if (from == target)
        return true;
    if (seen.contains(from))
        return false;
    seen.insert(from);
    const auto formula = formulas.constFind(from);
    if (formula == formulas.cend())
        return false;
    for (const TotalFormulas::Term &term : *formula) {
        if (reaches(formulas, term.cell, target, seen))
            return true;
    }
    return false;
}

const Cell &cellOf(const Filing &filing, const CellKey &key)
{
    return filing.schedules[key.schedule].rows[key.row].cells[key.period];
}

} // namespace

bool TotalFormulas::isPercent(const Schedule &schedule, const Row &row, qsizetype period)
{
    const Cell &cell = row.cells[period];
    return cell.percent || row.unit() == RowUnit::Percent || schedule.periods.value(period).unit == RowUnit::Percent;
}

std::optional<TotalFormulas::Terms> TotalFormulas::termsOf(const Filing &filing, qsizetype filingIndex,
                                                           const Check &check, qsizetype period,
                                                           const Exported &exported)
{
    const Check::PeriodResult &checked = check.periods[period];
    if (!explainsASum(check.kind) || check.writtenPeriods() || checked.termColumns.size() != check.terms.size()
        || check.terms.isEmpty())
        return std::nullopt;
    const Schedule &schedule = filing.schedules[check.target.schedule];
    const Row &target = schedule.rows[check.target.row];
    if (checked.column < 0 || checked.column >= target.cells.size())
        return std::nullopt;
    if (checked.column >= schedule.periods.size())
        return std::nullopt;
    const bool percent = isPercent(schedule, target, checked.column);
    Terms terms;
    for (qsizetype k = 0; k < check.terms.size(); ++k) {
        const RowRef &ref = check.terms[k].row;
        const qsizetype column = checked.termColumns[k];
        const Schedule &termSchedule = filing.schedules[ref.schedule];
        const Row &row = termSchedule.rows[ref.row];
        // A sheet has a column of figures per period; a change in basis
        // points (a weight of 100) is no sum of the percentages it spans.
        if (qAbs(check.terms[k].weight) != 1 || column >= termSchedule.periods.size())
            return std::nullopt;
        if (!exported(filingIndex, ref.schedule) || column < 0 || column >= row.cells.size()
            || !isNumber(row.cells[column]) || termSchedule.scale != schedule.scale
            || termSchedule.shareScale != schedule.shareScale || isPercent(termSchedule, row, column) != percent)
            return std::nullopt;
        terms.append({{filingIndex, ref.schedule, ref.row, column}, check.terms[k].weight});
    }
    return terms;
}

std::optional<Amount> TotalFormulas::sumOf(const Filing &filing, const Terms &terms)
{
    Amount sum = Amount::fromInteger(0);
    for (const Term &term : terms) {
        const Cell &cell = cellOf(filing, term.cell);
        const std::optional<Amount> part = (cell.isNil() ? Amount::fromInteger(0) : cell.amount).times(term.weight);
        const std::optional<Amount> added = part ? sum.plus(*part) : std::nullopt;
        if (!added)
            return std::nullopt;
        sum = *added;
    }
    return sum;
}

TotalFormulas::Plan TotalFormulas::of(const QList<FilingAnalysisPtr> &filings, const Exported &exported)
{
    Plan plan;
    for (qsizetype f = 0; f < filings.size(); ++f) {
        const Filing &filing = filings[f]->filing;
        for (const Check &check : filings[f]->tieOut.checks) {
            if (!exported(f, check.target.schedule))
                continue;
            for (qsizetype p = 0; p < check.periods.size(); ++p) {
                const Check::PeriodResult &period = check.periods[p];
                const CellKey target{f, check.target.schedule, check.target.row, period.column};
                if (period.verdict == CheckLine::Verdict::Skipped || plan.formulas.contains(target))
                    continue;
                const std::optional<Terms> terms = termsOf(filing, f, check, p, exported);
                if (!terms || !isNumber(cellOf(filing, target)) || cellOf(filing, target).isNil())
                    continue;
                const std::optional<Amount> sum = sumOf(filing, *terms);
                if (!sum)
                    continue;
                const bool adds = *sum == cellOf(filing, target).amount;
                const bool breaks = period.verdict == CheckLine::Verdict::Fail;
                if (!adds && !breaks) {
                    plan.kept.insert(target, *sum);
                    continue;
                }
                bool cycle = false;
                QSet<CellKey> seen;
                for (const Term &term : *terms)
                    cycle = cycle || reaches(plan.formulas, term.cell, target, seen);
                if (!cycle) {
                    plan.formulas.insert(target, *terms);
                    plan.kept.remove(target);
                    if (!adds)
                        plan.broken.insert(target, *sum);
                }
            }
        }
    }
    return plan;
}
