// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceGutter.h"

#include "SourceView.h"

SourceGutter::SourceGutter(SourceView *view) : QWidget(view), m_view(view) { }

QSize SourceGutter::sizeHint() const
{
    return {m_view->gutterWidth(), 0};
}

void SourceGutter::paintEvent(QPaintEvent *event)
{
    m_view->paintGutter(event);
}
