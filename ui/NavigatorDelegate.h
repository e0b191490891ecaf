// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QTreeView;

// The navigator's items, wrapped at words to the width the tree gives them:
// a long schedule title ("Reconciliation between GAAP to non-GAAP Results of
// Operations …") takes two lines rather than being cut. QTreeView asks a
// delegate for a row's height without the column's width, so this one works
// the width out itself, and lays the rows out again when the column changes.
class NavigatorDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit NavigatorDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void layOutAgain();

    QTreeView *m_view;
    int m_laidOutWidth = -1;
};
