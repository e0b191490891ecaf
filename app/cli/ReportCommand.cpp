// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "ConsoleOutput.h"
#include "SubcommandOptions.h"
#include "charts/ChartExporter.h"
#include "import/FilingImporter.h"
#include "report/ReportBuilder.h"
#include "report/ReportPainter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QPageSize>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    return SubcommandOptions::fail(u"report"_s, message);
}

} // namespace

int ReportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Write the GAAP to non-GAAP reconciliation report of FILE as PDF."_s);
    parser.addHelpOption();
    const QCommandLineOption paper(u"paper"_s, u"A4 or Letter (default: after the locale, Letter in the US)."_s,
                                   u"SIZE"_s);
    const QCommandLineOption landscape(u"landscape"_s, u"Landscape pages."_s);
    const QCommandLineOption noChart(u"no-chart"_s, u"Leave out the bridge charts."_s);
    const QCommandLineOption out(u"out"_s, u"The PDF to write."_s, u"FILE.pdf"_s);
    parser.addOptions({paper, landscape, noChart, out});
    parser.addPositionalArgument(u"FILE"_s, u"The filing; none: the bundled earnings release."_s, u"[FILE]"_s);
    if (const std::optional<int> stop = SubcommandOptions::parse(parser, arguments))
        return *stop;
    if (!parser.isSet(out))
        return fail(u"--out FILE.pdf is required"_s);
    if (parser.positionalArguments().size() > 1)
        return fail(u"one FILE at a time: a report is one filing's"_s);

    QPageLayout layout = ReportPainter::defaultLayout();
    if (parser.isSet(paper)) {
        const QString size = parser.value(paper).toLower();
        if (size != u"a4" && size != u"letter")
            return fail(u"--paper takes A4 or Letter, not \"%1\""_s.arg(parser.value(paper)));
        layout.setPageSize(QPageSize(size == u"a4" ? QPageSize::A4 : QPageSize::Letter));
    }
    if (parser.isSet(landscape))
        layout.setOrientation(QPageLayout::Landscape);

    const QString input = parser.positionalArguments().value(0, FilingImporter::bundledRelease());
    const ImportResult result = FilingImporter::importFile(input);
    for (const Diagnostic &d : result.diagnostics)
        ConsoleOutput::err(d.toString() + u'\n');
    if (!result.filing)
        return 2;
    const FilingAnalysisPtr analysis = FilingAnalysis::analyze(*result.filing);
    ReportBuilder::Options options;
    if (!parser.isSet(noChart))
        options.charts = ChartExporter::reportDrawing();
    QString error;
    const std::optional<Report> report = ReportBuilder::reconciliation(analysis, options, &error);
    if (!report)
        return fail(error);
    const QString path = parser.value(out);
    error = ReportPainter::writePdf(*report, path, layout);
    if (!error.isEmpty())
        return fail(error);
    ConsoleOutput::out(
        u"%1: %2 → %3 (%4 pages)\n"_s.arg(result.filing->fileName(), report->title, QDir::toNativeSeparators(path))
            .arg(ReportPainter::pageCount(*report, layout)));
    return 0;
}
