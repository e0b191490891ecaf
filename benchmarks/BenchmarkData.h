// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"

#include <QString>

// What the benchmarks run on: synthetic releases written once per run into
// a temporary folder, and analyses of the bundled release and of long
// schedules, kept for the whole run.
class BenchmarkData
{
public:
    // A synthetic release of about `megabytes` MB, written on first use.
    static QString syntheticFile(int megabytes);
    static FilingAnalysisPtr bundledRelease();
    // A filing holding one schedule of `rows` customers (plus subtotals).
    static FilingAnalysisPtr longSchedule(int rows);
    // Import and analysis as the window does it; null when the file fails.
    static FilingAnalysisPtr analyse(const QString &path);
};
