// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/SourceLocation.h"

#include <QString>
#include <QStringList>
#include <QStringView>

// A decoded file split into lines (line ends and a final carriage return
// removed), with the arithmetic that turns an offset into a 1-based column
// counted in characters, not UTF-16 units.
class SourceText
{
public:
    explicit SourceText(const QString &text);

    int lineCount() const { return int(m_lines.size()); }
    const QString &line(int index) const { return m_lines.at(index); }
    const QStringList &lines() const { return m_lines; }

    // Column (1-based, in code points) of a UTF-16 offset into a line.
    static int columnOf(QStringView line, qsizetype offset);
    // Where the span [offset, offset+length) of line `index` (0-based) is.
    SourceLocation locate(int index, qsizetype offset, qsizetype length = 0) const;

private:
    QStringList m_lines;
};
