// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigatorDelegate.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QTreeView>

NavigatorDelegate::NavigatorDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view)
{
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideNone);
    view->setUniformRowHeights(false);
    // The column is what the text gets, and it can change without the
    // viewport changing (the header stretches its one section).
    connect(view->header(), &QHeaderView::sectionResized, this, &NavigatorDelegate::layOutAgain);
    view->viewport()->installEventFilter(this);
}

void NavigatorDelegate::layOutAgain()
{
    const int width = m_view->columnWidth(0);
    if (width == m_laidOutWidth)
        return;
    m_laidOutWidth = width;
    m_view->doItemsLayout();
}

QSize NavigatorDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    int depth = 0;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ++depth;
    // The room the text has: the viewport less the branch indentation of its level.
    const int width =
        m_view->viewport()->width() - m_view->indentation() * (depth + (m_view->rootIsDecorated() ? 1 : 0));
    // The style wraps only within a valid rectangle: any height will do.
    item.rect = QRect(0, 0, std::max(width, 40), option.fontMetrics.height() * 8);
    item.features |= QStyleOptionViewItem::WrapText;
    const QStyle *style = m_view->style() ? m_view->style() : QApplication::style();
    return style->sizeFromContents(QStyle::CT_ItemViewItem, &item, QSize(), m_view);
}

bool NavigatorDelegate::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        layOutAgain();
    return QStyledItemDelegate::eventFilter(watched, event);
}
