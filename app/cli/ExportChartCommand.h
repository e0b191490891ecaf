// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `tieout export-chart --chart ID [--width W] [--height H] [--scale S]
// --out FILE [FILE...]`: draws one chart of each filing to a file, the
// format following the extension, exactly as Save Chart As does. With no
// FILE, the bundled earnings release. It draws widgets, so main runs it on
// a QApplication, on the offscreen platform when none is set.
class ExportChartCommand
{
public:
    static int run(const QStringList &arguments);
};
