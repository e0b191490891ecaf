// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class MainWindow;
struct GuiOptions;

// The GUI's entry point: reads the GUI's options, opens the main window on
// the files given (the bundled filings when none) and runs the event loop,
// or renders a screenshot, or runs the self-test.
class GuiSession
{
public:
    static int run(const QStringList &arguments);
    // Gives every window the application's icon and tells the desktop which
    // desktop entry this is, so the task bar groups the window under the
    // installed entry and its icon.
    static void identifyApplication();

private:
    static int screenshot(MainWindow &window, const GuiOptions &options);
    static int selfTest(MainWindow &window);
};
