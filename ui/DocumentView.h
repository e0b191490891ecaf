// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"
#include "tracesheet/TraceTarget.h"

#include <QTextBrowser>

// The notes and the narrative of a filing as rich text. Notes list the
// rows that cite them; the narrative's figures link to their cells. Links
// are handed to the window as targets.
class DocumentView : public QTextBrowser
{
    Q_OBJECT

public:
    enum class Content { None, Notes, Narrative };

    explicit DocumentView(QWidget *parent = nullptr);

    // The notes, scrolled to `shown` when it is a note, its clause (or its
    // whole text) highlighted.
    void showNotes(const FilingAnalysisPtr &analysis, const TraceTarget &shown = {});
    void showNarrative(const FilingAnalysisPtr &analysis);
    Content content() const { return m_content; }
    // The note shown (its target), when the notes are.
    const TraceTarget &shownNote() const { return m_shown; }
    void activateLink(const QString &url);

Q_SIGNALS:
    void targetActivated(const TraceTarget &target);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The style sheet applies as the HTML is read: set both again on a palette change.
    void render();

    Content m_content = Content::None;
    QString m_html;
    TraceTarget m_shown;
};
