// SPDX-License-Identifier: GPL-3.0-or-later
#include "MedianReporter.h"

#include <algorithm>
#include <cstdio>

bool MedianReporter::ReportContext(const Context &)
{
    return true;
}

void MedianReporter::ReportRuns(const std::vector<Run> &runs)
{
    for (const Run &run : runs) {
        if (run.run_type != Run::RT_Iteration || run.error_occurred)
            continue;
        const QString name = QString::fromStdString(run.run_name.str());
        // GetAdjustedRealTime is per iteration, in the benchmark's unit.
        m_times[name].append(1000.0 * run.GetAdjustedRealTime() / benchmark::GetTimeUnitMultiplier(run.time_unit));
        for (const auto &[counter, value] : run.counters) {
            double &largest = m_largest[name + u'/' + QString::fromStdString(counter)];
            largest = std::max(largest, double(value));
        }
        std::fprintf(stderr, "  %-28s %10.3f ms\n", run.run_name.str().c_str(), m_times[name].constLast());
    }
}

double MedianReporter::medianMs(const QString &name) const
{
    const QList<double> times = m_times.value(name);
    return times.isEmpty() ? -1 : median(times);
}

double MedianReporter::median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

double MedianReporter::largestCounter(const QString &name, const QString &counter) const
{
    return m_largest.value(name + u'/' + counter, -1);
}
