// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>

class QPalette;

// The colours of a chart. A period keeps its colour in every chart: the
// filing's first column (the period it reports on) is the strong colour,
// the next the light one, then greys, so "this quarter" reads the same in
// segments, expenses and bridges, and the current quarter stays strong
// beside a longer year-to-date column. Components of a stacked bar take
// categorical colours instead.
struct ChartPalette
{
    QColor background;
    QColor text;
    QColor quietText; // subtitle, axis labels
    QColor grid;
    QColor axis;
    QList<QColor> periods; // by the filing's column: the first column first
    QList<QColor> components;

    // Colour of the period in this column of the filing.
    QColor period(qsizetype column) const;
    QColor component(qsizetype index) const;
    // A waterfall's step: the period's colour faded toward the background.
    QColor step(const QColor &period) const;

    // What exports and reports use: made for paper and slides.
    static ChartPalette light();
    static ChartPalette dark();
    // The one that reads on this palette's window.
    static ChartPalette forPalette(const QPalette &palette);
};
