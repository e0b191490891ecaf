// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommand.h"

#include "ConsoleOutput.h"
#include "analysis/CheckJson.h"
#include "analysis/TieOutChecker.h"
#include "import/FilingImporter.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QString text(const Filing &filing, const TieOut &tieOut)
{
    QString out = u"%1: %2\n"_s.arg(filing.path, filing.title);
    for (const Check &check : tieOut.failuresFirst()) {
        out += u"  %1 [%2] %3: %4\n"_s.arg(check.passed() ? u"ok  "_s : u"FAIL"_s, Check::kindName(check.kind),
                                           check.schedule, check.description);
        if (check.passed())
            continue;
        for (const CheckPeriod &p : check.periods) {
            if (p.verdict != CheckPeriod::Verdict::Fail)
                continue;
            out += u"      %1:%2:%3: %4: reported %5, computed %6, difference %7\n"_s.arg(
                    filing.path, QString::number(p.location.line), QString::number(p.location.column), p.period,
                    p.reported, p.computed, p.difference.isEmpty() ? u"n/a"_s : p.difference);
        }
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
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Check that every total of each filing ties, within rounding."_s);
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, u"Print JSON (see docs/json.md)."_s);
    parser.addOption(json);
    parser.addPositionalArgument(u"FILE"_s, u"Filings to check; none: the bundled filings."_s, u"[FILE...]"_s);
    if (!parser.parse(arguments)) {
        ConsoleOutput::err(u"tieout check: %1\n"_s.arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        ConsoleOutput::out(parser.helpText());
        return 0;
    }
    QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        files = FilingImporter::bundledFilings();

    bool unreadable = false;
    int checks = 0;
    int failed = 0;
    QJsonArray reports;
    QString out;
    for (const QString &file : std::as_const(files)) {
        const ImportResult result = FilingImporter::importFile(file);
        for (const Diagnostic &d : result.diagnostics)
            ConsoleOutput::err(d.toString() + u'\n');
        if (!result.filing) {
            unreadable = true;
            continue;
        }
        const TieOut tieOut = TieOutChecker::run(*result.filing);
        checks += int(tieOut.checks.size());
        failed += tieOut.failed();
        reports.append(CheckJson::toJson(*result.filing, tieOut));
        out += text(*result.filing, tieOut);
    }
    const QString summary = u"%1 checks, %2 passed, %3 failed"_s.arg(checks).arg(checks - failed).arg(failed);
    if (parser.isSet(json)) {
        const QJsonObject root{{u"filings"_s, reports},
                               {u"summary"_s, QJsonObject{{u"checks"_s, checks},
                                                          {u"passed"_s, checks - failed},
                                                          {u"failed"_s, failed}}}};
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
    } else {
        ConsoleOutput::out(out + summary + u'\n');
    }
    if (unreadable)
        return 2;
    return failed > 0 ? 1 : 0;
}
