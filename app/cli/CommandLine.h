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
    // Before any application object, for the window: the one line that says
    // why it cannot start, or empty. In this order: an option it does not
    // take, an argument that is neither a subcommand nor a readable file,
    // and no display to show it on (Qt would abort with a core dump).
    static QString guiRefusal(int argc, char **argv);
    // Whether Qt has a platform to show a window on: one named by
    // QT_QPA_PLATFORM or -platform, or an X11 or Wayland display.
    static bool hasDisplay(int argc, char **argv);
    static QStringList subcommands();
    static QString usage();
};
