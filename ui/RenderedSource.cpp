// SPDX-License-Identifier: GPL-3.0-or-later
#include "RenderedSource.h"

#include <QRegularExpression>
#include <QScrollBar>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

// What a browser does not draw as text: comments, scripts, styles, the
// head, and an inline XBRL document's header (contexts, units and hidden
// facts, in a display:none that Qt's rich text does not honour).
const QRegularExpression &hidden()
{
    static const QRegularExpression pattern(
        uR"(<!--.*?-->|<script\b.*?</script\s*>|<style\b.*?</style\s*>|<head\b.*?</head\s*>|<ix:header\b.*?</ix:header\s*>)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return pattern;
}

} // namespace

RenderedSource::RenderedSource(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    document()->setUndoRedoEnabled(false);
    setAccessibleName(tr("Source as filed"));
}

void RenderedSource::setFiling(const QString &key, const QString &html)
{
    if (key == m_key && !key.isEmpty())
        return;
    m_key = key;
    m_highlighted.clear();
    setExtraSelections({});
    setHtml(renderable(html));
}

QString RenderedSource::renderable(const QString &html)
{
    QString text = html;
    // An EDGAR submission: the documents between <TEXT> and </TEXT>, not
    // the SGML header lines around them.
    static const QRegularExpression documentText(uR"(<TEXT>(.*?)</TEXT>)"_s,
                                                 QRegularExpression::DotMatchesEverythingOption);
    QStringList documents;
    for (const QRegularExpressionMatch &match : documentText.globalMatch(html))
        documents << match.captured(1);
    if (!documents.isEmpty())
        text = documents.join(u"<hr>"_s);
    static const QRegularExpression scripts(uR"(<script\b.*?</script\s*>)"_s,
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression images(uR"(<img\b[^>]*>)"_s, QRegularExpression::CaseInsensitiveOption);
    text.remove(scripts);
    text.remove(images);
    static const QRegularExpression inlineHeader(uR"(<ix:header\b.*?</ix:header\s*>)"_s,
                                                 QRegularExpression::DotMatchesEverythingOption);
    text.remove(inlineHeader);
    // "color:#auto" (Workiva) is no colour; Qt's CSS parser would warn of each.
    static const QRegularExpression autoColour(uR"(#auto\b)"_s, QRegularExpression::CaseInsensitiveOption);
    text.replace(autoColour, u"inherit"_s);
    return text;
}

qsizetype RenderedSource::occurrencesBefore(const QString &html, qsizetype end, const QString &needle)
{
    if (needle.isEmpty())
        return 0;
    QString shown = html.left(end);
    shown.remove(hidden());
    static const QRegularExpression tags(uR"(<[^>]*>)"_s);
    shown.remove(tags);
    return shown.count(needle);
}

bool RenderedSource::highlight(const QString &text, qsizetype occurrence)
{
    QTextCursor found(document());
    for (qsizetype n = 0; n <= occurrence; ++n) {
        found = document()->find(text, found, QTextDocument::FindCaseSensitively);
        if (found.isNull())
            break;
    }
    if (found.isNull()) {
        m_highlighted.clear();
        setExtraSelections({});
        return false;
    }
    QTextEdit::ExtraSelection selection;
    selection.cursor = found;
    selection.format.setBackground(palette().color(QPalette::Highlight));
    selection.format.setForeground(palette().color(QPalette::HighlightedText));
    setExtraSelections({selection});
    m_highlighted = found.selectedText();
    // Into the middle of the view.
    const QRect place = cursorRect(found);
    QScrollBar *down = verticalScrollBar();
    down->setValue(down->value() + place.center().y() - viewport()->height() / 2);
    QTextCursor caret = found;
    caret.clearSelection();
    setTextCursor(caret);
    return true;
}

QVariant RenderedSource::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type);
    Q_UNUSED(name);
    return {}; // nothing is fetched: no image, style sheet or page
}
