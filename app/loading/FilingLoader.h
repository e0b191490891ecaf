// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"
#include "filing/Diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <future>

// Opening filings: each file imported, then analysed. The window starts
// this on another thread before it builds itself, so that at start-up the
// bundled filings are read while the widgets are made, and takes the result
// when it first needs it.
class FilingLoader
{
public:
    struct Loaded
    {
        QString path;
        FilingAnalysisPtr analysis; // null when the file could not be imported
        Diagnostics errors;         // why not
    };

    // `cancelled`, when given, is read between files and between a file's
    // import and its analysis: once set, what is left is not read.
    // `progress`, when given, is told before each file (its index).
    static QList<Loaded> load(const QStringList &paths, const std::atomic<bool> *cancelled = nullptr,
                              const std::function<void(int)> &progress = {});
    static std::future<QList<Loaded>> start(const QStringList &paths);
};
