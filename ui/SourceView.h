// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/SourceText.h"

#include <QAbstractScrollArea>

// The filing's text as decoded, read-only, with line numbers, and the
// place a cell came from highlighted: its line, and the characters of the
// value itself. Provenance you can see.
//
// Lines are painted straight from the filing's decoded text, only those in
// view: a QPlainTextEdit copies the text into a document and keeps a layout
// for every line, which for a 10 MB filing took 0.6 s and 120 MB.
class SourceView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit SourceView(QWidget *parent = nullptr);

    // Shows a filing's text; does nothing when it is already shown.
    void setText(const QString &key, const QString &text);
    int lineCount() const { return m_text.lineCount(); }
    // Highlights `length` characters (at least the word) at a 1-based line and
    // column, and scrolls them into the middle of the view.
    void showLocation(int line, int column, int length = 0);
    int highlightedLine() const { return m_line; }
    QString highlightedText() const;
    // Where the highlighted characters start in the whole text (UTF-16); -1 for none.
    qsizetype highlightedOffset() const;
    // The first line (1-based) at the top of the view.
    int firstVisibleLine() const;
    // Where a line (1-based) is drawn in the viewport.
    QRect lineRect(int line) const;

    QString selectedText() const;
    void selectAll();
    void copy() const;

    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    // A place between two characters: a line (0-based) and a UTF-16 offset in it.
    struct TextPoint
    {
        int line = 0;
        qsizetype offset = 0;
        auto operator<=>(const TextPoint &) const = default;
    };

    int lineHeight() const;
    int visibleLines() const;
    qreal xOf(QStringView line, qsizetype offset) const;
    TextPoint pointAt(const QPoint &point) const;
    qsizetype positionOf(const TextPoint &place) const; // in the whole text
    // Draws the characters [from, to) of a line (0-based) that are in view,
    // over a background unless it is transparent; `to` past the line's end
    // takes in its line end.
    void fillSpan(QPainter &painter, int line, qsizetype from, qsizetype to, const QColor &background,
                  const QColor &text, int top) const;
    void measureWidestLine();
    void updateScrollBars();

    QWidget *m_gutter = nullptr;
    SourceText m_text{QString()};
    QString m_key;
    int m_longestLine = 0;     // 0-based, for the width of the scroll range
    int m_widestLine = 0;      // its width in pixels
    int m_line = 0;            // highlighted, 1-based; 0 for none
    qsizetype m_spanStart = 0; // the highlighted characters of that line
    qsizetype m_spanEnd = 0;
    TextPoint m_anchor; // the selection, from where it was started
    TextPoint m_cursor; // to where it was taken
};
