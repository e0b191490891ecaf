// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectCommand.h"

#include "ConsoleOutput.h"
#include "export/FilingJson.h"
#include "import/FilingImporter.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QString summary(const Filing &filing)
{
    QString text = u"%1: %2 \"%3\"\n"_s.arg(filing.path, filing.kindName(), filing.title);
    if (!filing.company.isEmpty())
        text += u"  company: %1\n"_s.arg(filing.company);
    for (const Schedule &schedule : filing.schedules) {
        QStringList periods;
        for (const Period &period : schedule.periods)
            periods << period.label();
        text += u"  schedule \"%1\" (%2): %3 rows; %4\n"_s.arg(schedule.title, schedule.scaleName())
                        .arg(schedule.rows.size())
                        .arg(periods.join(u" | "_s));
    }
    for (const Note &note : filing.notes)
        text += u"  note %1: %2 (%3 clauses)\n"_s.arg(note.letter, note.title).arg(note.clauses.size());
    if (filing.offering) {
        const OfferingFacts &o = *filing.offering;
        text += u"  offering: %1, %2; principal %3; shares issuable %4; conversion price %5; shares outstanding %6\n"_s
                        .arg(o.issuer, o.security, o.principal.toPlainString(), o.sharesIssuable.toPlainString(),
                             o.conversionPrice.toPlainString(), o.sharesOutstanding.toPlainString());
    }
    text += u"  %1 warnings\n"_s.arg(filing.warnings.size());
    return text;
}

} // namespace

int InspectCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Print what Tieout reads from each filing."_s);
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, u"Print JSON (see docs/json.md)."_s);
    parser.addOption(json);
    parser.addPositionalArgument(u"FILE"_s, u"Filings to read; none: the bundled filings."_s, u"[FILE...]"_s);
    if (!parser.parse(arguments)) {
        ConsoleOutput::err(u"tieout inspect: %1\n"_s.arg(parser.errorText()));
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
    QJsonArray filings;
    QString text;
    for (const QString &file : std::as_const(files)) {
        const ImportResult result = FilingImporter::importFile(file);
        for (const Diagnostic &d : result.diagnostics)
            ConsoleOutput::err(d.toString() + u'\n');
        if (!result.filing) {
            status = 2;
            continue;
        }
        filings.append(FilingJson::toJson(*result.filing));
        text += summary(*result.filing);
    }
    if (parser.isSet(json))
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(QJsonObject{{u"filings"_s, filings}}).toJson(QJsonDocument::Indented)));
    else
        ConsoleOutput::out(text);
    return status;
}
