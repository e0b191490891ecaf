// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleaseTableReader.h"

#include "CellReader.h"
#include "ImportContext.h"
#include "PeriodLabel.h"
#include "TableLine.h"
#include "TextBlock.h"
#include "amount/AmountParser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

struct Layout
{
    QList<qsizetype> periodColumns;
    qsizetype noteColumn = -1;
};

bool isNoteHeading(const QString &text)
{
    static const QRegularExpression pattern(uR"(^(notes?|ref\.?|reference)$)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

Layout layoutOf(const QList<TableLine> &header)
{
    Layout layout;
    const TableLine &bottom = header.constLast();
    for (qsizetype c = 1; c < bottom.cells.size(); ++c) {
        if (bottom.isEmptyAt(c))
            continue;
        if (c == 1 && isNoteHeading(bottom.textAt(c))) {
            layout.noteColumn = 1;
            continue;
        }
        layout.periodColumns.append(c);
    }
    // Between the labels and the first period, one column: the note letters,
    // whether its header says "Note" or nothing.
    if (!layout.periodColumns.isEmpty() && layout.periodColumns.constFirst() == 2)
        layout.noteColumn = 1;
    return layout;
}

// The label of each period: for every header line above the bottom one, the
// nearest group label at or left of the column (but not left of the first
// period), then the bottom line's own text.
QList<Period> periodsOf(const ImportContext &context, const QList<TableLine> &header, const Layout &layout)
{
    QList<Period> periods;
    const qsizetype firstPeriod = layout.periodColumns.constFirst();
    for (const qsizetype column : layout.periodColumns) {
        QStringList lines;
        for (qsizetype h = 0; h + 1 < header.size(); ++h) {
            for (qsizetype c = column; c >= firstPeriod; --c) {
                if (!header[h].isEmptyAt(c)) {
                    lines << header[h].textAt(c);
                    break;
                }
            }
        }
        lines << header.constLast().textAt(column);
        Period period = PeriodLabel::parse(lines);
        const TableLine::Cell &cell = header.constLast().cells.at(column);
        period.location = context.source().locate(header.constLast().lineIndex, cell.offset, cell.length);
        periods.append(period);
    }
    return periods;
}

// A column of percentages ("% Change", or figures nine in ten of which print "%"):
// its figures do not add up as the rows' amounts do.
void markRates(TablePart &part)
{
    for (qsizetype p = 0; p < part.periods.size(); ++p) {
        int figures = 0;
        int percents = 0;
        for (const Row &row : std::as_const(part.rows)) {
            if (p < row.cells.size() && !row.cells[p].isNil()) {
                ++figures;
                percents += row.cells[p].percent ? 1 : 0;
            }
        }
        if (PeriodLabel::namesRates(part.periods[p].label()) || (figures > 0 && percents * 10 >= figures * 9))
            part.periods[p].unit = RowUnit::Percent;
    }
}

Row readRow(ImportContext &context, const TableLine &line, const Layout &layout, TablePart &part)
{
    Row row;
    const TableLine::Cell &labelCell = line.cells.constFirst();
    row.label = context.shared(labelCell.clean.text);
    row.emphasis = labelCell.clean.emphasis;
    const qsizetype labelStart = labelCell.clean.text.isEmpty() ? labelCell.offset : labelCell.clean.rawOffset(0);
    row.location = context.source().locate(line.lineIndex, labelStart,
                                           labelCell.clean.rawOffset(labelCell.clean.text.size()) - labelStart);

    if (layout.noteColumn >= 0 && !line.isEmptyAt(layout.noteColumn)) {
        const TableLine::Cell &noteCell = line.cells.at(layout.noteColumn);
        row.noteLocation =
            context.source().locate(line.lineIndex, noteCell.clean.rawOffset(0), noteCell.clean.text.size());
        if (CellReader::isNoteReference(noteCell.clean.text))
            row.notes = CellReader::splitNoteReference(noteCell.clean.text);
        else
            context.warn(line.lineIndex, noteCell.clean.rawOffset(0),
                         u"expected a note letter such as A or A/B, found \"%1\""_s.arg(noteCell.clean.text),
                         noteCell.clean.text);
    }

    row.cells.reserve(layout.periodColumns.size());
    for (qsizetype p = 0; p < layout.periodColumns.size(); ++p) {
        const bool first = p == 0;
        QStringList letters;
        SourceLocation letterLocation;
        const bool lookForLetter = first && layout.noteColumn < 0;
        Cell cell = CellReader::read(context, line, layout.periodColumns[p], lookForLetter ? &letters : nullptr,
                                     &letterLocation);
        if (!letters.isEmpty()) {
            row.notes = letters;
            row.noteLocation = letterLocation;
            part.sharedLetters = true;
        }
        row.cells.append(std::move(cell));
    }

    // Values beyond the last period column, or a row that stops short.
    const qsizetype lastColumn = layout.periodColumns.constLast();
    if (line.usedWidth() > lastColumn + 1) {
        const TableLine::Cell &extra = line.cells.at(lastColumn + 1);
        context.warn(
            line.lineIndex, extra.offset,
            u"unexpected value after the last period column: expected %1 values"_s.arg(layout.periodColumns.size()),
            extra.clean.text);
    } else if (row.hasValues() && line.cells.size() <= lastColumn) {
        context.warn(line.lineIndex, context.source().line(line.lineIndex).size(),
                     u"row ends early: expected %1 values, found %2"_s.arg(layout.periodColumns.size())
                         .arg(qMax(qsizetype(0), line.cells.size() - layout.periodColumns.constFirst())));
    }
    return row;
}

} // namespace

std::optional<TablePart> ReleaseTableReader::read(ImportContext &context, const TextBlock &block)
{
    const QList<TableLine> lines = TableLine::read(context.source(), block);
    QList<TableLine> header;
    qsizetype i = 0;
    while (i < lines.size() && TableLine::isHeader(lines[i], i == 0)) {
        header.append(lines[i]);
        ++i;
    }
    if (header.isEmpty()) {
        context.warn(
            block.first, 0,
            u"table without a period header: expected a line such as \"<tab>2007<tab>2006\" above its rows; table skipped"_s);
        return std::nullopt;
    }
    const Layout layout = layoutOf(header);
    if (layout.periodColumns.isEmpty()) {
        context.warn(header.constLast().lineIndex, 0, u"table header names no period; table skipped"_s);
        return std::nullopt;
    }

    TablePart part;
    part.firstLine = block.first;
    part.noteColumn = layout.noteColumn >= 0;
    part.periods = periodsOf(context, header, layout);
    part.rows.reserve(lines.size() - i);
    for (; i < lines.size(); ++i) {
        const TableLine &line = lines[i];
        if (line.isEmptyAt(0)) {
            // Said where the label is missing: the first cell.
            if (line.usedWidth() > 0)
                context.warn(line.lineIndex, line.cells.at(0).offset,
                             u"values without a label: expected a row label in the first column; row skipped"_s);
            continue;
        }
        part.rows.append(readRow(context, line, layout, part));
    }
    if (part.rows.isEmpty()) {
        context.warn(header.constLast().lineIndex, 0,
                     u"table header without rows: expected labelled rows of values under it; table skipped"_s);
        return std::nullopt;
    }
    markRates(part);
    return part;
}
