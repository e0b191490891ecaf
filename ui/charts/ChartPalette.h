// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>

class QPalette;

// The colours of a chart. A period keeps its colour in every chart: the
// latest period is the strong colour, the one before it the light one, and
// so on back, so "this quarter" reads the same in segments, expenses and
// bridges. Components of a stacked bar take categorical colours instead.
struct ChartPalette
{
    QColor background;
    QColor text;
    QColor quietText;   // subtitle, axis labels
    QColor grid;
    QColor axis;
    QList<QColor> periods;    // the latest period first
    QList<QColor> components;

    // Colour of series `index` of `count` period series, earliest first.
    QColor period(qsizetype index, qsizetype count) const;
    QColor component(qsizetype index) const;
    // A waterfall's step: the period's colour faded toward the background.
    QColor step(const QColor &period) const;

    // What exports and reports use: made for paper and slides.
    static ChartPalette light();
    static ChartPalette dark();
    // The one that reads on this palette's window.
    static ChartPalette forPalette(const QPalette &palette);
};
