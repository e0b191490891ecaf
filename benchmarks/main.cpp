// SPDX-License-Identifier: GPL-3.0-or-later
// tieout_benchmarks: the Google Benchmark programs of benchmarks/.
//   tieout_benchmarks [benchmark options]   runs them as Google Benchmark does
//   tieout_benchmarks --budgets [--repetitions=N]
//       runs each N times (5 by default), then the start-up and peak memory
//       measurements, and prints the budget table (exit 1 if one is missed)
//   tieout_benchmarks --peak-memory FILE    (used by --budgets)
#include "BenchmarkData.h"
#include "BudgetTable.h"
#include "MedianReporter.h"
#include "PeakMemory.h"
#include "StartupTiming.h"

#include <QApplication>
#include <QFileInfo>

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int StartupRuns = 10;

QString ms(double value)
{
    return value < 10 ? u"%1 ms"_s.arg(value, 0, 'f', 2) : u"%1 ms"_s.arg(value, 0, 'f', 1);
}

// The exponent k of time ∝ size^k, fitted by least squares in log-log.
double growthExponent(const QList<std::pair<double, double>> &sizeAndTime)
{
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const auto &[size, time] : sizeAndTime) {
        const double x = std::log(size);
        const double y = std::log(time);
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    const double n = double(sizeAndTime.size());
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
}

void addImportRows(BudgetTable &table, const MedianReporter &times)
{
    const double read10 = times.medianMs(u"readAndSplit/10"_s);
    const double import10 = times.medianMs(u"importAndAnalyse/10"_s);
    if (read10 <= 0 || import10 <= 0) {
        table.failed(u"Import and analysis of 10 MB"_s, u"≤ 3× and < 1 s"_s, u"a benchmark did not run"_s);
        return;
    }
    table.add(u"Import and analysis of 10 MB ÷ read and split of the same file"_s,
              u"%1 ÷ %2 = %3×"_s.arg(ms(import10), ms(read10)).arg(import10 / read10, 0, 'f', 2), u"≤ 3×"_s,
              import10 <= 3 * read10);
    table.add(u"Import and analysis of 10 MB"_s, ms(import10), u"< 1000 ms"_s, import10 < 1000);
    QList<std::pair<double, double>> points;
    QStringList shown;
    for (const int mb : {1, 10, 50}) {
        const double time = times.medianMs(u"importAndAnalyse/%1"_s.arg(mb));
        if (time <= 0)
            return table.failed(u"Growth from 1 to 50 MB"_s, u"≤ 1.00"_s, u"a benchmark did not run"_s);
        points.append({double(QFileInfo(BenchmarkData::syntheticFile(mb)).size()), time});
        shown << u"%1 MB: %2"_s.arg(mb).arg(ms(time));
    }
    const double exponent = growthExponent(points);
    table.add(u"Growth of import and analysis from 1 to 50 MB (fitted exponent)"_s,
              u"%1 (%2)"_s.arg(exponent, 0, 'f', 2).arg(shown.join(u", "_s)), u"≤ 1.00 (linear)"_s,
              exponent <= 1.0);
}

void addMemoryRows(BudgetTable &table, const QString &self)
{
    for (const int mb : {10, 50}) {
        const QString path = BenchmarkData::syntheticFile(mb);
        const double size = double(QFileInfo(path).size());
        const qint64 peak = PeakMemory::measure(self, path);
        const QString budget = u"Peak memory of import and analysis, %1 MB file"_s.arg(mb);
        if (peak < 0) {
            table.failed(budget, u"< 5× the file"_s, u"the measuring process failed"_s);
            continue;
        }
        table.add(budget, u"%1 MB = %2× the file"_s.arg(double(peak) / 1e6, 0, 'f', 1).arg(double(peak) / size, 0, 'f', 2),
                  u"< 5× the file"_s, double(peak) < 5 * size);
    }
}

void addStartupRow(BudgetTable &table)
{
    const StartupTiming::Result startup = StartupTiming::compare(QStringLiteral(TIEOUT_BASELINE_EXECUTABLE),
                                                                 QStringLiteral(TIEOUT_EXECUTABLE),
                                                                 {u"--self-test"_s}, StartupRuns);
    const QString budget = u"Start-up: `tieout --self-test` ÷ the baseline window (%1 runs each, in turn)"_s.arg(StartupRuns);
    if (!startup.error.isEmpty())
        return table.failed(budget, u"≤ 1.5×"_s, startup.error);
    const double ratio = startup.programMs / startup.baselineMs;
    table.add(budget, u"%1 ÷ %2 = %3×"_s.arg(ms(startup.programMs), ms(startup.baselineMs)).arg(ratio, 0, 'f', 2),
              u"≤ 1.5×"_s, ratio <= 1.5);
}

void addTimeRow(BudgetTable &table, const MedianReporter &times, const QString &budget, const QString &name,
                double limitMs)
{
    const double time = times.medianMs(name);
    if (time < 0)
        return table.failed(budget, u"< %1"_s.arg(ms(limitMs)), u"the benchmark did not run"_s);
    table.add(budget, ms(time), u"< %1"_s.arg(ms(limitMs)), time < limitMs);
}

int runBudgets(const char *self, int repetitions)
{
    std::string repeat = "--benchmark_repetitions=" + std::to_string(repetitions);
    std::vector<char *> arguments{const_cast<char *>(self), repeat.data()};
    int count = int(arguments.size());
    benchmark::Initialize(&count, arguments.data());
    MedianReporter times;
    std::fprintf(stderr, "Benchmarks, %d repetitions each:\n", repetitions);
    benchmark::RunSpecifiedBenchmarks(&times);

    BudgetTable table;
    std::fprintf(stderr, "Start-up, %d runs each …\n", StartupRuns);
    addStartupRow(table);
    addImportRows(table, times);
    std::fprintf(stderr, "Peak memory …\n");
    addMemoryRows(table, QString::fromLocal8Bit(self));
    const double worst = times.largestCounter(u"scheduleScrollFrame"_s, u"worst_ms"_s);
    addTimeRow(table, times, u"Scroll a 100,000-row schedule: paint of one viewport"_s, u"scheduleScrollFrame"_s, 16);
    table.add(u"Scroll a 100,000-row schedule: the slowest frame of all"_s, ms(worst), u"< 16 ms"_s,
              worst >= 0 && worst < 16);
    addTimeRow(table, times, u"Model data() for one screen (60 rows, every column and role)"_s,
               u"scheduleScreenData"_s, 1);
    addTimeRow(table, times, u"Chart to a 3200×2000 PNG"_s, u"chartToPng"_s, 150);
    addTimeRow(table, times, u"Reconciliation report to PDF"_s, u"reportToPdf"_s, 500);
    std::fputs(qPrintable(u"\n"_s + table.toMarkdown()), stdout);
    benchmark::Shutdown();
    return table.allMet() ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--peak-memory") == 0) {
        QCoreApplication app(argc, argv);
        return PeakMemory::measureHere(QString::fromLocal8Bit(argv[2]));
    }
    bool budgets = false;
    int repetitions = 5;
    std::vector<char *> rest;
    for (int i = 0; i < argc; ++i) {
        if (std::strcmp(argv[i], "--budgets") == 0)
            budgets = true;
        else if (std::strncmp(argv[i], "--repetitions=", 14) == 0)
            repetitions = std::max(1, std::atoi(argv[i] + 14));
        else
            rest.push_back(argv[i]);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int count = int(rest.size());
    QApplication app(count, rest.data());
    if (budgets)
        return runBudgets(argv[0], repetitions);
    benchmark::Initialize(&count, rest.data());
    if (benchmark::ReportUnrecognizedArguments(count, rest.data()))
        return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
