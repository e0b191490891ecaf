// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

// An HTML filing as a browser would lay it out, for reading a figure in its
// place: Qt's rich text engine draws it, no script runs, no image or other
// resource is loaded (nothing is fetched, not even from disk) and links do
// not navigate.
class RenderedSource : public QTextBrowser
{
    Q_OBJECT

public:
    explicit RenderedSource(QWidget *parent = nullptr);

    // Lays out `html` unless the document under `key` is already shown.
    void setFiling(const QString &key, const QString &html);
    const QString &key() const { return m_key; }

    // Highlights the `occurrence`-th (0-based) place the text `text` is
    // shown, and scrolls it into the middle of the view. False when the
    // document shows it fewer times.
    bool highlight(const QString &text, qsizetype occurrence);
    QString highlightedText() const { return m_highlighted; }

    // The HTML as drawn: scripts, images and an EDGAR wrapper's SGML
    // header left out.
    static QString renderable(const QString &html);
    // How many times `needle` shows in the text a browser shows of
    // html[0, end): outside tags, comments, scripts and styles.
    static qsizetype occurrencesBefore(const QString &html, qsizetype end, const QString &needle);

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    QString m_key;
    QString m_highlighted;
};
