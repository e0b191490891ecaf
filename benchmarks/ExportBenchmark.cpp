// SPDX-License-Identifier: GPL-3.0-or-later
// Exports of the bundled release: the bridge chart to a 3200×2000 PNG and
// the reconciliation report, charts included, to PDF.
#include "BenchmarkData.h"
#include "charts/ChartExporter.h"

#include "chartdata/ChartBuilder.h"
#include "report/ReportBuilder.h"
#include "report/ReportPainter.h"

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

} // namespace
