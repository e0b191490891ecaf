// SPDX-License-Identifier: GPL-3.0-or-later
// Import and analysis: the bundled release, and synthetic releases of 1 and
// 10 MB, a guard that the importer and the analysis stay linear and quick;
// the same in HTML, the largest real release, and the HTML importer's parse
// beside gumbo's own on the same bytes.
#include "BenchmarkData.h"

#include "checks/TieOutChecker.h"
#include "import/FilingImporter.h"
#include "import/HtmlDocument.h"
#include "import/SourceText.h"
#include "tracing/AdjustmentTracer.h"

#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

#include <benchmark/benchmark.h>
#include <gumbo.h>

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

// Import and analysis of a file, as the window does it, in bytes per second.
void timeAnalysis(benchmark::State &state, const QString &path)
{
    for (auto _ : state) {
        const FilingAnalysisPtr analysis = BenchmarkData::analyse(path);
        if (!analysis)
            state.SkipWithError("the file does not import");
        benchmark::DoNotOptimize(analysis.get());
    }
    state.SetBytesProcessed(state.iterations() * QFileInfo(path).size());
}

void importAndAnalyse(benchmark::State &state)
{
    timeAnalysis(state, BenchmarkData::syntheticFile(int(state.range(0))));
}
BENCHMARK(importAndAnalyse)->Arg(1)->Arg(10)->Unit(benchmark::kMillisecond);

void htmlImportAndAnalyse(benchmark::State &state)
{
    timeAnalysis(state, BenchmarkData::syntheticHtmlFile(int(state.range(0))));
}
BENCHMARK(htmlImportAndAnalyse)->Arg(1)->Arg(3)->Unit(benchmark::kMillisecond);

// The largest release of ../shared/edgar (East West Bancorp's, 2 MB), as the window opens it.
void edgarLargestRelease(benchmark::State &state)
{
    const QString path = BenchmarkData::largestEdgarRelease();
    if (path.isEmpty()) {
        state.SkipWithError("no ../shared/edgar/releases on this machine (set TIEOUT_EDGAR_DIR)");
        return;
    }
    timeAnalysis(state, path);
}
BENCHMARK(edgarLargestRelease)->Unit(benchmark::kMillisecond);

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// gumbo's own parse and the HTML importer's (gumbo's, then the walk that
// turns its tree into blocks and cells) of the same 10 MB of HTML.
void gumboParse(benchmark::State &state)
{
    const QByteArray html = bytesOf(BenchmarkData::syntheticHtmlFile(int(state.range(0))));
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // as HtmlDocument asks it
    for (auto _ : state) {
        GumboOutput *output = gumbo_parse_with_options(&options, html.constData(), size_t(html.size()));
        benchmark::DoNotOptimize(output);
        gumbo_destroy_output(&kGumboDefaultOptions, output);
    }
    state.SetBytesProcessed(state.iterations() * html.size());
}
BENCHMARK(gumboParse)->Arg(3)->Unit(benchmark::kMillisecond);

void htmlDocumentParse(benchmark::State &state)
{
    const SourceText source(QString::fromUtf8(bytesOf(BenchmarkData::syntheticHtmlFile(int(state.range(0))))));
    for (auto _ : state)
        benchmark::DoNotOptimize(HtmlDocument::parse(source));
    state.SetBytesProcessed(state.iterations() * source.text().size());
}
BENCHMARK(htmlDocumentParse)->Arg(3)->Unit(benchmark::kMillisecond);

// An inline XBRL document opened as the window opens it (parse, facts,
// tables, analysis), beside a bare QXmlStreamReader pass over the same
// bytes: the largest real one (0) and one of 20 MB.
void inlineXbrlOpen(benchmark::State &state)
{
    const QString path = BenchmarkData::inlineXbrlFile(int(state.range(0)));
    if (path.isEmpty()) {
        state.SkipWithError("no ../shared/edgar/ixbrl on this machine (set TIEOUT_EDGAR_DIR)");
        return;
    }
    timeAnalysis(state, path);
}
BENCHMARK(inlineXbrlOpen)->Arg(0)->Arg(20)->Unit(benchmark::kMillisecond);

void xmlStreamPass(benchmark::State &state)
{
    const QString path = BenchmarkData::inlineXbrlFile(int(state.range(0)));
    if (path.isEmpty()) {
        state.SkipWithError("no ../shared/edgar/ixbrl on this machine (set TIEOUT_EDGAR_DIR)");
        return;
    }
    const QByteArray bytes = bytesOf(path);
    for (auto _ : state) {
        QXmlStreamReader xml(bytes);
        qint64 tokens = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            ++tokens;
        }
        if (xml.hasError())
            state.SkipWithError("the document is not well-formed");
        benchmark::DoNotOptimize(tokens);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(xmlStreamPass)->Arg(0)->Arg(20)->Unit(benchmark::kMillisecond);

} // namespace
