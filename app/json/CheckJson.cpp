// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckJson.h"

#include "CalculationJson.h"
#include "RowRefJson.h"
#include "checks/CheckText.h"
#include "checks/TieOutCount.h"
#include "filing/Filing.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QString verdictName(CheckLine::Verdict verdict)
{
    switch (verdict) {
    case CheckLine::Verdict::Pass: return u"pass"_s;
    case CheckLine::Verdict::Fail: return u"fail"_s;
    case CheckLine::Verdict::Skipped: return u"skipped"_s;
    }
    return {};
}

QJsonObject rowJson(const Filing &filing, const RowRef &ref, int weight)
{
    QJsonObject object = RowRefJson::toJson(filing, ref);
    object.insert(u"weight"_s, weight);
    return object;
}

int calculationsPassed(const TieOut &tieOut)
{
    return int(std::count_if(tieOut.calculations.cbegin(), tieOut.calculations.cend(),
                             [](const CalculationResult &c) { return c.verdict == CalculationResult::Verdict::Pass; }));
}

// How many calculations came to each verdict: {"pass": 12, "fail": 1, "not-bound": 3}.
QJsonObject calculationCounts(const TieOut &tieOut)
{
    QJsonObject counts;
    for (const CalculationResult &result : tieOut.calculations) {
        const QString name = CalculationResult::verdictName(result.verdict);
        counts.insert(name, counts.value(name).toInt() + 1);
    }
    return counts;
}

} // namespace

QJsonObject CheckJson::toJson(const Filing &filing, const Check &check)
{
    QJsonArray terms;
    for (const Check::Term &term : check.terms)
        terms.append(rowJson(filing, term.row, term.weight));
    const CheckText text(filing);
    QJsonArray periods;
    for (const CheckLine &p : text.periods(check)) {
        periods.append(QJsonObject{{u"period"_s, p.period},
                                   {u"reported"_s, p.reported},
                                   {u"computed"_s, p.computed},
                                   {u"difference"_s, p.difference},
                                   {u"verdict"_s, verdictName(p.verdict)},
                                   {u"line"_s, p.location.line},
                                   {u"column"_s, p.location.column}});
    }
    return {{u"kind"_s, Check::kindName(check.kind)},
            {u"description"_s, text.description(check)},
            {u"verdict"_s, check.passed() ? u"pass"_s : u"fail"_s},
            {u"target"_s, rowJson(filing, check.target, 1)},
            {u"terms"_s, terms},
            {u"periods"_s, periods}};
}

QJsonObject CheckJson::toJson(const Filing &filing, const TieOut &tieOut)
{
    QJsonArray checks;
    for (const Check &check : tieOut.failuresFirst())
        checks.append(toJson(filing, check));
    // The filing's own calculations, inconsistent ones first.
    for (const bool failing : {true, false}) {
        for (const CalculationResult &result : tieOut.calculations) {
            if ((result.verdict == CalculationResult::Verdict::Fail) == failing)
                checks.append(CalculationJson::toJson(filing.xbrl, result));
        }
    }
    QJsonArray unexplained;
    for (qsizetype s = 0; s < tieOut.structures.size(); ++s) {
        for (const qsizetype r : tieOut.structures[s].unexplained)
            unexplained.append(rowJson(filing, {s, r}, 1));
    }
    const TieOutCount count = TieOutCount::of(tieOut.checks);
    return {{u"file"_s, filing.path},
            {u"checks"_s, checks},
            {u"unexplained"_s, unexplained},
            {u"summary"_s, QJsonObject{{u"checks"_s, int(tieOut.checks.size() + tieOut.calculations.size())},
                                       {u"passed"_s, tieOut.passed() + calculationsPassed(tieOut)},
                                       {u"failed"_s, tieOut.failed() + tieOut.calculationsFailed()},
                                       {u"calculations"_s, calculationCounts(tieOut)},
                                       {u"figures"_s, count.figures},
                                       {u"failedFigures"_s, count.failed}}}};
}
