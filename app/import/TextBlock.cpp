// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextBlock.h"

#include "SourceText.h"

namespace {
bool isBlank(QStringView line)
{
    for (const QChar c : line) {
        if (!c.isSpace())
            return false;
    }
    return true;
}
} // namespace

QList<TextBlock> TextBlock::split(const SourceText &source)
{
    QList<TextBlock> blocks;
    const int count = source.lineCount();
    int i = 0;
    while (i < count) {
        if (isBlank(source.line(i))) {
            ++i;
            continue;
        }
        TextBlock block;
        block.first = i;
        block.type = source.line(i).contains(u'\t') ? Type::Table : Type::Paragraph;
        int j = i + 1;
        for (; j < count; ++j) {
            const QStringView line = source.line(j);
            if (isBlank(line))
                break;
            const bool tabbed = line.contains(u'\t');
            if (block.type == Type::Paragraph && tabbed)
                break;
            if (block.type == Type::Table && !tabbed) {
                const bool tableGoesOn = j + 1 < count && source.line(j + 1).contains(u'\t');
                if (!tableGoesOn)
                    break;
            }
        }
        block.last = j - 1;
        blocks.append(block);
        i = j;
    }
    return blocks;
}
