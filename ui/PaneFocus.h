// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QWidget;

// F6 and Shift+F6: the keyboard's way from pane to pane (the navigator, the
// page in the middle, the trace panel, the charts, the source), as in other
// desktop applications. Panes that are closed or behind another tab are
// passed over.
class PaneFocus : public QObject
{
    Q_OBJECT

public:
    struct Pane
    {
        QWidget *area = nullptr;           // what holds the pane: a dock, the page stack
        std::function<QWidget *()> target; // what takes the focus in it, null when nothing
    };

    explicit PaneFocus(QObject *parent = nullptr);

    void setPanes(const QList<Pane> &panes) { m_panes = panes; }
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }
    // Moves the focus `step` panes on (1) or back (-1); false when no other pane shows.
    bool cycle(int step);
    // The pane holding the focus, or -1.
    int currentPane() const;

    // The widget to give the focus to in `widget`: itself when it takes
    // the focus from the keyboard, else its first child that does.
    static QWidget *focusTarget(QWidget *widget);

private:
    QWidget *targetOf(int pane) const;

    QList<Pane> m_panes;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
};
