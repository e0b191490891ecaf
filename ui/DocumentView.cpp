// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentView.h"

#include "desktop/Theme.h"
#include "models/FilingHtml.h"

#include <QEvent>

DocumentView::DocumentView(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) { activateLink(url.toString()); });
}

void DocumentView::showNotes(const FilingAnalysisPtr &analysis, const TraceTarget &shown)
{
    m_content = Content::Notes;
    m_shown = shown.kind == TraceTarget::Kind::Note ? shown : TraceTarget{};
    m_html = FilingHtml::notes(*analysis, m_shown);
    render();
    // The note's heading at the top: its text, with the clause highlighted, just under it.
    if (m_shown.isValid())
        scrollToAnchor(FilingHtml::noteAnchor(m_shown.note));
}

void DocumentView::showNarrative(const FilingAnalysisPtr &analysis)
{
    m_content = Content::Narrative;
    m_shown = {};
    m_html = FilingHtml::narrative(*analysis);
    render();
}

void DocumentView::activateLink(const QString &url)
{
    const TraceTarget target = TraceTarget::fromUrl(url);
    if (target.isValid())
        Q_EMIT targetActivated(target);
}

void DocumentView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void DocumentView::render()
{
    document()->setDefaultStyleSheet(Theme::documentStyleSheet(palette()));
    setHtml(m_html);
}
