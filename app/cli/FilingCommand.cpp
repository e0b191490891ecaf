// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilingCommand.h"

#include "ConsoleOutput.h"
#include "SubcommandOptions.h"
#include "import/FilingImporter.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

int FilingCommand::run(const QStringList &arguments, const QString &description, const PerFiling &perFiling,
                       const std::function<int(QString &, QJsonObject &)> &finish)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    const QCommandLineOption json(
        u"json"_s, u"Print JSON (its format: json.md in the documentation, /usr/share/doc/tieout when installed)."_s);
    parser.addOption(json);
    parser.addPositionalArgument(u"FILE"_s, u"Filings to read; none: the bundled filings."_s, u"[FILE...]"_s);
    if (const std::optional<int> stop = SubcommandOptions::parse(parser, arguments))
        return *stop;
    const bool named = !parser.positionalArguments().isEmpty();
    const QStringList files = named ? parser.positionalArguments() : FilingImporter::bundledFilings();

    bool unreadable = false;
    QJsonArray filings;
    QString text;
    for (const QString &file : std::as_const(files)) {
        const ImportResult result = FilingImporter::importFile(file);
        for (const Diagnostic &d : result.diagnostics)
            ConsoleOutput::err(d.toString() + u'\n');
        if (!result.filing) {
            unreadable = true;
            continue;
        }
        const Output output = perFiling(*result.filing, named);
        if (output.skip)
            continue;
        filings.append(output.json);
        text += output.text;
    }
    QJsonObject root{{u"filings"_s, filings}};
    const int status = finish ? finish(text, root) : 0;
    if (parser.isSet(json))
        ConsoleOutput::out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
    else
        ConsoleOutput::out(text);
    return unreadable ? 2 : status;
}
