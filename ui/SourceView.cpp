// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceView.h"

#include "SourceGutter.h"

#include <QFontDatabase>
#include <QPainter>
#include <QTextBlock>

using namespace Qt::StringLiterals;

SourceView::SourceView(QWidget *parent) : QPlainTextEdit(parent), m_gutter(new SourceGutter(this))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &SourceView::updateGutter);
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void SourceView::setText(const QString &key, const QString &text)
{
    if (key == m_key)
        return;
    m_key = key;
    m_line = 0;
    setExtraSelections({});
    // A final line end opens no line of its own.
    setPlainText(text.endsWith(u'\n') ? text.chopped(1) : text);
}

int SourceView::gutterWidth() const
{
    const int digits = int(QString::number(qMax(1, blockCount())).size());
    return 12 + fontMetrics().horizontalAdvance(u'9') * digits;
}

void SourceView::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void SourceView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(area.left(), area.top(), gutterWidth(), area.height());
}

void SourceView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    // The highlight colours follow the palette (light or dark).
    if (event->type() == QEvent::PaletteChange && m_line > 0)
        showLocation(m_line, textCursor().positionInBlock() + 1);
}

void SourceView::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            const int number = block.blockNumber() + 1;
            QFont font = this->font();
            font.setBold(number == m_line);
            painter.setFont(font);
            painter.setPen(palette().color(number == m_line ? QPalette::Text : QPalette::PlaceholderText));
            painter.drawText(0, top, m_gutter->width() - 6, height, Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(number));
        }
        block = block.next();
        top += height;
    }
}

void SourceView::showLocation(int line, int column, int length)
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    m_line = line;
    QTextEdit::ExtraSelection lineSelection;
    lineSelection.format.setBackground(palette().color(QPalette::AlternateBase));
    lineSelection.format.setProperty(QTextFormat::FullWidthSelection, true);
    lineSelection.cursor = QTextCursor(block);

    // Columns count characters (code points); QString positions count UTF-16 units.
    const QString text = block.text();
    qsizetype position = 0;
    for (int c = 1; c < column && position < text.size(); ++c)
        position += text.at(position).isHighSurrogate() ? 2 : 1;
    qsizetype end = position + qMax(0, length);
    if (length <= 0) {
        end = position;
        while (end < text.size() && !text.at(end).isSpace() && text.at(end) != u'\t')
            ++end;
    }
    QTextEdit::ExtraSelection span;
    span.format.setBackground(palette().color(QPalette::Highlight));
    span.format.setForeground(palette().color(QPalette::HighlightedText));
    span.cursor = QTextCursor(block);
    span.cursor.setPosition(block.position() + int(position));
    span.cursor.setPosition(block.position() + int(qMin(end, text.size())), QTextCursor::KeepAnchor);
    setExtraSelections({lineSelection, span});

    QTextCursor cursor(block);
    cursor.setPosition(block.position() + int(position));
    setTextCursor(cursor);
    centerCursor();
    m_gutter->update();
}
