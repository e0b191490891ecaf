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
    // The synthetic release of about `megabytes` MB of text, in HTML as an
    // exhibit is filed (three to four times the bytes), written on first use.
    static QString syntheticHtmlFile(int megabytes);
    // The largest release of ../shared/edgar/releases (or TIEOUT_EDGAR_DIR);
    // empty when the folder is absent.
    static QString largestEdgarRelease();
    // The largest inline XBRL document of ../shared/edgar/ixbrl (American
    // Express's 10-Q, 3 MB), or with `megabytes`, a document of at least that size
    // made of its statement sections repeated under its one header, as a
    // 10-K of 20 MB is; empty when the folder is not on this machine.
    static QString inlineXbrlFile(int megabytes = 0);
    static FilingAnalysisPtr bundledRelease();
    // A filing holding one schedule of `rows` customers (plus subtotals).
    static FilingAnalysisPtr longSchedule(int rows);
    // Import and analysis as the window does it; null when the file fails.
    static FilingAnalysisPtr analyse(const QString &path);
};
