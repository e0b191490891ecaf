// SPDX-License-Identifier: GPL-3.0-or-later
// Exports of the bundled release: the bridge chart to a 3200×2000 PNG and
// the reconciliation report, charts included, to PDF; and the Excel
// workbook of the release and of the largest inline XBRL document.
#include "BenchmarkData.h"
#include "charts/ChartExporter.h"

#include "chartdata/ChartBuilder.h"
#include "report/ReportBuilder.h"
#include "report/ReportPainter.h"
#include "workbook/WorkbookWriter.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

namespace {

void chartToPng(benchmark::State &state)
{
    const ChartData chart = ChartBuilder::build(*BenchmarkData::bundledRelease(), ChartData::Kind::BridgeNetIncome);
    const QTemporaryDir folder;
    const QString path = folder.filePath(u"bridge.png"_s);
    for (auto _ : state) {
        if (!ChartExporter::save(chart, path, {1600, 1000, 2.0}).isEmpty())
            state.SkipWithError("the chart was not written");
    }
}
BENCHMARK(chartToPng)->Unit(benchmark::kMillisecond);

void reportToPdf(benchmark::State &state)
{
    const FilingAnalysisPtr analysis = BenchmarkData::bundledRelease();
    const QTemporaryDir folder;
    const QString path = folder.filePath(u"reconciliation.pdf"_s);
    for (auto _ : state) {
        ReportBuilder::Options options;
        options.charts = ChartExporter::reportDrawing();
        QString error;
        const std::optional<Report> report = ReportBuilder::reconciliation(analysis, options, &error);
        if (!report || !ReportPainter::writePdf(*report, path, ReportPainter::defaultLayout()).isEmpty())
            state.SkipWithError("the report was not written");
    }
}
BENCHMARK(reportToPdf)->Unit(benchmark::kMillisecond);

// File > Export Workbook, opening excluded: /0 the bundled release, /1 the
// largest inline XBRL document (a sheet per table, a comment per tagged figure).
void workbookExport(benchmark::State &state)
{
    const FilingAnalysisPtr analysis =
        state.range(0) == 0 ? BenchmarkData::bundledRelease() : BenchmarkData::analyse(BenchmarkData::inlineXbrlFile());
    if (!analysis) {
        state.SkipWithError("no inline XBRL document on this machine");
        return;
    }
    const QTemporaryDir folder;
    const QString path = folder.filePath(u"filing.xlsx"_s);
    for (auto _ : state) {
        if (!WorkbookWriter::write({{analysis, {}}}, path).ok())
            state.SkipWithError("the workbook was not written");
    }
    state.counters["sheets"] = double(analysis->filing.schedules.size());
}
BENCHMARK(workbookExport)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

} // namespace
