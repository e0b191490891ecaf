// SPDX-License-Identifier: GPL-3.0-or-later
// Import and analysis: the bundled release, and synthetic releases of 1 and
// 10 MB, a guard that the importer and the analysis stay linear and quick.
#include "BenchmarkData.h"

#include "checks/TieOutChecker.h"
#include "import/FilingImporter.h"
#include "tracing/AdjustmentTracer.h"

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
BENCHMARK(importAndAnalyse)->Arg(1)->Arg(10)->Unit(benchmark::kMillisecond);

} // namespace
