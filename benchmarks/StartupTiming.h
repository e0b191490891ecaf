// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Times whole processes from start to exit, two programs taken in turn so
// that a machine that slows down slows both: the start-up budget compares
// `tieout --self-test` with the baseline window.
class StartupTiming
{
public:
    struct Result
    {
        double baselineMs = -1; // medians
        double programMs = -1;
        QString error;
    };

    static Result compare(const QString &baseline, const QString &program, const QStringList &programArguments,
                          int runs);
};
