// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HtmlDocument.h"
#include "filing/Note.h"
#include "filing/Schedule.h"

#include <QList>

// Paragraphs that explain a non-GAAP adjustment under its own name, as
// releases write them when they do not letter their notes: a lead-in in
// bold or italics ("Restructuring costs. We exclude …"), or a bold line
// over the paragraph. Each becomes a note named by its heading; the trace
// links an adjustment to the note that bears its name.
class NamedExplanations
{
public:
    // Takes the narrative blocks in reading order.
    void take(const HtmlBlock &block);
    // The explanations whose name a row of the schedules bears, or the
    // other way round: a bold
    // "Outlook" over a paragraph on adjusted earnings explains no line.
    QList<Note> notesNaming(const QList<Schedule> &schedules) const;

private:
    void add(const QString &heading, const QString &text, const SourceLocation &location);

    QList<Note> m_notes;
    QString m_heading; // a bold line waiting for the paragraph under it
};
