// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceView.h"

#include "SourceGutter.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace {

constexpr int Margin = 4;     // between the gutter and the text
constexpr int TabColumns = 8; // a tab stops at every eighth character's width

bool endsWord(QChar c)
{
    return c.isSpace();
}

// The characters of a line from its start, each with where it starts and
// ends across: a tab ends at the next stop. visit(offset, left, right)
// returns false to stop. One pass, so that a line of a million characters
// costs a million steps, not a million squared.
template<typename Visit>
void walk(const QFontMetricsF &metrics, QStringView line, Visit visit)
{
    const qreal stop = TabColumns * metrics.horizontalAdvance(u'0');
    qreal x = 0;
    for (qsizetype i = 0; i < line.size();) {
        const bool pair = line.at(i).isHighSurrogate() && i + 1 < line.size();
        qreal right = 0;
        if (line.at(i) == u'\t')
            right = (std::floor(x / stop) + 1) * stop;
        else if (pair)
            right = x + metrics.horizontalAdvance(line.sliced(i, 2).toString());
        else
            right = x + metrics.horizontalAdvance(line.at(i));
        if (!visit(i, x, right))
            return;
        x = right;
        i += pair ? 2 : 1;
    }
}

} // namespace

SourceView::SourceView(QWidget *parent) : QAbstractScrollArea(parent), m_gutter(new SourceGutter(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    viewport()->setCursor(Qt::IBeamCursor);
    setAccessibleName(tr("Source"));
    updateScrollBars();
}

void SourceView::setText(const QString &key, const QString &text)
{
    if (key == m_key)
        return;
    m_key = key;
    m_text = SourceText(text);
    m_line = 0;
    m_spanStart = m_spanEnd = 0;
    m_anchor = m_cursor = {};
    // The scroll range needs the widest line, taken to be the longest: with
    // a fixed font only tabs could make another wider, and by little.
    m_longestLine = 0;
    for (int l = 1; l < m_text.lineCount(); ++l) {
        if (m_text.line(l).size() > m_text.line(m_longestLine).size())
            m_longestLine = l;
    }
    measureWidestLine();
    updateScrollBars();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    viewport()->update();
    m_gutter->update();
}

int SourceView::lineHeight() const
{
    return fontMetrics().lineSpacing();
}

int SourceView::visibleLines() const
{
    return qMax(1, viewport()->height() / lineHeight());
}

int SourceView::firstVisibleLine() const
{
    return verticalScrollBar()->value() + 1;
}

QRect SourceView::lineRect(int line) const
{
    return {0, (line - firstVisibleLine()) * lineHeight(), viewport()->width(), lineHeight()};
}

qreal SourceView::xOf(QStringView line, qsizetype offset) const
{
    qreal end = 0;
    walk(QFontMetricsF(font()), line, [&](qsizetype i, qreal left, qreal right) {
        end = i < offset ? right : left;
        return i < offset;
    });
    return end;
}

SourceView::TextPoint SourceView::pointAt(const QPoint &point) const
{
    if (m_text.lineCount() == 0)
        return {};
    const int line = std::clamp(verticalScrollBar()->value() + point.y() / lineHeight(), 0, m_text.lineCount() - 1);
    const QStringView text = m_text.line(line);
    const qreal x = point.x() + horizontalScrollBar()->value() - Margin;
    // The place nearest the point: past a character once beyond its middle.
    qsizetype offset = text.size();
    walk(QFontMetricsF(font()), text, [&](qsizetype i, qreal left, qreal right) {
        if (x >= (left + right) / 2)
            return true;
        offset = i;
        return false;
    });
    return {line, offset};
}

qsizetype SourceView::positionOf(const TextPoint &place) const
{
    return m_text.lineCount() == 0 ? 0 : m_text.startOf(place.line) + place.offset;
}

void SourceView::measureWidestLine()
{
    const QStringView longest = m_text.line(m_longestLine);
    m_widestLine = int(std::ceil(xOf(longest, longest.size())));
}

void SourceView::updateScrollBars()
{
    const int lines = m_text.lineCount();
    verticalScrollBar()->setRange(0, qMax(0, lines - visibleLines()));
    verticalScrollBar()->setPageStep(visibleLines());
    verticalScrollBar()->setSingleStep(1);
    const int width = m_widestLine + 2 * Margin;
    horizontalScrollBar()->setRange(0, qMax(0, width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(fontMetrics().horizontalAdvance(u'0') * 2);
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void SourceView::showLocation(int line, int column, int length)
{
    if (line < 1 || line > m_text.lineCount())
        return;
    const QStringView text = m_text.line(line - 1);
    // Columns count characters (code points); offsets count UTF-16 units.
    qsizetype position = 0;
    for (int c = 1; c < column && position < text.size(); ++c)
        position += text.at(position).isHighSurrogate() ? 2 : 1;
    qsizetype end = position + qMax(0, length);
    if (length <= 0) {
        end = position;
        while (end < text.size() && !endsWord(text.at(end)))
            ++end;
    }
    m_line = line;
    m_spanStart = position;
    m_spanEnd = qMin(end, text.size());
    m_anchor = m_cursor = {line - 1, position};

    verticalScrollBar()->setValue(line - 1 - visibleLines() / 2);
    // The value in view across too, a quarter of the way in when it was not.
    const int left = int(xOf(text, m_spanStart)) + Margin;
    const int right = int(std::ceil(xOf(text, m_spanEnd))) + Margin;
    QScrollBar *across = horizontalScrollBar();
    if (left < across->value() || right > across->value() + viewport()->width())
        across->setValue(left - viewport()->width() / 4);
    viewport()->update();
    m_gutter->update();
}

QString SourceView::highlightedText() const
{
    if (m_line == 0)
        return {};
    return m_text.line(m_line - 1).sliced(m_spanStart, m_spanEnd - m_spanStart).toString();
}

qsizetype SourceView::highlightedOffset() const
{
    return m_line == 0 ? -1 : m_text.startOf(m_line - 1) + m_spanStart;
}

QString SourceView::selectedText() const
{
    const qsizetype from = positionOf(std::min(m_anchor, m_cursor));
    const qsizetype to = positionOf(std::max(m_anchor, m_cursor));
    return m_text.text().sliced(from, to - from);
}

void SourceView::selectAll()
{
    if (m_text.lineCount() == 0)
        return;
    m_anchor = {};
    m_cursor = {m_text.lineCount() - 1, m_text.line(m_text.lineCount() - 1).size()};
    viewport()->update();
}

void SourceView::copy() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

int SourceView::gutterWidth() const
{
    const int digits = int(QString::number(qMax(1, m_text.lineCount())).size());
    return 12 + fontMetrics().horizontalAdvance(u'9') * digits;
}

void SourceView::fillSpan(QPainter &painter, int line, qsizetype from, qsizetype to, const QColor &background,
                          const QColor &text, int top) const
{
    const QStringView characters = m_text.line(line);
    const qreal shift = Margin - horizontalScrollBar()->value();
    if (background.alpha() > 0) {
        qreal right = xOf(characters, to);
        if (to > characters.size()) // the line end, selected, shows as a space
            right += fontMetrics().horizontalAdvance(u' ');
        const qreal left = xOf(characters, from);
        painter.fillRect(QRectF(shift + left, top, right - left, lineHeight()), background);
    }
    // The characters in view, a run between tabs at a time, each where the
    // walk put it.
    painter.setPen(text);
    const qreal inViewFrom = -shift;
    const qreal inViewTo = viewport()->width() - shift;
    const qreal baseline = top + fontMetrics().ascent();
    qsizetype runStart = -1;
    qreal runLeft = 0;
    const auto drawRun = [&](qsizetype end) {
        if (runStart >= 0)
            painter.drawText(QPointF(shift + runLeft, baseline),
                             characters.sliced(runStart, end - runStart).toString());
        runStart = -1;
    };
    qsizetype stopped = characters.size();
    walk(QFontMetricsF(font()), characters, [&](qsizetype i, qreal left, qreal right) {
        if (i >= to || left >= inViewTo) {
            stopped = i;
            return false;
        }
        if (i < from || right <= inViewFrom || characters.at(i) == u'\t') {
            drawRun(i);
        } else if (runStart < 0) {
            runStart = i;
            runLeft = left;
        }
        return true;
    });
    drawRun(stopped);
}

void SourceView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QPalette colours = palette();
    const int first = verticalScrollBar()->value();
    const int last = qMin(m_text.lineCount() - 1, first + event->rect().bottom() / lineHeight());
    const TextPoint start = std::min(m_anchor, m_cursor);
    const TextPoint end = std::max(m_anchor, m_cursor);
    for (int line = first + event->rect().top() / lineHeight(); line <= last; ++line) {
        const int top = (line - first) * lineHeight();
        const qsizetype length = m_text.line(line).size();
        if (line + 1 == m_line)
            painter.fillRect(0, top, viewport()->width(), lineHeight(), colours.color(QPalette::AlternateBase));
        // The whole line in the text colour, then what is highlighted or
        // selected over it in the highlight's colours.
        fillSpan(painter, line, 0, length, Qt::transparent, colours.color(QPalette::Text), top);
        if (line + 1 == m_line && m_spanEnd > m_spanStart)
            fillSpan(painter, line, m_spanStart, m_spanEnd, colours.color(QPalette::Highlight),
                     colours.color(QPalette::HighlightedText), top);
        if (start != end && start.line <= line && line <= end.line) {
            const qsizetype from = line == start.line ? start.offset : 0;
            const qsizetype to = line == end.line ? end.offset : length + 1;
            const QPalette::ColorGroup group = hasFocus() ? QPalette::Active : QPalette::Inactive;
            fillSpan(painter, line, from, to, colours.color(group, QPalette::Highlight),
                     colours.color(group, QPalette::HighlightedText), top);
        }
    }
}

void SourceView::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    const int first = verticalScrollBar()->value();
    const int last = qMin(m_text.lineCount() - 1, first + event->rect().bottom() / lineHeight());
    for (int line = first + qMax(0, event->rect().top()) / lineHeight(); line <= last; ++line) {
        const int number = line + 1;
        QFont font = this->font();
        font.setBold(number == m_line);
        painter.setFont(font);
        painter.setPen(palette().color(number == m_line ? QPalette::Text : QPalette::PlaceholderText));
        painter.drawText(0, (line - first) * lineHeight(), m_gutter->width() - 6, lineHeight(),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(number));
    }
}

void SourceView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    const QRect area = contentsRect();
    m_gutter->setGeometry(area.left(), area.top(), gutterWidth(), viewport()->height());
}

void SourceView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    // Colours (light or dark) are read as lines are painted; a font changes
    // the lines' height and width.
    if (event->type() == QEvent::FontChange) {
        measureWidestLine();
        updateScrollBars();
    }
}

void SourceView::scrollContentsBy(int /*dx*/, int dy)
{
    viewport()->update();
    if (dy != 0)
        m_gutter->update();
}

void SourceView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copy();
        return;
    }
    if (event == QKeySequence::SelectAll) {
        selectAll();
        return;
    }
    if (event == QKeySequence::MoveToStartOfDocument) {
        verticalScrollBar()->setValue(0);
        return;
    }
    if (event == QKeySequence::MoveToEndOfDocument) {
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        return;
    }
    QAbstractScrollArea::keyPressEvent(event); // arrows and pages scroll
}

void SourceView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_cursor = pointAt(event->position().toPoint());
    if (!(event->modifiers() & Qt::ShiftModifier))
        m_anchor = m_cursor;
    viewport()->update();
}

void SourceView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const QPoint point = event->position().toPoint();
    // Dragging past the top or bottom scrolls a line at a time.
    if (point.y() < 0)
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    else if (point.y() > viewport()->height())
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    m_cursor = pointAt(point);
    viewport()->update();
}

void SourceView::mouseReleaseEvent(QMouseEvent *event)
{
    // As X11 does, what is selected with the mouse can be pasted with the middle button.
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (event->button() == Qt::LeftButton && clipboard->supportsSelection() && m_anchor != m_cursor)
        clipboard->setText(selectedText(), QClipboard::Selection);
}

void SourceView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_text.lineCount() == 0)
        return;
    // The word: the run of characters between spaces or tabs ("66,647", "\\$").
    const TextPoint at = pointAt(event->position().toPoint());
    const QStringView text = m_text.line(at.line);
    qsizetype from = at.offset;
    qsizetype to = at.offset;
    while (from > 0 && !endsWord(text.at(from - 1)))
        --from;
    while (to < text.size() && !endsWord(text.at(to)))
        ++to;
    m_anchor = {at.line, from};
    m_cursor = {at.line, to};
    viewport()->update();
}

void SourceView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copying = menu.addAction(tr("&Copy"), this, &SourceView::copy);
    copying->setShortcut(QKeySequence::Copy);
    copying->setEnabled(m_anchor != m_cursor);
    menu.addAction(tr("Select &All"), this, &SourceView::selectAll)->setShortcut(QKeySequence::SelectAll);
    menu.exec(event->globalPos());
}
