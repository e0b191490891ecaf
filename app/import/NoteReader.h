// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/Note.h"

#include <QStringView>

#include <optional>

// Reads a note paragraph: "**Note A: Acquisition Related Expenses.** We
// excluded … (i) amortization …; (ii) compensation …; and (iii) …".
class NoteReader
{
public:
    // Nullopt when the paragraph is not a note. `raw` is the paragraph's
    // raw text (markup included).
    static std::optional<Note> read(QStringView raw);
    // The same paragraph as plain text, its heading ending at the first
    // period: "Note A: Acquisition related expenses. We excluded …" (HTML).
    static std::optional<Note> readPlain(const QString &text);

    // The enumerated clauses (i), (ii), (iii)… of a text, in sequence from
    // (i); none when the text does not enumerate.
    static QList<NoteClause> clausesOf(const QString &text);

    static QString romanNumeral(int n);
};
