// SPDX-License-Identifier: GPL-3.0-or-later
#include "HolderChecks.h"

#include "amount/AmountFormat.h"
#include "calculation/CheckCalculator.h"
#include "filing/Filing.h"

using namespace Qt::StringLiterals;

namespace {

// A prospectus's fact as the check's words quote it: with thousands
// separators, as the prospectus prints it.
QString written(const Amount &fact)
{
    return AmountFormat().format(fact);
}

struct Columns
{
    qsizetype principal = -1;
    qsizetype notesPercent = -1;
    qsizetype shares = -1;
    qsizetype stockPercent = -1;
};

// By their units, in the order such tables use: principal, its percentage,
// shares, their percentage.
Columns columnsOf(const Schedule &schedule)
{
    Columns c;
    for (qsizetype i = 0; i < schedule.periods.size(); ++i) {
        switch (schedule.periods[i].unit) {
        case RowUnit::Money:
            if (c.principal < 0)
                c.principal = i;
            break;
        case RowUnit::Shares:
            if (c.shares < 0)
                c.shares = i;
            break;
        case RowUnit::Percent:
            if (c.shares < 0 && c.notesPercent < 0)
                c.notesPercent = i;
            else if (c.shares >= 0 && c.stockPercent < 0)
                c.stockPercent = i;
            break;
        default: break;
        }
    }
    return c;
}

// Worked out from the prospectus's facts, not from other cells: its text is
// written now, for CheckText to show.
Check holderCheck(const Schedule &schedule, qsizetype s, qsizetype r, qsizetype column, const QString &description,
                  const CheckLine &result)
{
    Check check;
    check.kind = Check::Kind::Holder;
    check.target = {s, r};
    CheckLine period = result;
    period.period = schedule.periods[column].label();
    Check::PeriodResult checked;
    checked.column = qint16(column);
    checked.verdict = period.verdict;
    check.periods.append(std::move(checked));
    check.setWording(description, {period});
    return check;
}

} // namespace

Checks HolderChecks::check(const Filing &filing)
{
    Checks checks;
    if (!filing.offering || filing.schedules.isEmpty())
        return checks;
    const OfferingFacts &facts = *filing.offering;
    const Schedule &schedule = filing.schedules.constFirst();
    const Columns c = columnsOf(schedule);
    if (c.principal < 0 || facts.principal.isNil())
        return checks;
    const Amount one = Amount::fromInteger(1);

    for (qsizetype r = 0; r < schedule.rows.size(); ++r) {
        const Row &row = schedule.rows[r];
        const Cell &principal = row.cells.value(c.principal);
        if (principal.isNil())
            continue;
        if (c.shares >= 0 && !facts.sharesIssuable.isNil()) {
            const Cell &shares = row.cells[c.shares];
            if (const auto product = principal.amount.multipliedBy(facts.sharesIssuable)) {
                checks.append(
                    holderCheck(schedule, 0, r, c.shares,
                                u"shares = principal %1 × %2 shares issuable ÷ %3 principal of the notes"_s.arg(
                                    filing.textOf(principal), written(facts.sharesIssuable), written(facts.principal)),
                                CheckCalculator::ratio(filing, shares, *product, facts.principal)));
            }
        }
        if (c.notesPercent >= 0) {
            const Cell &cell = row.cells[c.notesPercent];
            const QString description =
                u"% of notes = principal \u00F7 %1 principal of the notes"_s.arg(written(facts.principal));
            checks.append(holderCheck(
                schedule, 0, r, c.notesPercent, description,
                !cell.marker ? CheckCalculator::ratio(filing, cell, principal.amount, facts.principal, 100)
                             : CheckCalculator::below(filing, cell, principal.amount, facts.principal, 100, one)));
        }
        if (c.stockPercent >= 0 && c.shares >= 0 && !facts.sharesOutstanding.isNil()) {
            const Cell &cell = row.cells[c.stockPercent];
            const Amount shares = row.cells[c.shares].amount;
            const auto base = facts.sharesOutstanding.plus(shares);
            if (base) {
                const QString description =
                    u"% of common stock = shares \u00F7 (%1 outstanding + shares), Rule 13d-3"_s.arg(
                        written(facts.sharesOutstanding));
                checks.append(holderCheck(schedule, 0, r, c.stockPercent, description,
                                          !cell.marker
                                              ? CheckCalculator::ratio(filing, cell, shares, *base, 100)
                                              : CheckCalculator::below(filing, cell, shares, *base, 100, one)));
            }
        }
    }
    return checks;
}
