// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/ChartData.h"

#include <QWidget>

#include <memory>

class ChartPlotter;
class QCustomPlot;

// A chart on screen: the plot, in the palette of the window (redrawn when
// it changes), labels fitted to the size it is given, and a tooltip with
// the exact figures of the bar under the pointer.
class ChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);
    ~ChartView() override;

    void setChart(const ChartData &chart);
    const ChartData &chart() const;
    // The tooltip at a point of the view, as rich text; empty off the bars.
    QString toolTipAt(const QPoint &pos) const;
    QCustomPlot *plot() const { return m_plot; }
    ChartPlotter *plotter() const { return m_plotter.get(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void redraw();

    QCustomPlot *m_plot;
    std::unique_ptr<ChartPlotter> m_plotter;
};
