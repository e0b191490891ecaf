// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiteralText.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>

void LiteralText::install()
{
    static LiteralText *filter = nullptr;
    if (filter || !qApp)
        return;
    filter = new LiteralText(qApp);
    qApp->installEventFilter(filter);
}

QString LiteralText::literal(const QString &text)
{
    return text.isEmpty() ? text : Qt::convertFromPlainText(text);
}

bool LiteralText::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return false;
    // Item views take their tooltips from the model where their viewport is hovered.
    auto *view = qobject_cast<QAbstractItemView *>(watched ? watched->parent() : nullptr);
    if (!view || view->viewport() != watched || !view->model())
        return false;
    const auto *help = static_cast<QHelpEvent *>(event);
    QString tip;
    QRect area;
    if (const auto *header = qobject_cast<QHeaderView *>(view)) {
        const int section = header->logicalIndexAt(help->pos());
        if (section >= 0)
            tip = view->model()->headerData(section, header->orientation(), Qt::ToolTipRole).toString();
    } else {
        const QModelIndex index = view->indexAt(help->pos());
        tip = index.data(Qt::ToolTipRole).toString();
        area = view->visualRect(index);
    }
    // Without a tooltip of the model's, the view may have one of its own (a
    // label cut short), and otherwise hides any shown.
    if (tip.isEmpty())
        return false;
    QToolTip::showText(help->globalPos(), literal(tip), view->viewport(), area);
    return true;
}
