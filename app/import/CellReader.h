// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TableLine.h"
#include "filing/Cell.h"

#include <QStringList>

class ImportContext;

// Turns one table cell into a Cell: its exact amount, its text and its place.
// A cell that is not an amount is kept as text, flagged unreadable, and a
// warning names its line and column; the row is not lost.
class CellReader
{
public:
    // When `letters` is given, a note letter sharing the cell with the value
    // ("C (455)", "A/B 1,369") is taken off into it, with its location.
    static Cell read(ImportContext &context, const TableLine &line, qsizetype column, QStringList *letters = nullptr,
                     SourceLocation *letterLocation = nullptr);

    // "A", "A/B": one or more capital letters separated by slashes.
    static bool isNoteReference(QStringView text);
    static QStringList splitNoteReference(QStringView text);
    // Printed instead of a value: "*" (under 1%), "n/m", "n/a".
    static bool isMarker(QStringView text);
};
