// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportChartCommand.h"

#include "ConsoleOutput.h"
#include "SubcommandOptions.h"
#include "analysis/FilingAnalysis.h"
#include "chartdata/ChartBuilder.h"
#include "charts/ChartExporter.h"
#include "import/FilingImporter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    return SubcommandOptions::fail(u"export-chart"_s, message);
}

// With several filings, each chart goes to OUT with the filing's name
// before the extension: out.png, a.txt, b.txt → out-a.png, out-b.png.
QString outputFor(const QString &out, const QString &input, bool several)
{
    if (!several)
        return out;
    const QFileInfo info(out);
    const QString name = u"%1-%2.%3"_s.arg(info.completeBaseName(), QFileInfo(input).completeBaseName(), info.suffix());
    return info.dir().filePath(name);
}

} // namespace

int ExportChartCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Draw a chart of each filing to FILE (PNG, JPG, PDF or SVG, after the extension)."_s);
    parser.addHelpOption();
    const QCommandLineOption chart(u"chart"_s, u"The chart: %1."_s.arg(ChartData::standardIds().join(u", "_s)),
                                   u"ID"_s);
    const QCommandLineOption width(u"width"_s, u"Width in pixels (default 1600)."_s, u"W"_s, u"1600"_s);
    const QCommandLineOption height(u"height"_s, u"Height in pixels (default 1000)."_s, u"H"_s, u"1000"_s);
    const QCommandLineOption scale(u"scale"_s, u"Pixels per unit of PNG and JPG (default 2: 3200 x 2000)."_s, u"S"_s,
                                   u"2"_s);
    const QCommandLineOption out(
        u"out"_s, u"The file to write; with several FILEs, each filing's name is added before the extension."_s,
        u"FILE"_s);
    parser.addOptions({chart, width, height, scale, out});
    parser.addPositionalArgument(u"FILE"_s, u"Filings to chart; none: the bundled earnings release."_s, u"[FILE...]"_s);
    if (const std::optional<int> stop = SubcommandOptions::parse(parser, arguments))
        return *stop;

    const std::optional<ChartData::Kind> kind = ChartData::kindOf(parser.value(chart));
    if (!parser.isSet(chart))
        return fail(u"--chart is required: one of %1"_s.arg(ChartData::standardIds().join(u", "_s)));
    if (!kind)
        return fail(u"unknown chart \"%1\"; the charts are %2"_s.arg(parser.value(chart),
                                                                     ChartData::standardIds().join(u", "_s)));
    if (!parser.isSet(out))
        return fail(u"--out FILE is required"_s);
    bool widthOk = false;
    bool heightOk = false;
    bool scaleOk = false;
    const ChartExporter::Size size{parser.value(width).toInt(&widthOk), parser.value(height).toInt(&heightOk),
                                   parser.value(scale).toDouble(&scaleOk)};
    if (!widthOk || !heightOk || !scaleOk)
        return fail(u"--width and --height take whole numbers and --scale a number: %1 x %2 at %3"_s.arg(
            parser.value(width), parser.value(height), parser.value(scale)));

    QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty())
        inputs << FilingImporter::bundledRelease();
    int status = 0;
    for (const QString &input : std::as_const(inputs)) {
        const ImportResult result = FilingImporter::importFile(input);
        for (const Diagnostic &d : result.diagnostics)
            ConsoleOutput::err(d.toString() + u'\n');
        if (!result.filing) {
            status = SubcommandOptions::Usage;
            continue;
        }
        const QString name = result.filing->fileName();
        const FilingAnalysisPtr analysis = FilingAnalysis::analyze(*result.filing);
        const ChartData data = ChartBuilder::build(*analysis, *kind);
        if (!data.isAvailable()) {
            status = fail(u"%1: the %2 chart is not available for this filing: %3"_s.arg(name, parser.value(chart),
                                                                                         data.unavailable));
            continue;
        }
        const QString path = outputFor(parser.value(out), name, inputs.size() > 1);
        const QString error = ChartExporter::save(data, path, size);
        if (!error.isEmpty()) {
            status = fail(error);
            continue;
        }
        ConsoleOutput::out(u"%1: %2 → %3\n"_s.arg(name, data.title, QDir::toNativeSeparators(path)));
    }
    return status;
}
