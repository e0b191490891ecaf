// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Peak memory of importing and analysing a file, measured in a process of
// its own (the benchmark program run with --peak-memory FILE) so nothing
// else the benchmarks did is counted: the peak resident size (VmHWM) once
// the file is imported and analysed, less the resident size just before.
class PeakMemory
{
public:
    // In the child: measures, prints the bytes and returns the exit status.
    static int measureHere(const QString &path);
    // In the parent: runs `program --peak-memory path`; negative on failure.
    static qint64 measure(const QString &program, const QString &path);
};
