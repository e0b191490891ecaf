// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceCommand.h"

#include "ConsoleOutput.h"
#include "analysis/AdjustmentTracer.h"
#include "analysis/NarrativeMatcher.h"
#include "analysis/TieOutChecker.h"
#include "analysis/TraceJson.h"
#include "import/FilingImporter.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

int TraceCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Trace every non-GAAP adjustment to its notes and sources."_s);
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, u"Print JSON (see docs/json.md)."_s);
    parser.addOption(json);
    parser.addPositionalArgument(u"FILE"_s, u"A filing; none: the bundled filings."_s, u"[FILE]"_s);
    if (!parser.parse(arguments)) {
        ConsoleOutput::err(u"tieout trace: %1\n"_s.arg(parser.errorText()));
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        ConsoleOutput::out(parser.helpText());
        return 0;
    }
    QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        files = FilingImporter::bundledFilings();

    int status = 0;
    QJsonArray reports;
    QString text;
    for (const QString &file : std::as_const(files)) {
        const ImportResult result = FilingImporter::importFile(file);
        for (const Diagnostic &d : result.diagnostics)
            ConsoleOutput::err(d.toString() + u'\n');
        if (!result.filing) {
            status = 2;
            continue;
        }
        const QList<AdjustmentTrace> traces = AdjustmentTracer::trace(*result.filing, TieOutChecker::run(*result.filing));
        if (traces.isEmpty() && parser.positionalArguments().isEmpty())
            continue; // a bundled filing without a reconciliation
        const QList<NarrativeClaim> claims = NarrativeMatcher::match(*result.filing);
        reports.append(TraceJson::toJson(*result.filing, traces, claims));
        text += TraceJson::toText(*result.filing, traces, claims);
    }
    if (parser.isSet(json))
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"filings"_s, reports}}).toJson(QJsonDocument::Indented)));
    else
        ConsoleOutput::out(text);
    return status;
}
