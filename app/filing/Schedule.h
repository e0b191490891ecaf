// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Footnote.h"
#include "Period.h"
#include "Row.h"
#include "SourceLocation.h"

#include <QList>
#include <QString>
#include <QStringList>

// One table of a filing: a statement, a supporting schedule or a
// reconciliation, with its periods side by side.
struct Schedule
{
    QString company; // "Acme Corp." as printed above the title, when it is
    QString title;
    QStringList captions; // "(in thousands, except per share amounts)", "(unaudited)"
    qint64 scale = 1;     // what the caption's unit multiplies money by: 1000 "in thousands"
    // What share counts multiply by when the caption gives them a unit of
    // their own ("in millions, except share amounts which are reflected in
    // thousands"), 1 when it excepts them ("in thousands, except share and
    // per share data"); 0 when they are in the money's unit.
    qint64 shareScale = 0;
    QString intro; // a sentence between the title and the table
    QList<Period> periods;
    QList<Row> rows;
    QList<Footnote> footnotes;
    bool hasNoteColumn = false; // the table cites notes (A, B, …) in a column or beside values
    SourceLocation location;    // of the title

    // "in thousands, except per share amounts", from the caption; empty when none says.
    QString unitsCaption() const;
    // "thousands", "millions", "billions" or "units".
    QString scaleName() const;
    // What the first caption saying "in thousands", "in millions" or "in
    // billions" multiplies money by; 1 when none says.
    static qint64 scaleOf(const QStringList &captions);
    // Whether a caption names the unit of money at all: a scale, or "in
    // dollars" for figures printed whole.
    static bool statesUnits(const QStringList &captions);
    // Whether the title announces a reconciliation to non-GAAP measures:
    // "Reconciliation of …", "Non-GAAP …", "… Adjusted …".
    static bool isReconciliationTitle(const QString &title);
    // Takes "(in thousands)", "($ in millions)" out of a text (a period's
    // header, a sentence leading into a table) and returns it; empty when
    // the text names no units. The lines left are trimmed.
    static QString takeUnits(QString &text);
    // The share counts' own unit, as shareScale.
    static qint64 shareScaleOf(const QStringList &captions);
    // Index of the row with this label and occurrence (1-based), or -1.
    qsizetype findRow(const QString &label, int occurrence = 1) const;
};
