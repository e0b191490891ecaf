// SPDX-License-Identifier: GPL-3.0-or-later
#include "TieOutChecker.h"

#include "CalculationCheck.h"
#include "CheckBuilder.h"
#include "ColumnChecks.h"
#include "ColumnReconciliationChecks.h"
#include "CrossScheduleMatcher.h"
#include "HolderChecks.h"
#include "RatioChecks.h"
#include "filing/Filing.h"
#include "matching/FinancialLabels.h"
#include "structure/StructureInference.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

Check::Kind kindOf(const Relation &relation, const Row &total)
{
    static const QRegularExpression cashFlow(
        uR"(^net (increase|decrease|change)|^\(?(increase|decrease)\)?\s*/\s*\(?(increase|decrease)\)?\s+in\b)"
        uR"(|\b(end|beginning) of (the )?(period|year|quarter)$|\b(beginning|ending) balances?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (relation.basis == Relation::Basis::Reconciliation)
        return Check::Kind::Reconciliation;
    if (relation.basis == Relation::Basis::Stated)
        return Check::Kind::Stated;
    if (cashFlow.match(total.label).hasMatch())
        return Check::Kind::CashFlow;
    return Check::Kind::Total;
}

// Total assets = total liabilities and stockholders' equity, wherever a
// schedule prints both.
Checks balanceSheetChecks(const Filing &filing, const CheckBuilder &builder)
{
    Checks checks;
    for (qsizetype s = 0; s < filing.schedules.size(); ++s) {
        const Schedule &schedule = filing.schedules[s];
        qsizetype a = -1;
        qsizetype c = -1;
        for (qsizetype r = 0; r < schedule.rows.size(); ++r) {
            if (a < 0 && FinancialLabels::isTotalAssets(schedule.rows[r].label))
                a = r;
            if (c < 0 && FinancialLabels::isTotalClaims(schedule.rows[r].label))
                c = r;
        }
        if (a >= 0 && c >= 0)
            checks.append(builder.sum(Check::Kind::Balance, {s, c}, {{{s, a}, 1}}));
    }
    return checks;
}

// Cash at the end of the period = cash at its beginning + the net change,
// where the statement prints the beginning first, as Apple's does, so that
// no sum of the lines above the end explains it.
Checks rollForwardChecks(const Filing &filing, const CheckBuilder &builder, const Checks &made)
{
    constexpr auto Insensitive = QRegularExpression::CaseInsensitiveOption;
    static const QRegularExpression change(
        uR"(^(net\s+)?\(?(increase|decrease|change)\)?(\s*/\s*\(?(increase|decrease)\)?)?\s+in\s+cash)"_s, Insensitive);
    static const QRegularExpression end(
        uR"([,\s]+((at\s+)?end\s+of\s+(the\s+)?(period|year|quarter)|ending\s+balances?)$)"_s, Insensitive);
    static const QRegularExpression beginning(
        uR"([,\s]+((at\s+)?beginning\s+of\s+(the\s+)?(period|year|quarter)|beginning\s+balances?)$)"_s, Insensitive);
    Checks checks;
    for (qsizetype s = 0; s < filing.schedules.size(); ++s) {
        const QList<Row> &rows = filing.schedules[s].rows;
        qsizetype opening = -1;
        qsizetype net = -1;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (!rows[r].hasValues())
                continue;
            if (opening < 0 && beginning.match(rows[r].label).hasMatch())
                opening = r;
            else if (net < 0 && change.match(rows[r].label).hasMatch())
                net = r;
            const QRegularExpressionMatch closing = end.match(rows[r].label);
            if (!closing.hasMatch() || opening < 0 || net < 0)
                continue;
            const QString base = rows[r].label.left(closing.capturedStart());
            const bool sameBalance = rows[opening]
                                         .label.left(beginning.match(rows[opening].label).capturedStart())
                                         .compare(base, Qt::CaseInsensitive)
                                     == 0;
            const bool explained = std::any_of(made.cbegin(), made.cend(), [&](const Check &c) {
                return c.target == RowRef{s, r} && c.kind != Check::Kind::CrossSchedule;
            });
            if (sameBalance && !explained)
                checks.append(builder.sum(Check::Kind::CashFlow, {s, r}, {{{s, opening}, 1}, {{s, net}, 1}}));
            break;
        }
    }
    return checks;
}

// Every check but those of figures shared between schedules and of a
// prospectus's holders: each schedule's inferred totals, the balance sheets'
// balance, per-share figures and margins.
TieOut withinSchedules(const Filing &filing)
{
    TieOut result;
    const CheckBuilder builder(filing);
    for (qsizetype s = 0; s < filing.schedules.size(); ++s) {
        const Schedule &schedule = filing.schedules[s];
        ScheduleStructure structure = StructureInference::infer(schedule);
        for (const Relation &relation : std::as_const(structure.relations)) {
            QList<Check::Term> terms;
            terms.reserve(relation.terms.size());
            for (const Relation::Term &term : relation.terms)
                terms.append({{s, term.row}, term.weight});
            const Row &total = schedule.rows[relation.total];
            result.checks.append(builder.sum(kindOf(relation, total), {s, relation.total}, terms));
        }
        result.structures.append(std::move(structure));
    }
    result.checks += rollForwardChecks(filing, builder, result.checks);
    result.checks += balanceSheetChecks(filing, builder);
    result.checks += RatioChecks::perShare(filing);
    result.checks += RatioChecks::margins(filing);
    result.checks += RatioChecks::stated(filing);
    result.checks += ColumnReconciliationChecks::check(filing, builder);
    result.checks += ColumnChecks::check(filing);
    return result;
}

} // namespace

TieOut TieOutChecker::run(const Filing &filing)
{
    // On one thread. The checks within schedules and the figures shared
    // between schedules are independent and were once made on two threads:
    // on an idle second core that made the 10 MB synthetic release 9-15%
    // quicker, the 1 MB one 15% slower, and nothing when the other core was
    // busy (tieout_benchmarks, importAndAnalyse, December 2026).
    TieOut result = withinSchedules(filing);
    // Then the checks of figures shared between schedules, then a
    // prospectus's holders.
    CrossScheduleMatcher::match(filing, result.checks);
    result.checks.append(HolderChecks::check(filing));
    result.calculations = CalculationCheck::evaluate(filing.xbrl, filing.xbrl.calculations);
    return result;
}
