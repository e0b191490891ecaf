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
    // Sizes the columns to what they show, the label column within bounds:
    // as the analyst last sized it by hand, else its longest label as far
    // as the figures leave room.
    void fitColumns();
    // A new table: the label column fits it again, whatever the last was sized to.
    void forgetLabelWidth() { m_labelByHand = 0; }
    // The width that shows every figure column whole and labels up to `label` wide.
    int widthFor(int label) const;
    // The view over the label column, for tests and screenshots.
    QTableView *frozenView() const { return m_frozen; }
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    QItemSelectionModel::SelectionFlags selectionCommand(const QModelIndex &index,
                                                         const QEvent *event = nullptr) const override;
    void updateGeometries() override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void freezeColumns();
    void placeFrozen();
    void fitLabelColumn();
    QStyleOptionViewItem viewOptionsFor(const QModelIndex &index) const;
    void setRowHeight();

    QTableView *m_frozen = nullptr;
    bool m_sizing = false; // the view, not the analyst, is sizing columns
    int m_labelByHand = 0; // the label column's width as the analyst set it; 0 when not
    int m_labelFits = 0;   // the width its longest label needs
};
