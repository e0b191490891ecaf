// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstPaint.h"

#include <QEvent>
#include <QWidget>

FirstPaint::FirstPaint(QWidget *widget) : QObject(widget)
{
    widget->installEventFilter(this);
}

bool FirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_happened) {
        m_happened = true;
        watched->removeEventFilter(this);
        // After this paint has finished, not in the middle of it.
        QMetaObject::invokeMethod(this, &FirstPaint::painted, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}
