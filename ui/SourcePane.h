// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QStackedWidget;
class QToolButton;
class RenderedSource;
class SourceView;

// The Source panel: a filing's text with line numbers, and for an HTML
// filing the document as filed, rendered, one toggle away. The place a cell
// came from is highlighted in both.
class SourcePane : public QWidget
{
    Q_OBJECT

public:
    explicit SourcePane(QWidget *parent = nullptr);

    // Shows a filing's text; does nothing when it is already shown.
    void setText(const QString &key, const QString &text);
    // Highlights a place (1-based line and column, `length` characters) in
    // the text, and the same figure or words in the rendered document.
    void showLocation(int line, int column, int length = 0);

    SourceView *textView() const { return m_text; }
    RenderedSource *renderedView() const { return m_rendered; }
    // Whether the rendered document is shown (an HTML filing, not toggled to its text).
    bool showsRendered() const;
    void setShowsRendered(bool rendered);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void syncRendered();

    SourceView *m_text = nullptr;
    RenderedSource *m_rendered = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_bar = nullptr;
    QToolButton *m_asFiled = nullptr;
    QToolButton *m_html = nullptr;
    QString m_key;
    QString m_source; // the filing's text, when it is HTML
    bool m_preferRendered = true;
};
