// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NoteClause.h"
#include "SourceLocation.h"

#include <QList>
#include <QString>

// A note that explains non-GAAP adjustments: "Note A: Acquisition Related
// Expenses." and its text. Reconciliation rows cite it by letter; a
// footnote is keyed by its marker, a paragraph headed by an adjustment's
// name by that name.
struct Note
{
    QString letter;
    QString title;             // without the trailing period
    QString text;              // markup removed
    QList<NoteClause> clauses; // empty when the note enumerates none
    SourceLocation location;

    // A note named by the heading of the paragraph it is ("Restructuring
    // costs"), not lettered.
    bool isNamed() const { return letter == title; }
    // "Note A: Acquisition Related Expenses", or a named note's name.
    QString heading() const;
    // "Note A", or a named note's name.
    QString name() const;
};
