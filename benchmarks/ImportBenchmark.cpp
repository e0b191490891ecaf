// SPDX-License-Identifier: GPL-3.0-or-later
// Import and analysis: the bundled release, and synthetic releases of 1, 10
// and 50 MB against the plainest way to read the same file into lines.
#include "BenchmarkData.h"

#include "tracing/AdjustmentTracer.h"
#include "checks/TieOutChecker.h"
#include "import/FilingImporter.h"

#include <QFile>
#include <QFileInfo>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

namespace {

void bundledImport(benchmark::State &state)
{
    const QString path = FilingImporter::bundledRelease();
    for (auto _ : state)
        benchmark::DoNotOptimize(FilingImporter::importFile(path));
}
BENCHMARK(bundledImport)->Unit(benchmark::kMicrosecond);

void bundledTieOut(benchmark::State &state)
{
    const FilingAnalysisPtr analysis = BenchmarkData::bundledRelease();
    for (auto _ : state)
        benchmark::DoNotOptimize(TieOutChecker::run(analysis->filing));
}
BENCHMARK(bundledTieOut)->Unit(benchmark::kMicrosecond);

void bundledTrace(benchmark::State &state)
{
    const FilingAnalysisPtr analysis = BenchmarkData::bundledRelease();
    for (auto _ : state)
        benchmark::DoNotOptimize(AdjustmentTracer::trace(analysis->filing, analysis->tieOut));
}
BENCHMARK(bundledTrace)->Unit(benchmark::kMicrosecond);

// The floor: read the file, decode it and split it into lines, nothing else.
void readAndSplit(benchmark::State &state)
{
    const QString path = BenchmarkData::syntheticFile(int(state.range(0)));
    for (auto _ : state) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            state.SkipWithError("cannot read the synthetic release");
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
        benchmark::DoNotOptimize(lines.size());
    }
    state.SetBytesProcessed(state.iterations() * QFileInfo(path).size());
}
BENCHMARK(readAndSplit)->Arg(1)->Arg(10)->Arg(50)->Unit(benchmark::kMillisecond);

void importAndAnalyse(benchmark::State &state)
{
    const QString path = BenchmarkData::syntheticFile(int(state.range(0)));
    for (auto _ : state) {
        const FilingAnalysisPtr analysis = BenchmarkData::analyse(path);
        if (!analysis)
            state.SkipWithError("the synthetic release does not import");
        benchmark::DoNotOptimize(analysis.get());
    }
    state.SetBytesProcessed(state.iterations() * QFileInfo(path).size());
}
BENCHMARK(importAndAnalyse)->Arg(1)->Arg(10)->Arg(50)->Unit(benchmark::kMillisecond);

} // namespace
