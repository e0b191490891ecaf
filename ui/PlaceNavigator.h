// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tracesheet/PlaceHistory.h"

#include <QObject>

class QAction;

// Back and Forward for the window: the places the links of the trace
// panel and the reading views took the analyst, and the two actions
// (Alt+Left, Alt+Right) that walk them. The window goes to the places.
class PlaceNavigator : public QObject
{
    Q_OBJECT

public:
    explicit PlaceNavigator(QObject *parent = nullptr);

    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    // Records a link followed from `from` and asks the window to go to `to`.
    void follow(const Place &from, const Place &to);
    void forgetFiling(int filing);
    void insertFiling(int filing) { m_history.insertFiling(filing); }
    void back();
    void forward();

Q_SIGNALS:
    void placeRequested(const Place &place);

private:
    void update();

    PlaceHistory m_history;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
};
