// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableLine.h"

#include "MarkupText.h"
#include "SourceText.h"
#include "TextBlock.h"
#include "amount/AmountParser.h"

bool TableLine::isEmptyAt(qsizetype column) const
{
    return column >= cells.size() || cells.at(column).clean.text.isEmpty();
}

QString TableLine::textAt(qsizetype column) const
{
    return column < cells.size() ? cells.at(column).clean.text : QString();
}

qsizetype TableLine::usedWidth() const
{
    qsizetype width = cells.size();
    while (width > 0 && cells.at(width - 1).clean.text.isEmpty())
        --width;
    return width;
}

bool TableLine::isHeader(const TableLine &line, bool first)
{
    if (line.usedWidth() <= 1)
        return false;
    if (line.isEmptyAt(0))
        return true;
    if (!first)
        return false;
    for (qsizetype c = 1; c < line.cells.size(); ++c) {
        const QString text = line.textAt(c);
        if (!text.isEmpty() && AmountParser::parse(text).ok)
            return false;
    }
    return true;
}

QList<TableLine> TableLine::read(const SourceText &source, const TextBlock &block)
{
    QList<TableLine> lines;
    lines.reserve(block.lineCount());
    for (int index = block.first; index <= block.last; ++index) {
        const QStringView text = source.line(index);
        TableLine line;
        line.lineIndex = index;
        qsizetype start = 0;
        while (true) {
            qsizetype tab = text.indexOf(u'\t', start);
            const qsizetype end = tab < 0 ? text.size() : tab;
            Cell cell;
            cell.offset = start;
            cell.length = end - start;
            cell.clean = MarkupText::clean(text.sliced(start, end - start)).trimmed();
            cell.clean.moveBy(start);
            line.cells.append(std::move(cell));
            if (tab < 0)
                break;
            start = tab + 1;
        }
        lines.append(std::move(line));
    }
    return lines;
}
