// SPDX-License-Identifier: GPL-3.0-or-later
#include "RatioChecks.h"

#include "calculation/CheckCalculator.h"
#include "filing/Filing.h"
#include "matching/FinancialLabels.h"
#include "matching/PeriodAlignment.h"
#include "structure/StatedFormula.h"

#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// The section row above `row`, or -1.
qsizetype sectionAbove(const Schedule &schedule, qsizetype row)
{
    for (qsizetype i = row - 1; i >= 0; --i) {
        if (schedule.rows[i].kind == RowKind::Section || schedule.rows[i].kind == RowKind::Heading)
            return i;
    }
    return -1;
}

// The unit of a share count: its own label or section's "(in thousands)",
// else the caption's word for shares, else the money's unit.
qint64 shareScaleOf(const Schedule &schedule, const Row &shares)
{
    static const QRegularExpression unit(uR"(\bin (thousands|millions)\b)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    for (const QString &text : {shares.label, shares.group}) {
        const QRegularExpressionMatch match = unit.match(text);
        if (match.hasMatch())
            return match.captured(1).compare(u"thousands", Qt::CaseInsensitive) == 0 ? 1000 : 1000000;
    }
    return schedule.shareScale;
}

// The share count after a per-share row: the one with the same label
// ("Diluted" ÷ "Diluted"), else the first that says "basic" or "diluted"
// as the row does ("Shares used in computing diluted net income per
// share"), else the first that names the row ("Diluted weighted average
// shares"); -1 when none.
qsizetype sharesFor(const Schedule &schedule, qsizetype r)
{
    static const QRegularExpression kind(uR"(\b(basic|diluted)\b)"_s, QRegularExpression::CaseInsensitiveOption);
    const Row &row = schedule.rows[r];
    const QString which = kind.match(row.label).captured(1);
    const QString &name = which.isEmpty() ? row.label : which;
    qsizetype found = -1;
    for (qsizetype k = r + 1; k < schedule.rows.size(); ++k) {
        const Row &count = schedule.rows[k];
        if (count.kind != RowKind::ShareCount)
            continue;
        if (count.label == row.label)
            return k;
        if (found < 0 && !name.isEmpty() && count.label.contains(name, Qt::CaseInsensitive))
            found = k;
    }
    return found;
}

// What a label says the figure is per share of: "Non-GAAP net income" in
// "Non-GAAP net income per share – diluted", "Net income" in "Net income
// per share:" and in "Diluted net income per share"; empty when it does not say.
QString stemOf(const QString &label)
{
    static const QRegularExpression per(uR"(\s+per\s+(\w+\s+)?(common\s+)?share)"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression which(uR"(\s*\b(basic|diluted)\b\s*)"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = per.match(label);
    if (!match.hasMatch())
        return {};
    // "Basic net income" and "GAAP diluted net income" divide net income.
    return label.left(match.capturedStart()).replace(which, u" "_s).simplified();
}

// The income a per-share row divides: the line its label or its section's
// names ("GAAP net income" for "GAAP net income per share"), nearest above;
// else the last figure above its section, which the layout settles only
// when there is a section (`sure`).
qsizetype incomeFor(const Schedule &schedule, qsizetype r, bool &sure)
{
    // Its section only if it heads it: "Net income per share:" over "Basic"
    // and "Diluted", not a section of expenses far above.
    qsizetype section = sectionAbove(schedule, r);
    for (qsizetype k = section + 1; section >= 0 && k < r; ++k) {
        const RowKind kind = schedule.rows[k].kind;
        if (kind != RowKind::PerShare && kind != RowKind::ShareCount && schedule.rows[k].hasValues())
            section = -1;
    }
    for (const QString &stem :
         {stemOf(schedule.rows[r].label), section >= 0 ? stemOf(schedule.rows[section].label) : QString()}) {
        for (qsizetype k = r - 1; !stem.isEmpty() && k >= 0; --k) {
            if (schedule.rows[k].isFigure() && schedule.rows[k].label.compare(stem, Qt::CaseInsensitive) == 0) {
                sure = true;
                return k;
            }
        }
    }
    sure = section >= 0;
    for (qsizetype k = (section < 0 ? r : section) - 1; k >= 0; --k) {
        if (schedule.rows[k].isFigure())
            return k;
    }
    return -1;
}

// The first share count labelled `label`, or saying "basic" or "diluted"
// as it does, in a schedule other than `except` that prints figures for a
// duration: the statement of operations' shares.
RowRef sharesElsewhere(const Filing &filing, qsizetype except, const QString &label)
{
    static const QRegularExpression kind(uR"(\b(basic|diluted)\b)"_s, QRegularExpression::CaseInsensitiveOption);
    const QString which = kind.match(label).captured(1).toLower();
    RowRef named;
    for (qsizetype s = 0; s < filing.schedules.size(); ++s) {
        const Schedule &schedule = filing.schedules[s];
        if (s == except || schedule.periods.isEmpty() || schedule.periods[0].span != Period::Span::Duration)
            continue;
        for (qsizetype r = 0; r < schedule.rows.size(); ++r) {
            const Row &count = schedule.rows[r];
            if (count.kind != RowKind::ShareCount)
                continue;
            if (count.label == label)
                return {s, r};
            if (!named.isValid() && !which.isEmpty() && kind.match(count.label).captured(1).toLower() == which)
                named = {s, r};
        }
    }
    return named;
}

// The rows that `matches` of the schedules of durations (statements of
// income, not balance sheets), in document order.
template<typename Matches>
QList<RowRef> rowsOfDurations(const Filing &filing, Matches matches)
{
    QList<RowRef> rows;
    for (qsizetype s = 0; s < filing.schedules.size(); ++s) {
        const Schedule &schedule = filing.schedules[s];
        if (schedule.periods.isEmpty() || schedule.periods[0].span != Period::Span::Duration)
            continue;
        for (qsizetype r = 0; r < schedule.rows.size(); ++r) {
            if (matches(schedule.rows[r]))
                rows.append({s, r});
        }
    }
    return rows;
}

// Income left to common shareholders, after preferred dividends and what
// participating securities earn: what earnings per share divides, printed
// in the EPS note when the statement of income shows net income alone.
QList<RowRef> commonIncomeRows(const Filing &filing)
{
    static const QRegularExpression common(uR"(\b(attributable|available)\s+to\s+common\s+(share|stock)holders\b)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    return rowsOfDurations(filing, [](const Row &row) {
        return row.isFigure() && row.unit() == RowUnit::Money && common.match(row.label).hasMatch();
    });
}

Check ratioCheck(const Filing &filing, Check::Kind kind, const RowRef &target, const RowRef &numerator,
                 const RowRef &denominator, qint64 factor, const QString &description)
{
    const Schedule &schedule = filing.schedules[target.schedule];
    const Row &row = schedule.rows[target.row];
    const Row &top = filing.schedules[numerator.schedule].rows[numerator.row];
    const Row &bottom = filing.schedules[denominator.schedule].rows[denominator.row];
    Check check;
    check.kind = kind;
    check.factor = qint16(factor);
    check.target = target;
    check.setWording(description);
    check.terms = {{numerator, 1}, {denominator, -1}};
    const auto topColumns = PeriodAlignment::align(schedule, filing.schedules[numerator.schedule]);
    const auto bottomColumns = PeriodAlignment::align(schedule, filing.schedules[denominator.schedule]);
    for (qsizetype p = 0; p < row.cells.size(); ++p) {
        qsizetype n = -1;
        qsizetype d = -1;
        for (const auto &pair : topColumns)
            n = pair.first == p ? pair.second : n;
        for (const auto &pair : bottomColumns)
            d = pair.first == p ? pair.second : d;
        if (n < 0 || d < 0 || n >= top.cells.size() || d >= bottom.cells.size())
            continue;
        // A "% Change" column holds no per-share figure to divide out.
        if (p < schedule.periods.size() && !schedule.periods[p].isAdditive())
            continue;
        Check::PeriodResult period;
        period.column = qint16(p);
        period.termColumns = {qint16(n), qint16(d)};
        period.verdict =
            CheckCalculator::ratio(filing, row.cells[p], top.cells[n].amount, bottom.cells[d].amount, factor).verdict;
        check.periods.append(std::move(period));
    }
    return check;
}

} // namespace

Checks RatioChecks::perShare(const Filing &filing)
{
    Checks checks;
    // Found on the first per-share figure that does not divide out, once.
    std::optional<QList<RowRef>> commonIncome;
    for (qsizetype s = 0; s < filing.schedules.size(); ++s) {
        const Schedule &schedule = filing.schedules[s];
        for (qsizetype r = 0; r < schedule.rows.size(); ++r) {
            const Row &row = schedule.rows[r];
            if (row.kind != RowKind::PerShare || !row.hasValues())
                continue;
            const qsizetype shares = sharesFor(schedule, r);
            bool sure = true;
            const qsizetype income = incomeFor(schedule, r, sure);
            if (income < 0)
                continue;
            // A reconciliation that prints non-GAAP earnings per share but not
            // the shares: the statement's count of that name, where the
            // arithmetic confirms the pairing in most periods.
            RowRef count{s, shares};
            if (shares < 0)
                count = sharesElsewhere(filing, s, row.label);
            if (!count.isValid())
                continue;
            const Schedule &counted = filing.schedules[count.schedule];
            // Income in millions over shares in thousands: a thousand times the quotient.
            const qint64 shareScale = shareScaleOf(counted, counted.rows[count.row]);
            const auto checkOver = [&](const RowRef &numerator) {
                const Schedule &incomes = filing.schedules[numerator.schedule];
                const qint64 factor = shareScale > 0 && incomes.scale > shareScale ? incomes.scale / shareScale : 1;
                return ratioCheck(filing, Check::Kind::PerShare, {s, r}, numerator, count, factor,
                                  u"%1 per share = %2 \u00F7 shares (%3)"_s.arg(
                                      row.label, incomes.rows[numerator.row].label, counted.rows[count.row].label));
            };
            // Where net income does not divide out, the income left to common
            // shareholders that ties in more periods. The numerator is chosen
            // before the check is kept: Qt 6.4.2's QVarLengthArray leaks the
            // terms of a check it is move-assigned over.
            RowRef numerator{s, income};
            {
                const Check first = checkOver(numerator);
                qsizetype failed = first.failedPeriods();
                if (failed > 0 && !commonIncome)
                    commonIncome = commonIncomeRows(filing);
                for (const RowRef &common : failed > 0 ? *commonIncome : QList<RowRef>()) {
                    const Check other = checkOver(common);
                    if (!other.periods.isEmpty() && other.periods.size() >= first.periods.size()
                        && other.failedPeriods() < failed) {
                        numerator = common;
                        failed = other.failedPeriods();
                    }
                }
            }
            Check check = checkOver(numerator);
            // A pairing the layout does not settle stands where it ties in most periods.
            if ((count.schedule != s || !sure) && 2 * check.failedPeriods() >= qsizetype(check.periods.size()))
                continue;
            checks.append(std::move(check));
        }
    }
    return checks;
}

RowRef RatioChecks::revenueRow(const Filing &filing)
{
    const QList<RowRef> rows = rowsOfDurations(filing, FinancialLabels::isRevenueTotal);
    return rows.isEmpty() ? RowRef() : rows.constFirst();
}

Checks RatioChecks::margins(const Filing &filing)
{
    // "… % of revenue", "… as a percentage of net revenues", "… as a % of sales".
    static const QRegularExpression ofRevenue(
        uR"((\s*%|\s+as\s+a\s+(%|percent(age)?)|\s+percent(age)?)\s*of\s+(total\s+)?(net\s+)?(revenues?|sales)$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    Checks checks;
    const RowRef revenue = revenueRow(filing);
    if (!revenue.isValid())
        return checks;
    for (qsizetype s = 0; s < filing.schedules.size(); ++s) {
        const Schedule &schedule = filing.schedules[s];
        for (qsizetype r = 0; r < schedule.rows.size(); ++r) {
            const Row &row = schedule.rows[r];
            const auto match = ofRevenue.match(row.label);
            if (row.kind != RowKind::Percentage || !match.hasMatch())
                continue;
            // "Stock-based compensation expense % of revenue" in the block
            // "GAAP Gross margin % of revenue" is the amount with that label
            // in the block "GAAP Gross margin".
            const QString base = row.label.left(match.capturedStart());
            const QString block = QString(row.group).remove(ofRevenue);
            qsizetype amount = -1;
            for (qsizetype k = 0; k < schedule.rows.size() && amount < 0; ++k) {
                const Row &candidate = schedule.rows[k];
                if (candidate.label == base && candidate.kind != RowKind::Percentage
                    && (candidate.group == block || candidate.label == block))
                    amount = k;
            }
            if (amount < 0)
                continue;
            const QString description = u"%1 = %2 \u00F7 %3"_s.arg(
                row.label, schedule.rows[amount].label, filing.schedules[revenue.schedule].rows[revenue.row].label);
            checks.append(ratioCheck(filing, Check::Kind::Margin, {s, r}, {s, amount}, revenue, 100, description));
        }
    }
    return checks;
}

Checks RatioChecks::stated(const Filing &filing)
{
    Checks checks;
    for (qsizetype s = 0; s < filing.schedules.size(); ++s) {
        const Schedule &schedule = filing.schedules[s];
        const StatedFormula::Table table = StatedFormula::of(schedule);
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const StatedFormula &formula = table.rows[r];
            const Row &row = schedule.rows[r];
            if (formula.form != StatedFormula::Form::Ratio || !row.hasValues())
                continue;
            const QList<std::pair<qsizetype, int>> terms = table.resolve(formula, r);
            if (terms.size() != 2)
                continue;
            const Row &bottom = schedule.rows[terms[1].first];
            // A quarter's income over an average balance is printed annualised,
            // by a day count the filing does not state: not checked.
            if (bottom.label.startsWith(u"Average"_s, Qt::CaseInsensitive))
                continue;
            qint64 factor = 1;
            if (row.kind == RowKind::Percentage)
                factor = 100;
            else if (row.kind == RowKind::PerShare && bottom.kind == RowKind::ShareCount)
                factor = qMax<qint64>(1, schedule.scale / qMax<qint64>(1, shareScaleOf(schedule, bottom)));
            else
                continue;
            const QString description =
                u"%1 = %2 \u00F7 %3"_s.arg(row.label, schedule.rows[terms[0].first].label, bottom.label);
            checks.append(ratioCheck(filing, Check::Kind::StatedRatio, {s, r}, {s, terms[0].first}, {s, terms[1].first},
                                     factor, description));
        }
    }
    return checks;
}
