// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrappedLabel.h"

#include <QEvent>

WrappedLabel::WrappedLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void WrappedLabel::setText(const QString &text)
{
    m_heights.clear();
    QLabel::setText(text);
}

int WrappedLabel::heightForWidth(int width) const
{
    auto known = m_heights.constFind(width);
    if (known == m_heights.cend())
        known = m_heights.insert(width, QLabel::heightForWidth(width));
    return *known;
}

// The height depends on the font and the margins too.
void WrappedLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::ContentsRectChange)
        m_heights.clear();
    QLabel::changeEvent(event);
}
