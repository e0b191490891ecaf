// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

// Colours that carry meaning (a check that ties, one that fails), chosen
// for the palette in use so they read on light and dark windows alike.
// Qt 6.4 has no colour-scheme hint: dark is told by the window's lightness.
class Theme
{
public:
    static bool isDark(const QPalette &palette);
    static QColor pass(const QPalette &palette);
    static QColor fail(const QPalette &palette);
    // Text of derived figures (change, common size): quieter than filed ones.
    static QColor derived(const QPalette &palette);
    // Background of the diagnostics bar.
    static QColor warningBackground(const QPalette &palette);
    // Background of a highlighted clause of a note.
    static QColor highlight(const QPalette &palette);
    // The classes of the reading views' rich text (the trace panel, notes,
    // narrative): badges, details, tags, highlights, verdicts.
    static QString documentStyleSheet(const QPalette &palette);
};
