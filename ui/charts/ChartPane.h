// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"
#include "chartdata/ChartData.h"

#include <QWidget>

class ChartPrintActions;
class ChartView;
class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QMenu;
class QStackedWidget;

// The Charts dock: a picker of the charts the filing shown supports, the
// chart (or why it cannot be drawn), Save Chart As, Copy Chart and Print
// Chart, also in its context menu. The plot itself is made the first time
// the pane is in view, so a window whose charts stay closed or behind
// another tab never pays for one.
class ChartPane : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPane(QWidget *parent = nullptr);

    // The filing whose charts to show; null when none is open.
    void setAnalysis(const FilingAnalysisPtr &analysis);
    void showKind(ChartData::Kind kind);
    // Shows a chart of the analyst's selection, and keeps it under "Selection".
    void showSelection(const ChartData &chart);

    const ChartData &chart() const { return m_chart; }
    // The plot; null until the pane has first been shown.
    ChartView *view() const { return m_view; }
    // What the pane says instead of a chart; empty while a chart shows.
    QString message() const;

    // The chart menu's items: a chart to pick, then `selection` (a chart of
    // the rows selected), Save Chart As, Copy Chart, Print Chart Preview and
    // Print Chart. Picking a chart from it says chartPicked.
    void fillMenu(QMenu *menu, QAction *selection);
    QAction *saveAction() const { return m_save; }
    QAction *copyAction() const { return m_copy; }
    ChartPrintActions *printActions() const { return m_printing; }
    // What the pane's context menu offers: what to do with the chart shown.
    QList<QAction *> contextActions() const;

    // The chart on the clipboard: an image for slides, its figures as text for a spreadsheet.
    void copyChart();
    // Makes the plot if the pane is in view and has none yet.
    void plotIfInView();

Q_SIGNALS:
    void status(const QString &text);
    // A chart was picked from the menu: the window brings the pane into view.
    void chartPicked();

protected:
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void pick(int index);
    void choose(ChartData::Kind kind);
    bool inView() const;
    void refresh();
    void saveAs();

    FilingAnalysisPtr m_analysis;
    ChartData m_chart;
    ChartData m_selection;
    QComboBox *m_picker;
    QStackedWidget *m_stack;
    QLabel *m_message;
    ChartView *m_view = nullptr;
    bool m_checkPending = false;
    QAction *m_save;
    QAction *m_copy;
    ChartPrintActions *m_printing;
    QActionGroup *m_kinds;
};
