// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommand.h"

#include "FilingCommand.h"
#include "checks/CalculationText.h"
#include "checks/CheckText.h"
#include "checks/TieOutChecker.h"
#include "checks/TieOutCount.h"
#include "filing/Filing.h"
#include "json/CheckJson.h"

#include <QMap>

using namespace Qt::StringLiterals;

namespace {

QString text(const Filing &filing, const TieOut &tieOut)
{
    const CheckText words(filing);
    QString out = u"%1: %2\n"_s.arg(filing.path, filing.title);
    for (const Check &check : tieOut.failuresFirst()) {
        out += u"  %1 [%2] %3: %4\n"_s.arg(check.passed() ? u"ok  "_s : u"FAIL"_s, Check::kindName(check.kind),
                                           words.schedule(check), words.description(check));
        if (check.passed())
            continue;
        for (const CheckLine &p : words.periods(check)) {
            if (p.verdict != CheckLine::Verdict::Fail)
                continue;
            out += u"      %1:%2:%3: %4: reported %5, computed %6, difference %7\n"_s.arg(
                filing.path, QString::number(p.location.line), QString::number(p.location.column), p.period, p.reported,
                p.computed, p.difference.isEmpty() ? u"n/a"_s : p.difference);
        }
    }
    const CalculationText calculations(filing.xbrl);
    for (const CalculationResult &result : tieOut.calculations) {
        if (result.verdict == CalculationResult::Verdict::Pass
            || result.verdict == CalculationResult::Verdict::NotBound)
            continue;
        const XbrlFact *total = result.totalFact >= 0 ? &filing.xbrl.facts.at(result.totalFact) : nullptr;
        out += u"  %1 [calculation] %2 (%3): %4\n"_s.arg(
            result.verdict == CalculationResult::Verdict::Fail ? u"FAIL"_s : u"note"_s,
            calculations.description(result), calculations.context(result), CalculationText::verdict(result));
        if (total)
            out +=
                u"      %1:%2:%3: %4\n"_s.arg(filing.path, QString::number(total->location.line),
                                              QString::number(total->location.column), calculations.arithmetic(result));
    }
    for (qsizetype s = 0; s < tieOut.structures.size(); ++s) {
        for (const qsizetype r : tieOut.structures[s].unexplained) {
            const Row &row = filing.schedules[s].rows[r];
            out += u"  note: %1:%2: \"%3\" in %4 looks like a total, but no relation explains it\n"_s.arg(
                filing.path, QString::number(row.location.line), row.label, filing.schedules[s].title);
        }
    }
    return out;
}

} // namespace

int CheckCommand::run(const QStringList &arguments)
{
    int checks = 0;
    int failed = 0;
    TieOutCount count;
    QMap<QString, int> calculations; // by verdict name
    int calculationsMade = 0;
    const auto perFiling = [&](const Filing &filing, bool) {
        const TieOut tieOut = TieOutChecker::run(filing);
        checks += int(tieOut.checks.size() + tieOut.calculations.size());
        failed += tieOut.failed() + tieOut.calculationsFailed();
        count.add(TieOutCount::of(tieOut.checks));
        for (const CalculationResult &result : tieOut.calculations)
            ++calculations[CalculationResult::verdictName(result.verdict)];
        calculationsMade += int(tieOut.calculations.size());
        return FilingCommand::Output{text(filing, tieOut), CheckJson::toJson(filing, tieOut)};
    };
    const auto finish = [&](QString &out, QJsonObject &root) {
        // As the window counts: checks, the figures they check, those that fail.
        out += count.summary() + u'\n';
        // An inline XBRL filing's own calculations, by verdict: "182 calculations: 120 pass, 62 not-bound".
        if (calculationsMade > 0) {
            QStringList verdicts;
            for (auto it = calculations.cbegin(); it != calculations.cend(); ++it)
                verdicts << u"%1 %2"_s.arg(it.value()).arg(it.key());
            out += u"%1 calculations: %2\n"_s.arg(calculationsMade).arg(verdicts.join(u", "_s));
        }
        root.insert(u"summary"_s, QJsonObject{{u"checks"_s, checks},
                                              {u"passed"_s, checks - failed},
                                              {u"failed"_s, failed},
                                              {u"figures"_s, count.figures},
                                              {u"failedFigures"_s, count.failed}});
        return failed > 0 ? 1 : 0;
    };
    return FilingCommand::run(arguments, u"Check that every total of each filing ties, within rounding."_s, perFiling,
                              finish);
}
