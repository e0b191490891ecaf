// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class SourceText;

// A run of lines that belong together: a paragraph of text, or a table
// (lines with tab-separated cells). Line indexes are 0-based.
struct TextBlock
{
    enum class Type { Paragraph, Table };

    Type type = Type::Paragraph;
    int first = 0;
    int last = 0; // inclusive

    bool isTable() const { return type == Type::Table; }
    int lineCount() const { return last - first + 1; }

    // Splits a whole text into blocks; blank lines separate them. A line
    // without a tab between two table lines (a label-only row whose empty
    // cells were dropped) stays in its table.
    static QList<TextBlock> split(const SourceText &source);
};
