// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlTableReader.h"

#include "CellReader.h"
#include "FootnoteMarker.h"
#include "ImportContext.h"
#include "InputLimits.h"
#include "PeriodLabel.h"
#include "SourceText.h"
#include "amount/AmountParser.h"
#include "filing/Schedule.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace {

// What a cell of the grid holds, for working out the table's shape.
enum class Content { Empty, Figure, Dash, Opening, Closing, Text };

// A footnote marker after a figure or its parenthesis: "(a)", "(1)", "*".
const QRegularExpression &trailingMarker()
{
    static const QRegularExpression marker(uR"(\s*(\([a-z]\)|\([1-9]\)|\*{1,3})$)"_s);
    return marker;
}

// The text without a footnote marker after its figure: "1,234(a)" is 1,234,
// but "(32)" is a negative, not a marker.
QString withoutMarker(const QString &text)
{
    const QRegularExpressionMatch match = trailingMarker().match(text);
    if (!match.hasMatch() || match.capturedStart() == 0)
        return text;
    const QString rest = text.left(match.capturedStart());
    return std::any_of(rest.cbegin(), rest.cend(), [](QChar c) { return c.isDigit(); }) || rest.endsWith(u')') ? rest
                                                                                                               : text;
}

// "1,234", "0.25", "(1,234)", "$12", "4.5%": digits, grouped or not, with
// decimals or not, in the signs figures are printed with and without a
// space. The figures most cells hold, known without the expressions of
// contentOf, whose figure pattern they are a part of.
bool isPlainFigure(QStringView text)
{
    const auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    qsizetype at = 0;
    const auto skip = [&](char16_t sign) {
        if (at < text.size() && text[at] == sign)
            ++at;
    };
    skip(u'$');
    skip(u'(');
    skip(u'$');
    if (at == text.size() || !isDigit(text[at]))
        return false;
    while (at < text.size() && (isDigit(text[at]) || text[at] == u','))
        ++at;
    if (at < text.size() && text[at] == u'.') {
        const qsizetype decimals = ++at;
        while (at < text.size() && isDigit(text[at]))
            ++at;
        if (at == decimals)
            return false;
    }
    skip(u')');
    skip(u'%');
    skip(u')');
    return at == text.size();
}

Content contentOf(QString text)
{
    if (text.isEmpty())
        return Content::Empty;
    if (isPlainFigure(text))
        return Content::Figure;
    // ")(a)": the parenthesis closing a negative, then its footnote's marker.
    if (text.size() > 1 && (text.startsWith(u')') || text.startsWith(u'%')))
        text = withoutMarker(text);
    static const QStringList opening = {u"$"_s, u"("_s, u"$("_s, u"($"_s, u"US$"_s};
    if (opening.contains(text))
        return Content::Opening;
    // Only these characters make a closing, a dash or a figure: a label's
    // letters settle it without the expressions, which a 10-K's hundreds of
    // thousands of cells would otherwise each run.
    const auto mayClose = [](QChar c) {
        return c.isDigit() || c.isSpace() || QStringView(u"$()-,.%\u2013\u2014bpstx").contains(c);
    };
    if (!std::all_of(text.cbegin(), text.cend(), mayClose))
        return Content::Text;
    if (text == u")" || text == u")%" || text == u"%" || text == u"%)")
        return Content::Closing;
    // ")", "%", ")%", " pts)", "bps": what closes a figure in the next cell.
    static const QRegularExpression closing(uR"(^(\)%?|%\)?|(pts|bps|bp)\.?\s*\)?|x)$)"_s);
    if (closing.match(text).hasMatch())
        return Content::Closing;
    static const QRegularExpression dash(uR"(^\$?\s*[\x{2014}\x{2013}\-]+\s*%?$)"_s);
    if (dash.match(text).hasMatch())
        return Content::Dash;
    static const QRegularExpression figure(
        uR"(^\$?\s*\(?\s*\$?\s*-?[0-9][0-9,]*(\.[0-9]+)?\s*\)?\s*%?\)?(\s*(bps|bp\.?|pts\.?))?$)"_s);
    if (figure.match(text).hasMatch())
        return Content::Figure;
    return Content::Text;
}

bool isYear(const QString &text)
{
    static const QRegularExpression year(uR"(^(19|20)[0-9]{2}$)"_s);
    return year.match(text).hasMatch();
}

struct Slot
{
    const HtmlCell *cell = nullptr;
    bool origin = false; // the cell's own top-left place, not a place it spans
};

using Grid = QList<QList<Slot>>;

// The table as a browser lays it out: each cell in every place it spans,
// spans cut to the table (a colspan of a million would fill memory).
Grid gridOf(ImportContext &context, const HtmlTable &table)
{
    Grid grid(table.rows.size());
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        qsizetype c = 0;
        for (const HtmlCell &cell : table.rows[r].cells) {
            while (c < grid[r].size() && grid[r][c].cell)
                ++c;
            if (c >= InputLimits::MaxCells)
                break;
            const qsizetype columns = std::min<qsizetype>(cell.colspan, InputLimits::MaxCells - c);
            if (columns < cell.colspan)
                context.warnAt(cell.location, u"colspan %1 cut to %2: at most %3 columns are read"_s.arg(cell.colspan)
                                                  .arg(columns)
                                                  .arg(InputLimits::MaxCells));
            const qsizetype rows =
                cell.rowspan == 0 ? table.rows.size() - r : std::min<qsizetype>(cell.rowspan, table.rows.size() - r);
            for (qsizetype dr = 0; dr < rows; ++dr) {
                QList<Slot> &line = grid[r + dr];
                if (line.size() < c + columns)
                    line.resize(c + columns);
                for (qsizetype dc = 0; dc < columns; ++dc) {
                    if (!line[c + dc].cell)
                        line[c + dc] = {&cell, dr == 0 && dc == 0};
                }
            }
            c += columns;
        }
    }
    return grid;
}

const HtmlCell *originAt(const Grid &grid, qsizetype row, qsizetype column)
{
    if (column < 0 || column >= grid[row].size())
        return nullptr;
    const Slot &slot = grid[row][column];
    return slot.origin ? slot.cell : nullptr;
}

const HtmlCell *cellAt(const Grid &grid, qsizetype row, qsizetype column)
{
    return column >= 0 && column < grid[row].size() ? grid[row][column].cell : nullptr;
}

// A column of figures, perhaps spread over neighbouring grid columns where
// rows place their figures one column apart.
struct ValueColumn
{
    QList<qsizetype> columns;
    qsizetype first() const { return columns.constFirst(); }
    qsizetype last() const { return columns.constLast(); }
};

// The figure of a cell's text: "$—" and "—%" are nil like "—", and a
// change in basis points or points ("22 bps", "(231) bp.") is its number.
QString amountText(const QString &text)
{
    static const QRegularExpression dash(uR"(^\$?\s*[\x{2014}\x{2013}\-]+\s*%?$)"_s);
    if (dash.match(text).hasMatch())
        return u"\u2014"_s;
    static const QRegularExpression unit(uR"(\s*(bps|bp\.?|pts\.?|basis points)\s*(\)?)$)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    QString number = withoutMarker(text);
    number.replace(unit, u"\\2"_s);
    return number;
}

class TableReader
{
public:
    TableReader(ImportContext &context, const HtmlTable &table)
        : m_context(context), m_grid(gridOf(context, table)), m_firstLine(std::max(0, table.location.line - 1))
    { }

    std::optional<HtmlTableReader::Result> read()
    {
        findBody();
        if (m_body < 0)
            return std::nullopt;
        findValueColumns();
        if (m_values.isEmpty())
            return std::nullopt;
        findLabelEnd();
        HtmlTableReader::Result result;
        readHeader(result);
        readRows(result.part);
        markPercentColumns(result.part);
        result.part.firstLine = m_firstLine;
        if (result.part.rows.isEmpty())
            return std::nullopt;
        return result;
    }

private:
    // The first row with a label and a figure that is not a year: the body starts there.
    void findBody()
    {
        for (qsizetype r = 0; r < m_grid.size(); ++r) {
            bool label = false;
            bool figure = false;
            for (qsizetype c = 0; c < m_grid[r].size(); ++c) {
                const HtmlCell *cell = originAt(m_grid, r, c);
                if (!cell)
                    continue;
                const Content content = contentOf(cell->text);
                if (content == Content::Text && !figure)
                    label = true;
                if ((content == Content::Figure && !isYear(cell->text)) || (content == Content::Dash && label))
                    figure = true;
            }
            if (label && figure) {
                m_body = r;
                // Headings above the first figure ("Net sales:", "ASSETS:") are
                // rows: a label with nothing right of it, below the header,
                // with empty spacer rows between.
                for (qsizetype above = m_body - 1; above >= 0; --above) {
                    if (isLabelOnly(above))
                        m_body = above;
                    else if (!isEmptyRow(above))
                        break;
                }
                return;
            }
        }
    }

    bool isEmptyRow(qsizetype r) const
    {
        for (qsizetype c = 0; c < m_grid[r].size(); ++c) {
            const HtmlCell *cell = cellAt(m_grid, r, c);
            if (cell && !cell->text.isEmpty())
                return false;
        }
        return true;
    }

    // A row with text in its first cell and nothing else: a heading of the body.
    bool isLabelOnly(qsizetype r) const
    {
        const HtmlCell *first = nullptr;
        for (qsizetype c = 0; c < m_grid[r].size(); ++c) {
            const HtmlCell *cell = originAt(m_grid, r, c);
            if (!cell || cell->text.isEmpty())
                continue;
            if (first || c > 1 || contentOf(cell->text) != Content::Text)
                return false;
            first = cell;
        }
        // A line spanning the whole table is a title, not a heading.
        qsizetype width = 0;
        for (const QList<Slot> &line : m_grid)
            width = std::max(width, line.size());
        return first && first->colspan * 5 < width * 4;
    }

    // The grid columns where the body's figures stand, joined where rows put
    // one column's figures a place apart (never both in one row).
    void findValueColumns()
    {
        std::map<qsizetype, QList<qsizetype>> rowsOf; // column -> body rows with a figure there
        for (qsizetype r = m_body; r < m_grid.size(); ++r) {
            bool seenLabel = false;
            for (qsizetype c = 0; c < m_grid[r].size(); ++c) {
                const HtmlCell *cell = originAt(m_grid, r, c);
                if (!cell)
                    continue;
                const Content content = contentOf(cell->text);
                if (content == Content::Text)
                    seenLabel = true;
                if ((content == Content::Figure || content == Content::Dash) && (seenLabel || c > 0))
                    rowsOf[c].append(r);
            }
        }
        for (const auto &[column, rows] : rowsOf) {
            if (!m_values.isEmpty()) {
                ValueColumn &previous = m_values.last();
                bool shared = false;
                for (const qsizetype c : previous.columns)
                    shared = shared || std::any_of(rows.cbegin(), rows.cend(), [&](qsizetype r) {
                                 return rowsOf[c].contains(r);
                             });
                // A figure spanning several places ("456" over "$" and
                // "10.85") stands in the column it covers.
                const qsizetype here = column; // clang 14 lets no lambda capture a structured binding
                const bool spans =
                    std::any_of(rowsOf[previous.last()].cbegin(), rowsOf[previous.last()].cend(), [&](qsizetype r) {
                        const HtmlCell *cell = originAt(m_grid, r, previous.last());
                        return cell && previous.last() + cell->colspan > here;
                    });
                if (!shared && (column - previous.last() <= 2 || spans) && !holdsText(previous.last() + 1, column)) {
                    previous.columns.append(column);
                    continue;
                }
            }
            m_values.append(ValueColumn{{column}});
        }
        // A column of nothing but footnote numbers ("1", "2" beside a few
        // rows, in a cell after the figure) is not a period.
        static const QRegularExpression footnote(uR"(^[1-9][0-9]?$)"_s);
        const qsizetype bodyRows = m_grid.size() - m_body;
        m_values.removeIf([&](const ValueColumn &value) {
            qsizetype count = 0;
            bool markers = true;
            for (const qsizetype c : value.columns) {
                for (const qsizetype r : rowsOf[c]) {
                    ++count;
                    const HtmlCell *cell = originAt(m_grid, r, c);
                    markers = markers && cell && footnote.match(cell->text).hasMatch();
                }
            }
            return count == 0 || (markers && count * 2 <= bodyRows);
        });
    }

    // The last column where a body row's label starts: header text from
    // there leftwards titles the table; right of it, it heads a period.
    // Only rows with figures count: a header repeated inside the body
    // ("Units K" over the second block) starts where the periods do.
    void findLabelEnd()
    {
        const qsizetype firstValue = m_values.constFirst().first();
        m_labelEnd = 0;
        for (qsizetype r = m_body; r < m_grid.size(); ++r) {
            if (!holdsFigure(r))
                continue;
            for (qsizetype c = 0; c < std::min<qsizetype>(firstValue, m_grid[r].size()); ++c) {
                const HtmlCell *cell = originAt(m_grid, r, c);
                if (cell && contentOf(cell->text) == Content::Text) {
                    m_labelEnd = std::max(m_labelEnd, c);
                    break;
                }
            }
        }
    }

    bool holdsFigure(qsizetype r) const
    {
        for (const ValueColumn &value : m_values) {
            for (const qsizetype c : value.columns) {
                const HtmlCell *cell = originAt(m_grid, r, c);
                if (cell && contentOf(cell->text) == Content::Figure)
                    return true;
            }
        }
        return false;
    }

    bool holdsText(qsizetype from, qsizetype to) const
    {
        for (qsizetype r = m_body; r < m_grid.size(); ++r) {
            for (qsizetype c = from; c < to; ++c) {
                const HtmlCell *cell = originAt(m_grid, r, c);
                if (cell && contentOf(cell->text) == Content::Text)
                    return true;
            }
        }
        return false;
    }

    qsizetype valueIndexOf(qsizetype column) const
    {
        for (qsizetype v = 0; v < m_values.size(); ++v) {
            if (m_values[v].columns.contains(column))
                return v;
        }
        return -1;
    }

    // Rows above the body: periods over the figures' columns; lines that
    // stand alone (a title, the units) go to the heading.
    void readHeader(HtmlTableReader::Result &result)
    {
        QList<QStringList> lines(m_values.size());
        for (qsizetype r = 0; r < m_body; ++r) {
            for (qsizetype v = 0; v < m_values.size(); ++v) {
                const HtmlCell *cell = headerCellFor(r, m_values[v]);
                if (!cell)
                    continue;
                // "Three Months Ended (in thousands)": the units are the table's.
                QString text = cell->text;
                if (const QString units = Schedule::takeUnits(text);
                    !units.isEmpty() && !result.heading.contains(units))
                    result.heading << units;
                if (lines[v].isEmpty() || lines[v].constLast() != text)
                    lines[v].append(text.split(u'\n'));
            }
            // Text over the labels, or spanning the table alone: a heading line.
            for (qsizetype c = 0; c <= std::min<qsizetype>(m_labelEnd, m_grid[r].size() - 1); ++c) {
                const HtmlCell *cell = originAt(m_grid, r, c);
                if (cell && !cell->text.isEmpty())
                    result.heading << cell->text.split(u'\n');
            }
        }
        for (qsizetype v = 1; v < m_values.size(); ++v) {
            if (sharesHeader(v - 1, v))
                borrowYear(lines[v - 1], lines[v]);
        }
        for (qsizetype v = 0; v < m_values.size(); ++v) {
            Period period = PeriodLabel::parse(lines[v]);
            // A column of percentages or basis points: its figures do not add up.
            if (PeriodLabel::namesRates(lines[v].join(u' ')) || mostlyPercent(m_values[v]))
                period.unit = RowUnit::Percent;
            else if (PeriodLabel::namesPrices(lines[v].join(u' ')))
                period.unit = RowUnit::PerShare;
            if (const HtmlCell *cell = headerCellFor(m_body - 1, m_values[v]))
                period.location = cell->location;
            result.part.periods.append(period);
        }
    }

    // Whether one header cell spans both columns ("Year Ended May 31," over
    // "2022 GAAP", "Adj." and "2022 Non-GAAP").
    bool sharesHeader(qsizetype v, qsizetype w) const
    {
        for (qsizetype r = 0; r < m_body; ++r) {
            const HtmlCell *cell = headerCellFor(r, m_values[v]);
            if (cell && cell == headerCellFor(r, m_values[w]))
                return true;
        }
        return false;
    }

    // A column under a shared header that prints no year of its own ("Adj.",
    // "% of Revenues") is in the year of the column before it.
    static void borrowYear(const QStringList &before, QStringList &lines)
    {
        qsizetype common = 0;
        while (common < before.size() && common < lines.size() && before[common] == lines[common])
            ++common;
        static const QRegularExpression year(uR"(\b(19|20)[0-9]{2}\b|\bFY\s?[0-9]{2}\b)"_s);
        const bool hasYear =
            std::any_of(lines.cbegin(), lines.cend(), [](const QString &line) { return year.match(line).hasMatch(); });
        static const QRegularExpression leadingYear(uR"(^(19|20)[0-9]{2}\b)"_s);
        const QRegularExpressionMatch match =
            common < before.size() ? leadingYear.match(before[common]) : QRegularExpressionMatch();
        if (!hasYear && match.hasMatch())
            lines.insert(common, match.captured()); // "2022" of "2022 GAAP"
    }

    // Whether most cells of a column, and the cell after each, hold "%":
    // counted on the cells as laid out, so that a table that changes its
    // header halfway (a bridge above a regional table, Caterpillar's) keeps
    // its rate column out of the sums.
    bool mostlyPercent(const ValueColumn &value) const
    {
        int figures = 0;
        int percents = 0;
        for (qsizetype r = m_body; r < m_grid.size(); ++r) {
            for (qsizetype c = value.first(); c <= value.last() + 1 && c < m_grid[r].size(); ++c) {
                const HtmlCell *cell = originAt(m_grid, r, c);
                if (!cell || cell->text.isEmpty())
                    continue;
                const Content content = contentOf(cell->text);
                figures += content == Content::Figure ? 1 : 0;
                percents += cell->text.contains(u'%') ? 1 : 0;
            }
        }
        return figures > 0 && percents * 10 >= figures * 9;
    }

    // A column whose figures are nine in ten printed with "%", as read with
    // the "%" a cell of its own joins, however far ("8" | spacer | "%"): its
    // figures do not add up. Nine in ten: a table of revenues over their
    // growth rates prints as many percentages as amounts in each column, and
    // its amounts add up.
    // So is a change column whose first figure prints "%" and none "$":
    // tables print a column's unit on its first line and on totals only
    // (American Express's "Change 2023 vs. 2022": "13%" over "58", "7",
    // "26"). Not any column: a reconciliation of tax rates opens with one.
    static void markPercentColumns(TablePart &part)
    {
        for (qsizetype p = 0; p < part.periods.size(); ++p) {
            int figures = 0;
            int percents = 0;
            bool currency = false;
            bool firstPercent = false;
            for (const Row &row : std::as_const(part.rows)) {
                if (p < row.cells.size() && (!row.cells[p].isNil() || (row.cells[p].marker && row.cells[p].percent))) {
                    firstPercent = figures == 0 ? row.cells[p].percent : firstPercent;
                    ++figures;
                    percents += row.cells[p].percent ? 1 : 0;
                    currency = currency || row.cells[p].currency;
                }
            }
            const bool change = PeriodLabel::namesChange(part.periods[p].label());
            if (figures > 0 && (percents * 10 >= figures * 9 || (change && firstPercent && !currency)))
                part.periods[p].unit = RowUnit::Percent;
        }
    }

    // The header cell over a column of figures in row r: the cell spanning
    // its place, or one beside it that spans no other column's place.
    const HtmlCell *headerCellFor(qsizetype r, const ValueColumn &value) const
    {
        if (r < 0)
            return nullptr;
        for (const qsizetype c : value.columns) {
            const HtmlCell *cell = cellAt(m_grid, r, c);
            // A cell reaching over the labels is the table's title, not a period's.
            if (cell && !cell->text.isEmpty() && contentOf(cell->text) != Content::Opening
                && originColumn(r, cell) > m_labelEnd)
                return cell;
        }
        for (const qsizetype c : {value.first() - 1, value.last() + 1}) {
            const HtmlCell *cell = cellAt(m_grid, r, c);
            if (!cell || cell->text.isEmpty() || valueIndexOf(c) >= 0)
                continue;
            bool other = false;
            for (qsizetype k = 0; k < m_grid[r].size(); ++k)
                other = other || (m_grid[r][k].cell == cell && valueIndexOf(k) >= 0);
            if (!other)
                return cell;
        }
        return nullptr;
    }

    // A rule drawn under the figure above (its cell's bottom border, perhaps
    // in an empty row between): it separates a total from what it adds up.
    bool ruledAbove(qsizetype r, const ValueColumn &value) const
    {
        for (qsizetype above = r - 1; above >= std::max<qsizetype>(m_body, r - 2); --above) {
            bool empty = true;
            for (qsizetype c = value.first(); c <= value.last(); ++c) {
                const HtmlCell *cell = cellAt(m_grid, above, c);
                if (cell && cell->ruleBelow)
                    return true;
                empty = empty && (!cell || cell->text.isEmpty());
            }
            if (!empty)
                return false;
        }
        return false;
    }

    qsizetype originColumn(qsizetype r, const HtmlCell *cell) const
    {
        // A cell spanning rows starts in an earlier row, at the same column.
        for (qsizetype c = 0; c < m_grid[r].size(); ++c) {
            if (m_grid[r][c].cell == cell)
                return c;
        }
        return -1;
    }

    // The last row with a figure: below it, a table prints its footnotes.
    qsizetype lastFigureRow() const
    {
        for (qsizetype r = m_grid.size() - 1; r >= m_body; --r) {
            if (holdsFigure(r))
                return r;
        }
        return m_body;
    }

    void readRows(TablePart &part)
    {
        const qsizetype firstValue = m_values.constFirst().first();
        const qsizetype lastFigure = lastFigureRow();
        for (qsizetype r = m_body; r < m_grid.size(); ++r) {
            Row row;
            QStringList label;
            const HtmlCell *labelCell = nullptr;
            const bool figured = holdsFigure(r);
            for (qsizetype c = 0; c < std::min<qsizetype>(firstValue, m_grid[r].size()); ++c) {
                const HtmlCell *cell = originAt(m_grid, r, c);
                if (!cell || cell->text.isEmpty())
                    continue;
                if (!figured && c > m_labelEnd)
                    continue; // a header repeated in the body: "Units K" over a block's periods
                const Content content = contentOf(cell->text);
                if (content == Content::Opening || content == Content::Closing)
                    continue; // the "$" of the first figure
                if (labelCell && CellReader::isNoteReference(cell->text)) {
                    row.notes = CellReader::splitNoteReference(cell->text);
                    row.noteLocation = cell->location;
                    part.noteColumn = true;
                    continue;
                }
                if (!labelCell)
                    labelCell = cell;
                label << cell->text;
            }
            // The figures and their "$", "(", ")" and "%", a text per column of figures.
            QList<QString> texts(m_values.size());
            QList<const HtmlCell *> figures(m_values.size(), nullptr);
            QString pending;
            qsizetype current = -1;
            for (qsizetype c = firstValue > 0 ? 1 : 0; c < m_grid[r].size(); ++c) {
                const HtmlCell *cell = originAt(m_grid, r, c);
                if (!cell || cell->text.isEmpty())
                    continue;
                const qsizetype v = valueIndexOf(c);
                const Content content = contentOf(cell->text);
                if (c < firstValue && v < 0 && content != Content::Opening)
                    continue;
                if (v >= 0 && content != Content::Opening && content != Content::Closing) {
                    current = v;
                    // "$" in a cell of its own and again before the figure ("$" | "$6,115"): once.
                    if (cell->text.startsWith(u'$'))
                        pending.remove(u'$');
                    texts[v] += pending + cell->text;
                    pending.clear();
                    if (!figures[v])
                        figures[v] = cell;
                } else if (content == Content::Opening) {
                    // A "$" of a period printing nothing is not the next figure's too.
                    if (pending.contains(u'$') && cell->text.contains(u'$'))
                        pending.clear();
                    pending += cell->text;
                } else if (content == Content::Closing && current >= 0) {
                    texts[current] += cell->text;
                }
            }
            if (label.isEmpty()
                && std::all_of(texts.cbegin(), texts.cend(), [](const QString &t) { return t.isEmpty(); }))
                continue; // a spacer row
            // A repeated header after a page break: no label, no figure.
            if (label.isEmpty() && std::none_of(figures.cbegin(), figures.cend(), [](const HtmlCell *f) {
                    return f && contentOf(f->text) == Content::Figure && !isYear(f->text);
                }))
                continue;
            const QString text = label.join(u' ').replace(u'\n', u' ');
            // "(3) Excludes repossessed property …" in a row of its own: a
            // footnote the table prints inside itself.
            if (std::all_of(texts.cbegin(), texts.cend(), [](const QString &t) { return t.isEmpty(); })) {
                // "⁽¹⁾ Includes loans held for sale." under the last figure:
                // the number raised before the text. Above it, a raised
                // number opens a heading that cites a footnote ("⁽¹⁾ Net
                // sales by reportable segment:").
                const bool raised = labelCell->opensWithMarker && r > lastFigure;
                const FootnoteMarker::Split footnote =
                    raised ? FootnoteMarker::Split{labelCell->markers.constFirst(), text}
                           : FootnoteMarker::split(text, !part.rows.isEmpty());
                if (!footnote.marker.isEmpty() && (raised || footnote.text.size() > 40)) {
                    part.footnotes.append({footnote.marker, footnote.text, labelCell->location});
                    continue;
                }
            }
            row.label = m_context.shared(text);
            if (labelCell) {
                // Superscripts after the label cite the footnotes under the table.
                for (const QString &marker : labelCell->markers)
                    row.notes << FootnoteMarker::keys(marker);
                row.location = labelCell->location;
                row.level = levelOf(labelCell->indent);
                if (labelCell->bold)
                    row.emphasis |= EmphasisFlag::Bold;
            }
            for (qsizetype v = 0; v < m_values.size(); ++v) {
                row.cells.append(cellFrom(texts[v], figures[v], labelCell));
                if (figures[v] && ruledAbove(r, m_values[v]))
                    row.cells.last().emphasis |= EmphasisFlag::Underline;
            }
            part.rows.append(row);
        }
    }

    // Indentation in points, as levels: each distinct indentation of the
    // table's labels one level deeper than the one before.
    int levelOf(double indent)
    {
        if (m_indents.isEmpty()) {
            for (qsizetype r = m_body; r < m_grid.size(); ++r) {
                for (qsizetype c = 0; c < m_values.constFirst().first() && c < m_grid[r].size(); ++c) {
                    const HtmlCell *cell = originAt(m_grid, r, c);
                    if (cell && !cell->text.isEmpty()) {
                        m_indents.append(std::round(cell->indent));
                        break;
                    }
                }
            }
            std::sort(m_indents.begin(), m_indents.end());
            m_indents.erase(std::unique(m_indents.begin(), m_indents.end()), m_indents.end());
        }
        const auto at = std::lower_bound(m_indents.cbegin(), m_indents.cend(), std::round(indent) - 0.5);
        return int(std::min<qsizetype>(at - m_indents.cbegin(), 8));
    }

    Cell cellFrom(const QString &text, const HtmlCell *figure, const HtmlCell *labelCell)
    {
        Cell cell;
        const HtmlCell *place = figure ? figure : labelCell;
        if (place) {
            cell.location = place->location;
            if (figure) {
                cell.fact = figure->fact;
                if (figure->ruleAbove || figure->doubleRuleBelow)
                    cell.emphasis |= EmphasisFlag::Underline;
                if (figure->bold)
                    cell.emphasis |= EmphasisFlag::Bold;
            }
        }
        cell.textLength = qint32(text.size());
        if (figure && figure->textOffset >= 0 && figure->text == text) {
            cell.textStart = qint32(figure->textOffset);
        } else if (!text.isEmpty()) {
            cell.cleanedText = true;
            cell.textStart = qint32(m_context.keepCleaned(text));
        }
        if (text.isEmpty())
            return cell;
        if (CellReader::isMarker(text)) {
            cell.marker = true;
            // "# %": a percentage not meaningful, which says its column's unit.
            cell.percent = text.contains(u'%');
            return cell;
        }
        const AmountParseResult parsed = AmountParser::parse(amountText(text));
        if (!parsed.ok) {
            cell.readable = false;
            m_context.warnAt(cell.location, u"unreadable amount \"%1\": %2"_s.arg(text, parsed.error), text);
            return cell;
        }
        cell.amount = parsed.amount;
        cell.currency = parsed.currency;
        cell.percent = parsed.percent;
        return cell;
    }

    ImportContext &m_context;
    Grid m_grid;
    qsizetype m_body = -1;
    qsizetype m_labelEnd = 0;
    QList<ValueColumn> m_values;
    QList<double> m_indents;
    int m_firstLine;
};

} // namespace

std::optional<HtmlTableReader::Result> HtmlTableReader::read(ImportContext &context, const HtmlTable &table)
{
    return TableReader(context, table).read();
}
