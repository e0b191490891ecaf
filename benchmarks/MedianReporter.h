// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <benchmark/benchmark.h>

// Collects every repetition of every benchmark, for the budget table: the
// median of the repetitions' times, and the largest value a benchmark
// reported in a counter (the worst frame of a scroll).
class MedianReporter : public benchmark::BenchmarkReporter
{
public:
    bool ReportContext(const Context &context) override;
    void ReportRuns(const std::vector<Run> &runs) override;

    // Median wall time per iteration in milliseconds; negative when the
    // benchmark did not run.
    double medianMs(const QString &name) const;
    double largestCounter(const QString &name, const QString &counter) const;

    // The median of some measurements; they must not be empty.
    static double median(QList<double> values);

private:
    QHash<QString, QList<double>> m_times;
    QHash<QString, double> m_largest;
};
