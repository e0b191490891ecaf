// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceText.h"

SourceText::SourceText(const QString &text)
{
    // Lines end with "\n", "\r\n" or a lone "\r" (old Mac files): each
    // reads as the same lines with the same columns.
    const QStringView all(text);
    const qsizetype size = all.size();
    qsizetype start = 0;
    while (true) {
        qsizetype end = start;
        while (end < size && all.at(end) != u'\n' && all.at(end) != u'\r')
            ++end;
        m_lines.append(all.sliced(start, end - start).toString());
        if (end >= size)
            break;
        start = end + ((all.at(end) == u'\r' && end + 1 < size && all.at(end + 1) == u'\n') ? 2 : 1);
        // A final line end does not open another line.
        if (start >= size)
            break;
    }
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
