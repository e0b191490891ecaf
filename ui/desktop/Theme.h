// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

#include <QPalette>

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
    // Links of the reading views: the palette's, made lighter or darker
    // where it would not read on the background (a dark palette that keeps
    // Qt's default blue).
    static QColor link(const QPalette &palette);
    // The classes of the reading views' rich text (the trace panel, notes,
    // narrative): badges, details, tags, highlights, verdicts, links; every
    // colour readable on its background (WCAG's 4.5:1 for text).
    static QString documentStyleSheet(const QPalette &palette);

    // The contrast ratio of two colours as WCAG 2 defines it: 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
    // `colour`, or the nearest colour towards white or black (whichever the
    // background is farther from) that has at least `ratio` against it.
    static QColor readable(const QColor &colour, const QColor &background, double ratio = 4.5);
    // A dark palette, for `tieout --dark` screenshots of the dark look. Its
    // links are left as Qt's default blue, as palettes made by hand often
    // leave them, so the screenshot shows them made readable.
    static QPalette darkPalette();
};
