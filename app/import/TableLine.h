// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CleanText.h"

#include <QList>

class SourceText;
struct TextBlock;

// One line of a table, split at its tabs. Each cell keeps its raw offset in
// the line and its text with the markup removed and trimmed.
struct TableLine
{
    struct Cell
    {
        qsizetype offset = 0; // raw start of the cell in the line
        qsizetype length = 0; // raw length of the cell
        CleanText clean;      // trimmed
    };

    int lineIndex = 0; // 0-based
    QList<Cell> cells;

    bool isEmptyAt(qsizetype column) const;
    QString textAt(qsizetype column) const;
    // Index one past the last cell with text (trailing empty cells do not count).
    qsizetype usedWidth() const;

    // A header line has an empty label cell; the first line of a table may
    // also name the label column ("Name") as long as nothing in it reads as
    // a number.
    static bool isHeader(const TableLine &line, bool first);

    static QList<TableLine> read(const SourceText &source, const TextBlock &block);
};
