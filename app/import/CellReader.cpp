// SPDX-License-Identifier: GPL-3.0-or-later
#include "CellReader.h"

#include "ImportContext.h"
#include "amount/AmountParser.h"

#include <QRegularExpression>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

bool CellReader::isNoteReference(QStringView text)
{
    static const QRegularExpression pattern(uR"(^[A-Z](?:\s*/\s*[A-Z])*$)"_s);
    return pattern.match(text).hasMatch();
}

QStringList CellReader::splitNoteReference(QStringView text)
{
    QStringList letters;
    for (const QStringView part : text.split(u'/'))
        letters << part.trimmed().toString();
    return letters;
}

bool CellReader::isMarker(QStringView text)
{
    // Asked of every cell: compared in place, without a lower-case copy.
    // "#" stands for a change too large to print (American Express: "#"
    // and "# %" under "Change 2023 vs. 2022").
    static constexpr QStringView Markers[] = {u"*", u"**", u"#", u"n/m", u"n/a", u"nm", u"na"};
    QStringView bare = text.trimmed();
    if (bare.size() > 1 && bare.endsWith(u'%'))
        bare = bare.chopped(1).trimmed();
    return std::any_of(std::begin(Markers), std::end(Markers),
                       [bare](QStringView marker) { return bare.compare(marker, Qt::CaseInsensitive) == 0; });
}

Cell CellReader::read(ImportContext &context, const TableLine &line, qsizetype column, QStringList *letters,
                      SourceLocation *letterLocation)
{
    Cell cell;
    const QStringView raw = context.source().line(line.lineIndex);
    if (column >= line.cells.size()) {
        // The row stops before this column: an empty cell at the line's end.
        cell.location = context.source().locate(line.lineIndex, raw.size());
        cell.textStart = qint32(context.source().startOf(line.lineIndex) + raw.size());
        return cell;
    }
    const TableLine::Cell &source = line.cells.at(column);
    CleanText text = source.clean;
    cell.emphasis = text.emphasis;

    if (letters) {
        // "C (455)": a reference, white space, then something that reads as an amount.
        static const QRegularExpression shared(uR"(^([A-Z](?:/[A-Z])*)\s+(\S.*)$)"_s);
        const auto match = shared.match(text.text);
        if (match.hasMatch() && AmountParser::parse(match.capturedView(2)).ok) {
            *letters = splitNoteReference(match.capturedView(1));
            if (letterLocation) {
                *letterLocation = context.source().locate(line.lineIndex, text.rawOffset(0),
                                                          text.rawOffset(match.capturedLength(1)) - text.rawOffset(0));
            }
            text = text.mid(match.capturedStart(2));
        }
    }

    const qsizetype start = text.text.isEmpty() ? source.offset : text.rawOffset(0);
    const qsizetype end = text.text.isEmpty() ? source.offset : text.rawOffset(text.text.size() - 1) + 1;
    cell.location = context.source().locate(line.lineIndex, start, end - start);
    // Most cells print their text as it is: read in place, not copied.
    cell.textLength = qint32(text.text.size());
    if (raw.sliced(start, end - start) == text.text) {
        cell.textStart = qint32(context.source().startOf(line.lineIndex) + start);
    } else {
        cell.cleanedText = true;
        cell.textStart = qint32(context.keepCleaned(text.text));
    }

    if (isMarker(text.text)) {
        cell.marker = true;
        return cell;
    }
    const AmountParseResult parsed = AmountParser::parse(text.text);
    if (!parsed.ok) {
        cell.readable = false;
        context.warn(line.lineIndex, text.rawOffset(parsed.errorOffset),
                     u"unreadable amount \"%1\": %2"_s.arg(text.text, parsed.error), text.text);
        return cell;
    }
    cell.amount = parsed.amount;
    cell.currency = parsed.currency;
    cell.percent = parsed.percent;
    return cell;
}
