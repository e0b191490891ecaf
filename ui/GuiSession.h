// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The GUI's entry point: reads the GUI's own options, opens the main window
// on the files given (the bundled filings when none) and runs the event loop.
class GuiSession
{
public:
    static int run(const QStringList &arguments);
};
