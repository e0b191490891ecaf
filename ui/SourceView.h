// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

// The filing's text as decoded, read-only, with line numbers, and the
// place a cell came from highlighted: its line, and the characters of the
// value itself. Provenance you can see.
class SourceView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SourceView(QWidget *parent = nullptr);

    // Shows a filing's text; does nothing when it is already shown.
    void setText(const QString &key, const QString &text);
    // Highlights `length` characters (at least the word) at a 1-based line and column.
    void showLocation(int line, int column, int length = 0);
    int highlightedLine() const { return m_line; }

    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateGutter(const QRect &rect, int dy);

    QWidget *m_gutter = nullptr;
    QString m_key;
    int m_line = 0;
};
