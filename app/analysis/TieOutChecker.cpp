// SPDX-License-Identifier: GPL-3.0-or-later
#include "TieOutChecker.h"

#include "FinancialLabels.h"
#include "CheckBuilder.h"
#include "CrossScheduleMatcher.h"
#include "HolderChecks.h"
#include "RatioChecks.h"
#include "StructureInference.h"
#include "filing/Filing.h"

#include <QRegularExpression>

#include <atomic>
#include <future>
#include <vector>

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
Checks balanceChecks(const Filing &filing, const CheckBuilder &builder)
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

// A schedule's structure and the checks of its inferred totals.
struct Inferred
{
    ScheduleStructure structure;
    Checks checks;
};

Inferred infer(const Filing &filing, const CheckBuilder &builder, qsizetype s)
{
    Inferred result;
    const Schedule &schedule = filing.schedules[s];
    result.structure = StructureInference::infer(schedule);
    for (const Relation &relation : std::as_const(result.structure.relations)) {
        QList<Check::Term> terms;
        terms.reserve(relation.terms.size());
        for (const Relation::Term &term : relation.terms)
            terms.append({{s, term.row}, term.weight});
        const Row &total = schedule.rows[relation.total];
        result.checks.append(builder.sum(kindOf(relation, total), {s, relation.total}, terms));
    }
    return result;
}

// Every schedule's structure depends on that schedule alone, so two cores
// infer them, each taking the next schedule not yet taken: a long schedule
// costs many short ones. Inference only reads the filing, and each core has
// its own CheckBuilder. The results are gathered in schedule order.
void inferStructures(const Filing &filing, TieOut &result)
{
    std::vector<Inferred> inferred(size_t(filing.schedules.size()));
    std::atomic<qsizetype> next = 0;
    const auto work = [&filing, &inferred, &next] {
        const CheckBuilder builder(filing);
        for (qsizetype s = next++; s < filing.schedules.size(); s = next++)
            inferred[size_t(s)] = infer(filing, builder, s);
    };
    std::future<void> other = std::async(std::launch::async, work);
    work();
    other.get();
    result.structures.reserve(filing.schedules.size());
    for (Inferred &schedule : inferred) {
        result.structures.append(std::move(schedule.structure));
        result.checks += std::move(schedule.checks);
    }
}

} // namespace

TieOut TieOutChecker::run(const Filing &filing)
{
    TieOut result;
    inferStructures(filing, result);
    const CheckBuilder builder(filing);
    result.checks += balanceChecks(filing, builder);
    result.checks += RatioChecks::perShare(filing);
    result.checks += RatioChecks::margins(filing);
    CrossScheduleMatcher::match(filing, result.checks);
    result.checks += HolderChecks::check(filing);
    // Kept as long as the filing is open: without the room left to grow.
    result.checks.squeeze();
    return result;
}
