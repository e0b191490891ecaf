// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QModelIndex;
class QTableView;

// A page that lists things the document shows (its facts, its
// calculations) and, when one is activated, asks the window to show it:
// in the schedule cell that shows it, else at its place in the file.
class PlaceListPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    virtual QTableView *view() const = 0;

Q_SIGNALS:
    void cellRequested(int filing, int schedule, int row, int period);
    void sourceRequested(int filing, int line, int column);

protected:
    // Asks for the place an activated row names: a cell when `schedule` is
    // not negative, else the line and column.
    void requestPlace(int filing, int schedule, int row, int period, int line, int column);
};
