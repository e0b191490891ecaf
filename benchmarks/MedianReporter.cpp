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
    QList<double> times = m_times.value(name);
    if (times.isEmpty())
        return -1;
    std::sort(times.begin(), times.end());
    const qsizetype middle = times.size() / 2;
    return times.size() % 2 == 1 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
}

double MedianReporter::largestCounter(const QString &name, const QString &counter) const
{
    return m_largest.value(name + u'/' + counter, -1);
}
