// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NoteClause.h"
#include "SourceLocation.h"

#include <QList>
#include <QString>

// A note that explains non-GAAP adjustments: "Note A: Acquisition Related
// Expenses." and its text. Reconciliation rows cite it by letter.
struct Note
{
    QString letter;
    QString title;             // without the trailing period
    QString text;              // markup removed
    QList<NoteClause> clauses; // empty when the note enumerates none
    SourceLocation location;
};
