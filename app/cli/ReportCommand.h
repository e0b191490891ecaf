// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `tieout report [--paper A4|Letter] [--landscape] [--no-chart] --out
// FILE.pdf [FILE]`: the GAAP to non-GAAP reconciliation report as PDF, the
// same pages File > Export Report as PDF writes. With no FILE, the bundled
// earnings release. Its bridge charts are drawn by the widgets layer, so
// main runs it on a QApplication (offscreen unless a platform is set).
class ReportCommand
{
public:
    static int run(const QStringList &arguments);
};
