// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnChecks.h"

#include "calculation/CheckCalculator.h"
#include "filing/Filing.h"
#include "matching/FinancialLabels.h"
#include "structure/ColumnRelations.h"

#include <QObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype Confirming = 4;
constexpr qsizetype OutOf = 5;

struct Part
{
    qsizetype column = -1;
    int weight = 1;
};

// A figure the table prints: not left empty, not "n/m", not a marker.
bool printed(const Cell &cell)
{
    return cell.readable && !cell.marker && !cell.isBlank();
}

// Rows whose figures add across columns as they add down: money, not
// ratios, per-share figures or share counts.
bool adds(const Row &row)
{
    return (row.kind == RowKind::Item || row.kind == RowKind::Total) && row.hasValues();
}

// A balance at an instant inside a table of durations: the quarters of a
// year do not add up to its closing cash.
bool isBalance(const Row &row)
{
    static const QRegularExpression balance(uR"(\b(beginning|end) of (the )?(period|year|quarter)\b)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return balance.match(row.label).hasMatch();
}

Check columnCheck(Check::Kind kind, const RowRef &target, qsizetype column, const QList<Part> &parts,
                  CheckLine::Verdict verdict, qint64 factor = 1)
{
    Check check;
    check.kind = kind;
    check.factor = qint16(factor);
    check.target = target;
    Check::PeriodResult period;
    period.column = qint16(column);
    period.verdict = verdict;
    for (const Part &part : parts) {
        check.terms.append({target, part.weight});
        period.termColumns.append(qint16(part.column));
    }
    check.periods.append(std::move(period));
    return check;
}

CheckLine::Verdict sumVerdict(const Row &row, qsizetype column, const QList<Part> &parts)
{
    QList<CheckCalculator::Term> terms;
    terms.reserve(parts.size());
    for (const Part &part : parts) {
        if (part.column >= row.cells.size())
            return CheckLine::Verdict::Skipped;
        terms.append({&row.cells[part.column], part.weight});
    }
    return CheckCalculator::sumVerdict(row.cells[column], terms);
}

// How sure a relation must be. Parts summed are guessed among candidates:
// four rows in five tie, or all rows but one when three or more tie (a
// short table's one break). A change the header names between periods it
// dates needs only most of its rows, two at least.
enum class Proposal { Guessed, Named };

// The checks of one relation, or none when too few of them tie.
Checks confirmed(Checks made, Proposal proposal = Proposal::Guessed)
{
    qsizetype passed = 0;
    for (const Check &check : std::as_const(made))
        passed += check.passed() ? 1 : 0;
    const qsizetype failed = made.size() - passed;
    const bool stands =
        proposal == Proposal::Named
            ? passed >= 2 && passed > failed
            : passed > 0 && (passed * OutOf >= qsizetype(made.size()) * Confirming || (failed == 1 && passed >= 3));
    return stands ? made : Checks();
}

QString joined(const QList<Period> &periods, const QList<Part> &parts)
{
    QStringList labels;
    for (const Part &part : parts)
        labels.append(periods[part.column].shortLabel());
    return labels.join(u" + "_s);
}

Checks changeChecks(const Filing &filing, qsizetype s, const ColumnRelations::Change &change)
{
    using Measure = ColumnRelations::Change::Measure;
    static const QRegularExpression points(uR"(\bbasis\s+points?\b|\bbps\b)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const Schedule &schedule = filing.schedules[s];
    const Period &column = schedule.periods[change.column];
    const QString current = schedule.periods[change.current].shortLabel();
    const QString base = schedule.periods[change.base].shortLabel();
    const bool inPoints = points.match(column.label()).hasMatch();
    Checks made;
    for (qsizetype r = 0; r < schedule.rows.size(); ++r) {
        const Row &row = schedule.rows[r];
        if (row.cells.size() <= std::max({change.column, change.current, change.base}) || !row.hasValues())
            continue;
        const Cell &reported = row.cells[change.column];
        const Cell &now = row.cells[change.current];
        const Cell &then = row.cells[change.base];
        if (!printed(reported) || reported.isNil() || !printed(now) || !printed(then))
            continue;
        // A ratio's change is in points: percentage points under "Ratio
        // Change", basis points where the header says so; its "% change" is
        // printed by no rule one can tell.
        std::optional<Measure> measure = change.measure;
        if (row.kind == RowKind::Percentage && inPoints)
            measure = Measure::BasisPoints;
        else if (row.kind == RowKind::Percentage && change.measure == Measure::Percent)
            measure = std::nullopt;
        if (measure) {
            if (*measure == Measure::Percent) {
                const CheckLine line = CheckCalculator::growth(filing, reported, now.amount, then.amount);
                if (line.verdict == CheckLine::Verdict::Skipped)
                    continue;
                Check check = columnCheck(Check::Kind::Growth, {s, r}, change.column,
                                          {{change.current, 1}, {change.base, -1}}, line.verdict, 100);
                check.setWording(
                    QObject::tr("%1: %2 = (%3 \u2212 %4) \u00F7 %4").arg(row.label, column.label(), current, base));
                made.append(std::move(check));
            } else {
                const int weight = *measure == Measure::BasisPoints ? 100 : 1;
                const QList<Part> parts{{change.current, weight}, {change.base, -weight}};
                const CheckLine::Verdict verdict = sumVerdict(row, change.column, parts);
                if (verdict == CheckLine::Verdict::Skipped)
                    continue;
                Check check = columnCheck(Check::Kind::Change, {s, r}, change.column, parts, verdict);
                check.setWording(
                    *measure == Measure::BasisPoints
                        ? QObject::tr("%1: %2 = (%3 \u2212 %4) \u00D7 100 basis points")
                              .arg(row.label, column.label(), current, base)
                        : QObject::tr("%1: %2 = %3 \u2212 %4").arg(row.label, column.label(), current, base));
                made.append(std::move(check));
            }
        }
    }
    return confirmed(std::move(made), Proposal::Named);
}

Checks sumChecks(qsizetype s, const Schedule &schedule, const ColumnRelations::Sum &sum)
{
    const bool quarters = sum.basis == ColumnRelations::Sum::Basis::Quarters;
    const Check::Kind kind = quarters ? Check::Kind::Quarters : Check::Kind::ColumnTotal;
    for (const QList<qsizetype> &candidate : sum.candidates) {
        QList<Part> parts;
        for (qsizetype k : candidate)
            parts.append({k, 1});
        const QString description =
            u"%1 = %2"_s.arg(schedule.periods[sum.column].shortLabel(), joined(schedule.periods, parts));
        Checks made;
        for (qsizetype r = 0; r < schedule.rows.size(); ++r) {
            const Row &row = schedule.rows[r];
            if (!adds(row) || (quarters && isBalance(row)) || sum.column >= row.cells.size()
                || !printed(row.cells[sum.column]))
                continue;
            const CheckLine::Verdict verdict = sumVerdict(row, sum.column, parts);
            if (verdict == CheckLine::Verdict::Skipped)
                continue;
            Check check = columnCheck(kind, {s, r}, sum.column, parts, verdict);
            check.setWording(u"%1: %2"_s.arg(row.label, description));
            made.append(std::move(check));
        }
        Checks kept = confirmed(std::move(made));
        if (!kept.isEmpty())
            return kept;
    }
    return {};
}

// "% of Revenues" beside each period's amounts: every line over the one
// printed as 100%, else over the schedule's revenue line.
Checks shareChecks(const Filing &filing, qsizetype s)
{
    static const QRegularExpression shareOf(uR"(%\s*of\b|\bpercent(age)?\s+of\b|\bas\s+a\s+%)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const Schedule &schedule = filing.schedules[s];
    Checks all;
    for (qsizetype c = 1; c < schedule.periods.size(); ++c) {
        const Period &column = schedule.periods[c];
        if (column.isAdditive() || !shareOf.match(column.label()).hasMatch())
            continue;
        qsizetype amounts = c - 1;
        while (amounts >= 0 && !schedule.periods[amounts].isAdditive())
            --amounts;
        if (amounts < 0 || schedule.periods[amounts].date != column.date)
            continue;
        const auto whole = [&](qsizetype r) {
            const Row &row = schedule.rows[r];
            return adds(row) && row.cells.size() > c && row.cells[c].amount == Amount::fromInteger(100)
                   && !row.cells[c].isNil() && !row.cells[amounts].isNil() && !row.cells[amounts].amount.isZero();
        };
        qsizetype base = -1;
        for (qsizetype r = 0; r < schedule.rows.size() && base < 0; ++r)
            base = whole(r) ? r : -1;
        for (qsizetype r = 0; r < schedule.rows.size() && base < 0; ++r)
            base = FinancialLabels::isRevenueTotal(schedule.rows[r]) ? r : -1;
        if (base < 0)
            continue;
        const Cell &denominator = schedule.rows[base].cells.value(amounts);
        if (denominator.isNil() || denominator.amount.isZero())
            continue;
        Checks made;
        for (qsizetype r = 0; r < schedule.rows.size(); ++r) {
            const Row &row = schedule.rows[r];
            if (r == base || !adds(row) || row.cells.size() <= c || !printed(row.cells[c]) || row.cells[c].isNil()
                || !printed(row.cells[amounts]))
                continue;
            const CheckLine line =
                CheckCalculator::share(filing, row.cells[c], row.cells[amounts].amount, denominator.amount);
            if (line.verdict == CheckLine::Verdict::Skipped)
                continue;
            Check check = columnCheck(Check::Kind::Share, {s, r}, c, {}, line.verdict, 100);
            check.terms = {{{s, r}, 1}, {{s, base}, -1}};
            check.periods.first().termColumns = {qint16(amounts), qint16(amounts)};
            check.setWording(
                QObject::tr("%1: %2 = %1 \u00F7 %3").arg(row.label, column.label(), schedule.rows[base].label));
            made.append(std::move(check));
        }
        all += confirmed(std::move(made));
    }
    return all;
}

} // namespace

Checks ColumnChecks::check(const Filing &filing)
{
    Checks checks;
    for (qsizetype s = 0; s < filing.schedules.size(); ++s) {
        const Schedule &schedule = filing.schedules[s];
        if (schedule.periods.size() < 2)
            continue;
        for (const ColumnRelations::Change &change : ColumnRelations::changes(schedule.periods))
            checks += changeChecks(filing, s, change);
        for (const ColumnRelations::Sum &sum : ColumnRelations::sums(schedule.periods))
            checks += sumChecks(s, schedule, sum);
        checks += shareChecks(filing, s);
    }
    return checks;
}
