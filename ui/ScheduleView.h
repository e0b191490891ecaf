// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

// The schedule table. Its label column stays in place while the figures
// scroll sideways: a second view over the same model and selection shows
// only that column, laid over the left edge (the technique of Qt's frozen
// column example).
class ScheduleView : public QTableView
{
    Q_OBJECT

public:
    explicit ScheduleView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // Shows only the rows in `shown` (all when `filter` is false).
    void filterRows(bool filter, const QList<bool> &shown);
    // Sizes the columns to what they show, the label column within bounds.
    void fitColumns();
    // The view over the label column, for tests and screenshots.
    QTableView *frozenView() const { return m_frozen; }
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void updateGeometries() override;

private:
    void freezeColumns();
    void placeFrozen();

    QTableView *m_frozen = nullptr;
};
