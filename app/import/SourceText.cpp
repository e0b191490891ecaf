// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceText.h"

SourceText::SourceText(const QString &text)
{
    const QStringView all(text);
    qsizetype start = 0;
    while (start <= all.size()) {
        qsizetype end = all.indexOf(u'\n', start);
        if (end < 0)
            end = all.size();
        QStringView line = all.sliced(start, end - start);
        if (line.endsWith(u'\r'))
            line.chop(1);
        m_lines.append(line.toString());
        start = end + 1;
    }
    // A final line end does not open another line.
    if (m_lines.size() > 1 && m_lines.constLast().isEmpty() && (text.endsWith(u'\n')))
        m_lines.removeLast();
}

int SourceText::columnOf(QStringView line, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, line.size());
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        // The low half of a surrogate pair is part of the character before it.
        if (!line.at(i).isLowSurrogate())
            ++column;
    }
    return column;
}

SourceLocation SourceText::locate(int index, qsizetype offset, qsizetype length) const
{
    if (index < 0 || index >= lineCount())
        return {};
    const QString &text = m_lines.at(index);
    const int column = columnOf(text, offset);
    const int endColumn = columnOf(text, offset + length);
    return {index + 1, column, endColumn - column};
}
