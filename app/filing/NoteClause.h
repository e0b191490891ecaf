// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// An enumerated clause of a note: "(i) amortization of purchased intangible
// assets associated with our acquisitions".
struct NoteClause
{
    QString numeral;      // "i", "ii", …
    QString text;         // the clause without its numeral and trailing "; and"
    qsizetype offset = 0; // where the numeral starts in the note's text
    qsizetype length = 0; // how far the clause runs in the note's text
};
