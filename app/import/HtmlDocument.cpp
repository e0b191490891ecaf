// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlDocument.h"

#include "SourceText.h"

#include <gumbo.h>

#include <QRegularExpression>
#include <QStringDecoder>
#include <QVarLengthArray>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Deeper than this, an element's structure is not followed: its text is read
// as one paragraph. Real filings nest a dozen levels; a crafted file may nest
// a million.
constexpr int MaxDepth = 200;
constexpr QChar NoBreakSpace(0x00A0);
constexpr QChar ZeroWidthSpace(0x200B);
constexpr QChar ByteOrderMark(0xFEFF);

// gumbo works on UTF-8 and reports byte offsets; the filing's places are
// UTF-16 offsets of the decoded text. Checkpoints every few thousand
// characters turn one into the other without a table as large as the file.
class OffsetMap
{
public:
    explicit OffsetMap(const QString &text) : m_text(text)
    {
        qsizetype bytes = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (i % Step == 0)
                m_marks.append({bytes, i});
            bytes += widthOf(text.at(i));
        }
        m_marks.append({bytes, text.size()});
    }

    qsizetype utf16At(qsizetype byte) const
    {
        auto mark = std::upper_bound(m_marks.cbegin(), m_marks.cend(), byte,
                                     [](qsizetype b, const Mark &m) { return b < m.byte; });
        if (mark != m_marks.cbegin())
            --mark;
        qsizetype at = mark->utf16;
        for (qsizetype b = mark->byte; b < byte && at < m_text.size(); ++at)
            b += widthOf(m_text.at(at));
        return at;
    }

private:
    struct Mark
    {
        qsizetype byte;
        qsizetype utf16;
    };
    static constexpr qsizetype Step = 256;

    // UTF-8 bytes of one UTF-16 unit: each half of a surrogate pair counts two.
    static int widthOf(QChar c)
    {
        const char16_t u = c.unicode();
        return u < 0x80 ? 1 : u < 0x800 ? 2 : c.isSurrogate() ? 2 : 3;
    }

    const QString &m_text;
    QList<Mark> m_marks;
};

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *found = gumbo_get_attribute(&element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

// The element's style attribute, lower-cased, without white space.
QString styleOf(const GumboElement &element)
{
    QString style = attribute(element, "style").toLower();
    style.remove(u' ');
    return style;
}

// A CSS property's value in a style written as styleOf returns it: a view
// into `style`, read at once; most elements of a filing carry a style.
QStringView property(const QString &style, QStringView name)
{
    qsizetype at = 0;
    while ((at = style.indexOf(name, at)) >= 0) {
        const bool start = at == 0 || style.at(at - 1) == u';' || style.at(at - 1) == u'{';
        const qsizetype colon = at + name.size();
        if (start && colon < style.size() && style.at(colon) == u':') {
            const qsizetype end = style.indexOf(u';', colon);
            return QStringView(style).mid(colon + 1, end < 0 ? -1 : end - colon - 1);
        }
        at = colon;
    }
    return {};
}

// A CSS length in points: "9pt", "12px", "1em", "0.5in"; 0 when unknown.
double points(QStringView value)
{
    static const QRegularExpression length(uR"(^(-?[0-9]*\.?[0-9]+)(pt|px|em|rem|in|cm|mm)?)"_s);
    const QRegularExpressionMatch match = length.match(value);
    if (!match.hasMatch())
        return 0;
    const double number = match.capturedView(1).toDouble();
    const QStringView unit = match.capturedView(2);
    if (unit == u"px")
        return number * 0.75;
    if (unit == u"em" || unit == u"rem")
        return number * 10;
    if (unit == u"in")
        return number * 72;
    if (unit == u"cm")
        return number * 28.35;
    if (unit == u"mm")
        return number * 2.835;
    return number; // pt, or a bare number
}

double indentOf(const QString &style)
{
    return points(property(style, u"padding-left")) + points(property(style, u"margin-left"))
           + points(property(style, u"text-indent"));
}

bool isBoldWeight(const QString &style)
{
    const QStringView weight = property(style, u"font-weight");
    return weight == u"bold" || weight == u"bolder" || weight.toInt() >= 600;
}

// A border that shows: a style other than none, and no zero width.
bool isRule(QStringView border)
{
    if (border.isEmpty() || border.contains(u"none") || border.contains(u"hidden"))
        return false;
    static const QRegularExpression zero(uR"((^|[^0-9.])0(px|pt)?($|[^0-9.]))"_s);
    return !zero.match(border).hasMatch() || border.contains(u"solid") || border.contains(u"double");
}

// Whether an element is not drawn; `style` is its styleOf, when the caller has it.
bool isHidden(const GumboElement &element, const QString *style = nullptr)
{
    switch (element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_IFRAME: return true;
    default: break;
    }
    return property(style ? *style : styleOf(element), u"display") == u"none";
}

// A footnote's marker: <sup>, or text raised by CSS (Workiva writes
// "position:relative;top:-3pt" on a smaller font).
bool isSuperscript(const GumboElement &element, const QString &style)
{
    if (element.tag == GUMBO_TAG_SUP)
        return true;
    if (element.tag != GUMBO_TAG_SPAN && element.tag != GUMBO_TAG_FONT)
        return false;
    if (style.isEmpty())
        return false;
    const QStringView align = property(style, u"vertical-align");
    if (align == u"super" || align == u"top" || align == u"text-top")
        return true;
    return property(style, u"position") == u"relative" && property(style, u"top").startsWith(u'-');
}

bool isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML: return true;
    default: return false;
    }
}

// Italics or an underline: how a paragraph's lead-in is set apart when it is not bold.
bool isEmphasis(GumboTag tag, const QString &style)
{
    return tag == GUMBO_TAG_I || tag == GUMBO_TAG_EM || tag == GUMBO_TAG_U
           || property(style, u"font-style") == u"italic" || property(style, u"text-decoration").contains(u"underline");
}

bool isBoldTag(GumboTag tag)
{
    return tag == GUMBO_TAG_B || tag == GUMBO_TAG_STRONG || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_H1
           || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4;
}

const GumboVector &childrenOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

bool isElement(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

// Whether a block element holds another block element (its text then makes
// several blocks, not one).
bool holdsBlocks(const GumboNode *node, int depth = 0)
{
    const GumboVector &children = childrenOf(node);
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (!isElement(child) || isHidden(child->v.element))
            continue;
        if (isBlockTag(child->v.element.tag) || (depth < MaxDepth && holdsBlocks(child, depth + 1)))
            return true;
    }
    return false;
}

bool holds(const GumboNode *node, GumboTag tag, int depth = 0)
{
    const GumboVector &children = childrenOf(node);
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (isElement(child) && (child->v.element.tag == tag || (depth < MaxDepth && holds(child, tag, depth + 1))))
            return true;
    }
    return false;
}

// The visible text of a piece of the document, gathered as a browser lays
// it out: runs of white space as one space, <br> as a line break.
class TextRun
{
public:
    TextRun(const QByteArray &bytes, const OffsetMap &offsets) : m_bytes(bytes), m_offsets(offsets) { }

    // Reads the lead-in of a paragraph (leadIn()); a cell's text needs none,
    // and the styles it would read are most of a filing's.
    void readLeadIn() { m_readsLeadIn = true; }

    // Appends the visible text under `node`, walking it without recursion;
    // superscripts go to markers() unless `markers` is false.
    void append(const GumboNode *node, bool bold, bool markers = true)
    {
        struct Step
        {
            const GumboNode *node;
            bool bold;
            bool emphasis; // bold, italic or underlined
        };
        QList<Step> stack{{node, bold, bold}};
        while (!stack.isEmpty()) {
            const Step step = stack.takeLast();
            const GumboNode *at = step.node;
            if (at->type == GUMBO_NODE_WHITESPACE) {
                // Spaces between tags, most text nodes of a filing: one space at most, nothing to decode.
                m_space = !m_text.isEmpty();
                continue;
            }
            if (at->type == GUMBO_NODE_TEXT || at->type == GUMBO_NODE_CDATA) {
                appendText(at->v.text, step.bold, step.emphasis);
                continue;
            }
            if (!isElement(at))
                continue;
            const GumboElement &element = at->v.element;
            // Read once: most elements of a filing carry a style of their own.
            const QString style = styleOf(element);
            if (isHidden(element, &style))
                continue;
            if (element.tag == GUMBO_TAG_BR) {
                m_text.append(u'\n');
                m_space = false;
                continue;
            }
            // Blocks inside a cell or a paragraph read as words apart.
            if (isBlockTag(element.tag) || element.tag == GUMBO_TAG_TD || element.tag == GUMBO_TAG_TH)
                m_space = !m_text.isEmpty();
            if (markers && isSuperscript(element, style)) {
                // A footnote's marker: kept apart from the words and figures.
                TextRun marker(m_bytes, m_offsets);
                marker.append(at, false, false);
                if (!marker.text().isEmpty()) {
                    m_markers << marker.text();
                    // "¹ Excludes …": the number of the footnote the text is.
                    if (m_text.trimmed().isEmpty() && m_leadingMarker.isEmpty())
                        m_leadingMarker = marker.text();
                }
                continue;
            }
            const bool childBold = step.bold || isBoldTag(element.tag) || isBoldWeight(style);
            // Read only until the lead-in ends, at the first plain letter.
            const bool childEmphasis =
                m_readsLeadIn && !m_plainSeen && (step.emphasis || childBold || isEmphasis(element.tag, style));
            const GumboVector &children = element.children;
            for (unsigned i = children.length; i-- > 0;)
                stack.append({static_cast<const GumboNode *>(children.data[i]), childBold, childEmphasis});
        }
    }

    void clear()
    {
        m_markers.clear();
        m_leadingMarker.clear();
        m_text.clear();
        m_space = false;
        m_first = -1;
        m_boldLetters = 0;
        m_plainLetters = 0;
        m_boldInParentheses = 0;
        m_plainInParentheses = 0;
        m_parentheses = 0;
        m_leadEnd = 0;
        m_plainSeen = false;
    }

    QString text() const
    {
        QString text = m_text;
        text.replace(NoBreakSpace, u' ');
        // One line, as most cells are: collapsed in place.
        if (!text.contains(u'\n'))
            return std::move(text).simplified();
        // Lines kept, each trimmed, white space within collapsed.
        QStringList lines = text.split(u'\n');
        for (QString &line : lines)
            line = line.simplified();
        lines.removeAll(QString());
        return lines.join(u'\n');
    }
    // Leading no-break spaces: an indentation typed by hand.
    int leadingSpaces() const
    {
        int n = 0;
        while (n < m_text.size() && (m_text.at(n) == NoBreakSpace || m_text.at(n) == u' '))
            ++n;
        return n;
    }
    // The bold or italic words a paragraph opens with, when plain text
    // follows: "Stock-based compensation." of a paragraph explaining it.
    QString leadIn() const
    {
        if (!m_plainSeen || m_leadEnd == 0)
            return {};
        QString lead = m_text.left(m_leadEnd);
        lead.replace(NoBreakSpace, u' ');
        return lead.simplified();
    }
    qsizetype firstOffset() const { return m_first; }
    const QStringList &markers() const { return m_markers; }
    const QString &leadingMarker() const { return m_leadingMarker; }
    // Every letter bold, leaving aside what stands in parentheses: a title
    // often sets its "(Unaudited)" or "(Dollars in thousands)" in italics.
    bool bold() const
    {
        if (m_boldLetters + m_plainLetters > 0)
            return m_boldLetters > 0 && m_plainLetters == 0;
        return m_boldInParentheses > 0 && m_plainInParentheses == 0;
    }

private:
    void appendText(const GumboText &node, bool bold, bool emphasis)
    {
        // Decoded into a buffer kept on the stack for the short texts most
        // nodes are: a string per node was a tenth of the parse.
        const QByteArrayView utf8(node.text);
        QVarLengthArray<QChar, 256> decoded(utf8.size()); // UTF-16 is never longer
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QChar *end = decoder.appendToBuffer(decoded.data(), utf8);
        for (const QChar *at = decoded.constData(); at != end; ++at) {
            const QChar c = *at;
            // Zero-width spaces pad some generators' cells ("15,\u200B026"): nothing a reader sees.
            if (c == ZeroWidthSpace || c == ByteOrderMark)
                continue;
            if (c.isSpace() && c != NoBreakSpace) {
                m_space = !m_text.isEmpty();
                continue;
            }
            if (m_space && !m_text.endsWith(u'\n') && !m_text.endsWith(u' '))
                m_text.append(u' ');
            m_space = false;
            if (c != NoBreakSpace && m_first < 0)
                m_first = firstVisible(node);
            m_text.append(c);
            if (!m_plainSeen && emphasis && !c.isSpace())
                m_leadEnd = m_text.size();
            else if (!emphasis && c.isLetterOrNumber())
                m_plainSeen = true;
            if (c == u'(')
                ++m_parentheses;
            else if (c == u')' && m_parentheses > 0)
                --m_parentheses;
            else if (c.isLetterOrNumber() && m_parentheses > 0)
                (bold ? m_boldInParentheses : m_plainInParentheses) += 1;
            else if (c.isLetterOrNumber())
                (bold ? m_boldLetters : m_plainLetters) += 1;
        }
    }

    // Where the first visible character of a text node is in the file: past
    // its white space and no-break spaces, written raw or as entities.
    qsizetype firstVisible(const GumboText &node) const
    {
        const char *begin = node.original_text.data;
        const char *end = begin + node.original_text.length;
        const char *at = begin;
        static constexpr const char *Spaces[] = {"&nbsp;", "&#160;", "&#xa0;", "&#xA0;", "\xC2\xA0"};
        while (at < end) {
            if (std::isspace(static_cast<unsigned char>(*at))) {
                ++at;
                continue;
            }
            bool skipped = false;
            for (const char *space : Spaces) {
                const size_t n = std::strlen(space);
                if (size_t(end - at) >= n && std::strncmp(at, space, n) == 0) {
                    at += n;
                    skipped = true;
                    break;
                }
            }
            if (!skipped)
                break;
        }
        if (at == end)
            at = begin;
        return m_offsets.utf16At(at - m_bytes.constData());
    }

    const QByteArray &m_bytes;
    const OffsetMap &m_offsets;
    QString m_text;
    QStringList m_markers;
    QString m_leadingMarker;
    bool m_space = false;
    qsizetype m_first = -1;
    int m_boldLetters = 0;
    int m_plainLetters = 0;
    int m_boldInParentheses = 0;
    int m_plainInParentheses = 0;
    int m_parentheses = 0; // how deep the text stands in parentheses
    bool m_readsLeadIn = false;
    qsizetype m_leadEnd = 0;  // where the emphasised words the text opens with end
    bool m_plainSeen = false; // a plain letter or digit has come
};

class Reader
{
public:
    Reader(const SourceText &source, const QByteArray &bytes, const OffsetMap &offsets)
        : m_source(source), m_bytes(bytes), m_offsets(offsets)
    { }

    HtmlDocument document;

    void readBlocks(const GumboNode *node, int depth)
    {
        const GumboVector &children = childrenOf(node);
        TextRun inlineRun(m_bytes, m_offsets); // text between the blocks of this container
        inlineRun.readLeadIn();
        bool pending = false;
        const auto flush = [&] {
            if (pending)
                addParagraph(inlineRun, node);
            inlineRun.clear();
            pending = false;
        };
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (!isElement(child)) {
                if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) {
                    inlineRun.append(child, false);
                    pending = true;
                }
                continue;
            }
            const GumboElement &element = child->v.element;
            if (element.tag == GUMBO_TAG_HEAD) {
                readTitle(child);
                continue;
            }
            if (isHidden(element))
                continue;
            if (element.tag == GUMBO_TAG_TABLE) {
                flush();
                readTable(child, depth);
            } else if (const bool blocks = holdsBlocks(child); isBlockTag(element.tag) || blocks) {
                flush();
                if (depth < MaxDepth && blocks)
                    readBlocks(child, depth + 1);
                else
                    addBlock(child);
            } else if (element.tag == GUMBO_TAG_BR) {
                flush();
            } else {
                inlineRun.append(child, false);
                pending = true;
            }
        }
        flush();
    }

private:
    void readTitle(const GumboNode *head)
    {
        const GumboVector &children = head->v.element.children;
        for (unsigned i = 0; i < children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(children.data[i]);
            if (!isElement(child) || child->v.element.tag != GUMBO_TAG_TITLE)
                continue;
            const GumboVector &text = child->v.element.children;
            for (unsigned t = 0; t < text.length; ++t) {
                const auto *node = static_cast<const GumboNode *>(text.data[t]);
                if (node->type == GUMBO_NODE_TEXT)
                    document.title += QString::fromUtf8(node->v.text.text).simplified();
            }
        }
    }

    void addBlock(const GumboNode *node)
    {
        TextRun run(m_bytes, m_offsets);
        run.readLeadIn();
        run.append(node, false);
        addParagraph(run, node);
    }

    void addParagraph(const TextRun &run, const GumboNode *node)
    {
        const QString text = run.text();
        if (text.isEmpty())
            return;
        HtmlBlock block;
        block.text = text;
        block.marker = run.leadingMarker();
        block.bold = run.bold();
        block.leadIn = run.leadIn();
        if (isElement(node)) {
            const GumboElement &element = node->v.element;
            block.centered = element.tag == GUMBO_TAG_CENTER || property(styleOf(element), u"text-align") == u"center"
                             || attribute(element, "align").toLower() == u"center";
        }
        block.location = m_source.locateOffset(std::max<qsizetype>(0, run.firstOffset()),
                                               text.indexOf(u'\n') < 0 ? text.size() : text.indexOf(u'\n'));
        document.blocks.append(block);
    }

    void readTable(const GumboNode *table, int depth)
    {
        // A table that lays out other tables, or text without a figure, is
        // read as the blocks in its cells.
        TextRun all(m_bytes, m_offsets);
        all.append(table, false);
        const QString text = all.text();
        const bool figures = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
        if (depth >= MaxDepth) {
            addBlock(table);
            return;
        }
        if (holds(table, GUMBO_TAG_TABLE)) {
            forEachCell(table, [&](const GumboNode *cell) { readBlocks(cell, depth + 1); });
            return;
        }
        if (!figures) {
            // A row of a layout table reads as a line: a bullet and its text.
            forEachRow(table, [&](const GumboNode *row) { addBlock(row); });
            return;
        }
        HtmlTable read;
        read.location = m_source.locateOffset(m_offsets.utf16At(table->v.element.start_pos.offset), 6);
        forEachRow(table, [&](const GumboNode *row) {
            HtmlRow cells;
            const GumboVector &children = row->v.element.children;
            for (unsigned i = 0; i < children.length; ++i) {
                const auto *cell = static_cast<const GumboNode *>(children.data[i]);
                if (!isElement(cell) || (cell->v.element.tag != GUMBO_TAG_TD && cell->v.element.tag != GUMBO_TAG_TH)
                    || isHidden(cell->v.element))
                    continue;
                cells.cells.append(readCell(cell));
            }
            read.rows.append(cells);
        });
        HtmlBlock block;
        block.table = int(document.tables.size());
        block.location = read.location;
        document.tables.append(read);
        document.blocks.append(block);
    }

    HtmlCell readCell(const GumboNode *node)
    {
        const GumboElement &element = node->v.element;
        HtmlCell cell;
        TextRun run(m_bytes, m_offsets);
        run.append(node, false);
        cell.text = run.text();
        cell.markers = run.markers();
        cell.opensWithMarker = !run.leadingMarker().isEmpty();
        cell.bold = run.bold();
        cell.colspan = std::max(1, attribute(element, "colspan").toInt());
        cell.rowspan = std::max(0, attribute(element, "rowspan").toInt());
        if (attribute(element, "rowspan").isEmpty())
            cell.rowspan = 1;
        const QString style = styleOf(element);
        // The indentation is written on the cell or on the block inside it.
        cell.indent = indentOf(style) + innerIndent(node) + run.leadingSpaces() * 3.0;
        cell.ruleAbove = isRule(property(style, u"border-top"));
        cell.ruleBelow =
            isRule(property(style, u"border-bottom")) || property(style, u"border-bottom-style").contains(u"solid");
        cell.doubleRuleBelow = property(style, u"border-bottom").contains(u"double")
                               || property(style, u"border-bottom-style").contains(u"double");
        if (!cell.ruleAbove)
            cell.ruleAbove = property(style, u"border-top-style").contains(u"solid");
        cell.begin = m_offsets.utf16At(element.start_pos.offset);
        cell.end = m_offsets.utf16At(element.end_pos.offset);
        const qsizetype first = run.firstOffset();
        if (first >= 0) {
            cell.location = m_source.locateOffset(first, cell.text.size());
            if (QStringView(m_source.text()).mid(first, cell.text.size()) == cell.text)
                cell.textOffset = first;
        } else {
            cell.location = m_source.locateOffset(m_offsets.utf16At(element.start_pos.offset), 0);
        }
        return cell;
    }

    // The indentation of the first element with a style inside a cell (a
    // <p> or <div> with padding-left), as Workiva and others write it.
    double innerIndent(const GumboNode *node) const
    {
        const GumboNode *at = node;
        for (int depth = 0; depth < 6; ++depth) {
            const GumboVector &children = at->v.element.children;
            const GumboNode *next = nullptr;
            for (unsigned i = 0; i < children.length && !next; ++i) {
                const auto *child = static_cast<const GumboNode *>(children.data[i]);
                if (isElement(child))
                    next = child;
            }
            if (!next)
                return 0;
            const double indent = indentOf(styleOf(next->v.element));
            if (indent != 0)
                return indent;
            at = next;
        }
        return 0;
    }

    // Each <tr> of a table, through <thead>, <tbody> and <tfoot>, not into nested tables.
    template<typename Visit>
    void forEachRow(const GumboNode *table, Visit visit)
    {
        QList<const GumboNode *> stack{table};
        QList<const GumboNode *> rows;
        while (!stack.isEmpty()) {
            const GumboNode *at = stack.takeLast();
            const GumboVector &children = at->v.element.children;
            for (unsigned i = children.length; i-- > 0;) {
                const auto *child = static_cast<const GumboNode *>(children.data[i]);
                if (!isElement(child) || isHidden(child->v.element))
                    continue;
                const GumboTag tag = child->v.element.tag;
                if (tag == GUMBO_TAG_TR)
                    rows.prepend(child);
                else if (tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TFOOT)
                    stack.append(child);
            }
        }
        // Sections in order: the stack visits them last to first.
        std::sort(rows.begin(), rows.end(), [](const GumboNode *a, const GumboNode *b) {
            return a->v.element.start_pos.offset < b->v.element.start_pos.offset;
        });
        for (const GumboNode *row : std::as_const(rows))
            visit(row);
    }

    template<typename Visit>
    void forEachCell(const GumboNode *table, Visit visit)
    {
        forEachRow(table, [&](const GumboNode *row) {
            const GumboVector &children = row->v.element.children;
            for (unsigned i = 0; i < children.length; ++i) {
                const auto *cell = static_cast<const GumboNode *>(children.data[i]);
                if (isElement(cell) && (cell->v.element.tag == GUMBO_TAG_TD || cell->v.element.tag == GUMBO_TAG_TH)
                    && !isHidden(cell->v.element))
                    visit(cell);
            }
        });
    }

    const SourceText &m_source;
    const QByteArray &m_bytes;
    const OffsetMap &m_offsets;
};

} // namespace

HtmlDocument HtmlDocument::parse(const SourceText &source, qsizetype from, qsizetype to,
                                 const QList<std::pair<qsizetype, qsizetype>> &unseen)
{
    // What lies outside [from, to) is blanked, not cut: every offset and
    // line stays where it is in the file.
    QString text = source.text();
    if (to < 0 || to > text.size())
        to = text.size();
    from = qBound(qsizetype(0), from, to);
    const auto blank = [&text](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i) {
            if (text.at(i) != u'\n')
                text[i] = u' ';
        }
    };
    blank(0, from);
    blank(to, text.size());
    for (const auto &[begin, end] : unseen)
        blank(qBound(qsizetype(0), begin, text.size()), qBound(qsizetype(0), end, text.size()));
    const QByteArray bytes = text.toUtf8();
    const OffsetMap offsets(text);

    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // gumbo keeps every parse error otherwise; they are not shown
    std::unique_ptr<GumboOutput, void (*)(GumboOutput *)> output(
        gumbo_parse_with_options(&options, bytes.constData(), size_t(bytes.size())),
        [](GumboOutput *parsed) { gumbo_destroy_output(&kGumboDefaultOptions, parsed); });

    Reader reader(source, bytes, offsets);
    if (output)
        reader.readBlocks(output->document, 0);
    return std::move(reader.document);
}
