// SPDX-License-Identifier: GPL-3.0-or-later
#include "TieOutChecker.h"

#include "matching/FinancialLabels.h"
#include "CheckBuilder.h"
#include "CrossScheduleMatcher.h"
#include "HolderChecks.h"
#include "RatioChecks.h"
#include "structure/StructureInference.h"
#include "filing/Filing.h"

#include <QRegularExpression>

#include <algorithm>
#include <future>

using namespace Qt::StringLiterals;

namespace {

Check::Kind kindOf(const Relation &relation, const Row &total)
{
    static const QRegularExpression cashFlow(
            uR"(^net (increase|decrease|change)|\b(end|beginning) of (the )?(period|year|quarter)$)"_s,
            QRegularExpression::CaseInsensitiveOption);
    if (relation.basis == Relation::Basis::Reconciliation)
        return Check::Kind::Reconciliation;
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
    result.checks += balanceSheetChecks(filing, builder);
    result.checks += RatioChecks::perShare(filing);
    result.checks += RatioChecks::margins(filing);
    return result;
}

} // namespace

TieOut TieOutChecker::run(const Filing &filing)
{
    // The checks within schedules are made on another core while figures
    // shared between schedules are matched here: neither reads the other's
    // checks, and both only read the filing. The matching's index is large
    // and let go before the tracer runs: made on this thread, its memory is
    // there for the tracer to use again.
    std::future<TieOut> within = std::async(std::launch::async, [&filing] { return withinSchedules(filing); });
    Checks checks;
    CrossScheduleMatcher::match(filing, checks);
    TieOut result = within.get();
    // The checks within schedules come first. They are moved in behind the
    // shared ones and the two runs swapped, rather than both copied into a
    // third list (once the peak of a large file's analysis): a check is
    // relocatable, so the list grows in place.
    const qsizetype shared = checks.size();
    checks.append(std::move(result.checks));
    std::rotate(checks.begin(), checks.begin() + shared, checks.end());
    checks.append(HolderChecks::check(filing));
    result.checks = std::move(checks);
    return result;
}
