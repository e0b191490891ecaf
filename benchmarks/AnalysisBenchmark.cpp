// SPDX-License-Identifier: GPL-3.0-or-later
// How long importing and analysing the bundled release takes. Speed is
// measured here, never asserted in a unit test.
#include "analysis/AdjustmentTracer.h"
#include "analysis/TieOutChecker.h"
#include "import/FilingImporter.h"

#include <QFile>
#include <QGuiApplication>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray bundledRelease()
{
    for (const QString &path : FilingImporter::bundledFilings()) {
        if (path.contains(u"earnings"_s)) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                return file.readAll();
        }
    }
    return {};
}

void importRelease(benchmark::State &state)
{
    const QByteArray bytes = bundledRelease();
    for (auto _ : state)
        benchmark::DoNotOptimize(FilingImporter::importBytes(bytes, u"release.txt"_s));
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(importRelease)->Unit(benchmark::kMicrosecond);

void tieOutRelease(benchmark::State &state)
{
    const ImportResult imported = FilingImporter::importBytes(bundledRelease(), u"release.txt"_s);
    for (auto _ : state)
        benchmark::DoNotOptimize(TieOutChecker::run(*imported.filing));
}
BENCHMARK(tieOutRelease)->Unit(benchmark::kMicrosecond);

void traceRelease(benchmark::State &state)
{
    const ImportResult imported = FilingImporter::importBytes(bundledRelease(), u"release.txt"_s);
    const TieOut tieOut = TieOutChecker::run(*imported.filing);
    for (auto _ : state)
        benchmark::DoNotOptimize(AdjustmentTracer::trace(*imported.filing, tieOut));
}
BENCHMARK(traceRelease)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
