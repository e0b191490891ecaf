// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaneFocus.h"

#include <QAction>
#include <QApplication>
#include <QWidget>

PaneFocus::PaneFocus(QObject *parent)
    : QObject(parent), m_next(new QAction(tr("Next &Pane"), this)), m_previous(new QAction(tr("Previous Pa&ne"), this))
{
    m_next->setShortcut(QKeySequence(Qt::Key_F6));
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_next->setStatusTip(tr("Move the keyboard to the next pane"));
    m_previous->setStatusTip(tr("Move the keyboard to the previous pane"));
    // A floating dock is a window of its own: F6 works from there too.
    m_next->setShortcutContext(Qt::ApplicationShortcut);
    m_previous->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_next, &QAction::triggered, this, [this] { cycle(1); });
    connect(m_previous, &QAction::triggered, this, [this] { cycle(-1); });
}

QWidget *PaneFocus::focusTarget(QWidget *widget)
{
    if (!widget || !widget->isVisible())
        return nullptr;
    if ((widget->focusPolicy() & Qt::TabFocus) && widget->isEnabled())
        return widget;
    const QList<QWidget *> children = widget->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if ((child->focusPolicy() & Qt::TabFocus) && child->isEnabled() && child->isVisible())
            return child;
    }
    return nullptr;
}

QWidget *PaneFocus::targetOf(int pane) const
{
    const Pane &p = m_panes[pane];
    // A dock behind another's tab is visible, only moved out of sight.
    if (!p.area || !p.area->isVisible() || p.area->visibleRegion().isEmpty() || !p.target)
        return nullptr;
    return focusTarget(p.target());
}

int PaneFocus::currentPane() const
{
    const QWidget *focus = QApplication::focusWidget();
    for (int p = 0; p < m_panes.size(); ++p) {
        if (focus && m_panes[p].area && (m_panes[p].area == focus || m_panes[p].area->isAncestorOf(focus)))
            return p;
    }
    return -1;
}

bool PaneFocus::cycle(int step)
{
    const int count = int(m_panes.size());
    if (count == 0)
        return false;
    const int current = currentPane();
    // From outside every pane (a tool bar, the find bar), F6 starts at the first.
    int pane = current < 0 ? (step > 0 ? count - 1 : 0) : current;
    for (int tried = 0; tried < count; ++tried) {
        pane = (pane + step + count) % count;
        if (pane == current)
            break;
        if (QWidget *target = targetOf(pane)) {
            target->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    return false;
}
