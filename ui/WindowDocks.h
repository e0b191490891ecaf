// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSize>

class QAction;
class QDockWidget;
class QMainWindow;

// The window's four docks and how they share its room: the navigator on the
// left, Trace and Charts on the right (two tabs, or one above the other), the
// source below. Their object names are what QMainWindow::saveState keeps.
class WindowDocks : public QObject
{
    Q_OBJECT

public:
    struct Contents
    {
        QWidget *navigator;
        QWidget *trace;
        QWidget *charts;
        QWidget *source;
    };
    WindowDocks(QMainWindow *window, const Contents &contents);

    QDockWidget *navigator() const { return m_navigator; }
    QDockWidget *trace() const { return m_trace; }
    QDockWidget *charts() const { return m_charts; }
    QDockWidget *source() const { return m_source; }
    QList<QDockWidget *> all() const { return {m_navigator, m_trace, m_charts, m_source}; }
    // View > Trace and Charts Together: one above the other, or tabs.
    QAction *togetherAction() const { return m_together; }

    // The docks' first shares of a window of `size` whose schedule asks for
    // `tableWidth`: the navigator enough for its titles, the schedule every
    // one of its periods, the trace panel what is left, within bounds. With
    // the height for it, Trace and Charts are one above the other.
    void arrange(QSize size, int tableWidth);
    // After QMainWindow::restoreState: the action says how the analyst left them.
    void readRestoredLayout();
    // Shows a dock in front of those it shares a place with.
    static void bringForward(QDockWidget *dock);

private:
    void showTogether(bool together);

    QMainWindow *m_window;
    QDockWidget *m_navigator;
    QDockWidget *m_trace;
    QDockWidget *m_charts;
    QDockWidget *m_source;
    QAction *m_together;
};
