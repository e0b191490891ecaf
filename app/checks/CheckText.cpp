// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckText.h"

#include "amount/AmountFormat.h"
#include "calculation/CheckCalculator.h"
#include "filing/Filing.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype DescribedTerms = 6;

// "head = a + b − c", each part signed by its weight; past `limit` parts,
// `overflow` ends the text.
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
    AmountFormat format;
    QList<std::pair<int, QString>> parts;
    parts.reserve(terms.size());
    for (const CheckCalculator::Term &term : terms)
        parts.append({term.weight, format.format(term.cell->amount)});
    return signedSum(format.format(total.amount), parts);
}

// "target = a + b − c" from labels and weights; a long sum ends in
// "+ … (n lines)".
QString describe(const QString &target, const QList<std::pair<int, QString>> &terms)
{
    return signedSum(target, terms, DescribedTerms, u" + \u2026 (%1 lines)"_s.arg(terms.size()));
}

} // namespace

const Row &CheckText::rowOf(const RowRef &ref) const
{
    return m_filing.schedules[ref.schedule].rows[ref.row];
}

QString CheckText::description(const Check &check) const
{
    if (check.wording && !check.wording->description.isEmpty())
        return check.wording->description;
    const QString target = targetLabel(check);
    if (check.kind == Check::Kind::CrossSchedule && check.terms.size() == 1) {
        // The same figure elsewhere: say where.
        const Check::Term &term = check.terms.first();
        return u"%1 = %2%3 (%4)"_s.arg(target, term.weight < 0 ? u"\u2212"_s : QString(), rowOf(term.row).label,
                                       m_filing.schedules[term.row.schedule].title);
    }
    QList<std::pair<int, QString>> parts;
    parts.reserve(check.terms.size());
    for (const Check::Term &term : check.terms)
        parts.append({term.weight, rowOf(term.row).label});
    return describe(target, parts);
}

QString CheckText::targetLabel(const Check &check) const
{
    return rowOf(check.target).label;
}

QString CheckText::schedule(const Check &check) const
{
    return m_filing.schedules[check.target.schedule].title;
}

SourceLocation CheckText::location(const Check &check, qsizetype index) const
{
    if (const QList<CheckLine> *written = check.writtenPeriods())
        return written->at(index).location;
    return rowOf(check.target).cells[check.periods[index].column].location;
}

const Period *CheckText::column(const Check &check, qsizetype index) const
{
    if (check.writtenPeriods())
        return nullptr;
    return &m_filing.schedules[check.target.schedule].periods[check.periods[index].column];
}

CheckLine CheckText::period(const Check &check, qsizetype index) const
{
    if (const QList<CheckLine> *written = check.writtenPeriods())
        return written->at(index);
    const Schedule &schedule = m_filing.schedules[check.target.schedule];
    const Check::PeriodResult &checked = check.periods[index];
    const Cell &reported = schedule.rows[check.target.row].cells[checked.column];
    const auto termCell = [&](qsizetype k) -> const Cell & {
        return rowOf(check.terms[k].row).cells[checked.termColumns[k]];
    };
    CheckLine result;
    if (check.kind == Check::Kind::Growth && check.terms.size() == 2) {
        result = CheckCalculator::growth(m_filing, reported, termCell(0).amount, termCell(1).amount);
    } else if (check.kind == Check::Kind::Share && check.terms.size() == 2) {
        result = CheckCalculator::share(m_filing, reported, termCell(0).amount, termCell(1).amount);
    } else if (check.isRatio() && check.terms.size() == 2) {
        result = CheckCalculator::ratio(m_filing, reported, termCell(0).amount, termCell(1).amount, check.factor);
    } else {
        QList<CheckCalculator::Term> cells;
        cells.reserve(check.terms.size());
        for (qsizetype k = 0; k < check.terms.size(); ++k)
            cells.append({&termCell(k), check.terms[k].weight});
        result = CheckCalculator::sum(m_filing, reported, cells);
        result.arithmetic = arithmetic(reported, cells);
    }
    result.period = schedule.periods[checked.column].label();
    return result;
}

QList<CheckLine> CheckText::periods(const Check &check) const
{
    QList<CheckLine> all;
    all.reserve(check.periods.size());
    for (qsizetype p = 0; p < check.periods.size(); ++p)
        all.append(period(check, p));
    return all;
}
