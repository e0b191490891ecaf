// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QCoreApplication;

// Decides, before any application object exists, whether the arguments ask
// for a headless subcommand (or --help/--version) or for the GUI, and runs
// the subcommands. Exit codes: 0 success, 1 a check failed, 2 bad input or
// usage.
class CommandLine
{
public:
    static bool wantsGui(int argc, char **argv);
    // A headless subcommand that draws widgets (a chart): it needs a
    // QApplication, on the offscreen platform unless one is set.
    static bool drawsWidgets(int argc, char **argv);
    static int runConsole(const QStringList &arguments);
    static QStringList subcommands();
    static QString usage();
};
