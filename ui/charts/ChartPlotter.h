// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartPalette.h"
#include "chartdata/ChartData.h"

#include <QHash>
#include <QList>
#include <QStringList>

class QCPAbstractPlottable;
class QCPAxisTickerText;
class QCPItemText;
class QCPTextElement;
class QCustomPlot;
class QPointF;

// Draws a ChartData into a QCustomPlot: grouped bars, stacked bars or a
// waterfall, with title, subtitle, legend, value labels and the text of
// each bar's tooltip. The screen and every export draw through it, so a
// saved chart is the chart on screen. It draws; it decides nothing the
// chart data has not already said.
class ChartPlotter
{
public:
    explicit ChartPlotter(QCustomPlot *plot);

    void draw(const ChartData &chart, const ChartPalette &palette);
    // Fits the labels to the plot's size: category names wrap to the width
    // of their slot, and value labels hide when they would overlap.
    void fit();
    // The exact figures under this point of the plot, as rich text; empty off the bars.
    QString toolTipAt(const QPointF &pos) const;

    const ChartData &chart() const { return m_chart; }
    // How many value labels are shown now: what a reader can see without hovering.
    int visibleValueLabels() const;

private:
    void frame();
    void drawGrouped();
    void drawStacked();
    void drawWaterfall();
    void addValueLabel(double key, double value, const QString &text, Qt::Alignment side);
    void setRange(double low, double high);
    // The value axis's range for the figures from low to high, with room
    // above (and below, for negatives) for the value labels and the legend:
    // a share of the span, or the pixels they take in a small plot.
    void fitRange();
    // A category's name on one line, its note letters first so eliding the name keeps them.
    QString categoryText(qsizetype category) const;
    QString tip(qsizetype category, qsizetype series) const;
    double keyOf(qsizetype category, qsizetype series) const;
    double barWidth() const;

    QCustomPlot *m_plot;
    QCPTextElement *m_title = nullptr;
    QCPTextElement *m_subtitle = nullptr;
    ChartData m_chart;
    ChartPalette m_palette;
    QHash<const QCPAbstractPlottable *, QStringList> m_tips; // per bar of each plottable
    QList<QCPItemText *> m_values;
    double m_low = 0; // the figures' extent, before room is added
    double m_high = 0;
};
