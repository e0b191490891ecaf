// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowDocks.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

using namespace Qt::StringLiterals;

namespace {

QDockWidget *dock(const QString &title, const QString &name, QWidget *content, QMainWindow *window)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(name);
    dock->setWidget(content);
    return dock;
}

} // namespace

WindowDocks::WindowDocks(QMainWindow *window, const Contents &contents)
    : QObject(window), m_window(window), m_navigator(dock(tr("Navigator"), u"navigator"_s, contents.navigator, window)),
      m_trace(dock(tr("Trace"), u"trace"_s, contents.trace, window)),
      m_charts(dock(tr("Charts"), u"charts"_s, contents.charts, window)),
      m_source(dock(tr("Source"), u"source"_s, contents.source, window)),
      m_together(new QAction(tr("Trace and Charts &Together"), this))
{
    window->addDockWidget(Qt::LeftDockWidgetArea, m_navigator);
    window->addDockWidget(Qt::RightDockWidgetArea, m_trace);
    window->addDockWidget(Qt::RightDockWidgetArea, m_charts);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_source);
    window->tabifyDockWidget(m_trace, m_charts);
    m_trace->raise();
    m_together->setCheckable(true);
    m_together->setStatusTip(tr("Show the trace panel above the charts, rather than as two tabs"));
    connect(m_together, &QAction::toggled, this, &WindowDocks::showTogether);
}

void WindowDocks::arrange(QSize size, int tableWidth)
{
    m_together->setChecked(size.height() >= 900 && size.width() >= 1400);
    const int navigator = qBound(180, size.width() * 20 / 100, 320);
    // At most 29% of the width, but never under 240 px, even in a narrow window.
    const int trace = qBound(240, size.width() - navigator - tableWidth - 16, std::max(240, size.width() * 29 / 100));
    m_window->resizeDocks({m_navigator, m_trace}, {navigator, trace}, Qt::Horizontal);
    m_window->resizeDocks({m_source}, {size.height() / 5}, Qt::Vertical);
}

void WindowDocks::readRestoredLayout()
{
    const QSignalBlocker blocker(m_together);
    m_together->setChecked(m_window->tabifiedDockWidgets(m_trace).isEmpty() && !m_charts->isFloating());
}

void WindowDocks::bringForward(QDockWidget *dock)
{
    dock->show();
    dock->raise();
}

void WindowDocks::showTogether(bool together)
{
    if (!together) {
        m_window->tabifyDockWidget(m_trace, m_charts);
        m_trace->raise();
        return;
    }
    // Qt does not split two docks tabbed together: the charts leave the tabs
    // first, then take the lower part of the trace panel's place.
    Qt::DockWidgetArea area = m_window->dockWidgetArea(m_trace);
    if (area == Qt::NoDockWidgetArea || m_trace->isFloating())
        area = Qt::RightDockWidgetArea;
    if (m_trace->isFloating())
        m_trace->setFloating(false);
    m_window->removeDockWidget(m_charts);
    m_window->addDockWidget(area, m_charts);
    m_window->splitDockWidget(m_trace, m_charts, Qt::Vertical);
    m_trace->show();
    m_charts->show();
    const int height = m_trace->height() + m_charts->height();
    m_window->resizeDocks({m_trace, m_charts}, {height * 11 / 20, height * 9 / 20}, Qt::Vertical);
}
