// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlDocument.h"

#include "HtmlParser.h"
#include "SourceText.h"

#include <QVarLengthArray>

#include <algorithm>

namespace {

using Node = MarkupTree::Node;

// Deeper than this, an element's structure is not followed: its text is read
// as one paragraph. Real filings nest a dozen levels; a crafted file may nest
// a million.
constexpr int MaxDepth = 200;
constexpr QChar NoBreakSpace(0x00A0);
constexpr QChar ZeroWidthSpace(0x200B);
constexpr QChar ByteOrderMark(0xFEFF);

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

bool isBoldTag(GumboTag tag)
{
    return tag == GUMBO_TAG_B || tag == GUMBO_TAG_STRONG || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_H1
           || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4;
}

bool isCell(GumboTag tag)
{
    return tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH;
}

// The tree and what its elements' tags and styles say.
class Markup
{
public:
    explicit Markup(const MarkupTree &tree) : m_tree(tree) { }

    const Node &operator[](int index) const { return m_tree.node(index); }
    QStringView text(int index) const { return m_tree.text(index); }
    const MarkupStyle &style(int index) const { return m_tree.styleOf(index); }

    bool isElement(int index) const { return m_tree.node(index).kind == Node::Kind::Element; }

    // Whether an element is not drawn.
    bool isHidden(int index) const
    {
        switch (m_tree.node(index).tag) {
        case GUMBO_TAG_SCRIPT:
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_HEAD:
        case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_IMG:
        case GUMBO_TAG_OBJECT:
        case GUMBO_TAG_IFRAME: return true;
        default: return style(index).hidden;
        }
    }

    // A footnote's marker: <sup>, or a span or font raised by its style.
    bool isSuperscript(int index) const
    {
        const GumboTag tag = m_tree.node(index).tag;
        return tag == GUMBO_TAG_SUP || ((tag == GUMBO_TAG_SPAN || tag == GUMBO_TAG_FONT) && style(index).raised);
    }

    // Italics or an underline: how a paragraph's lead-in is set apart when it is not bold.
    bool isEmphasis(int index) const
    {
        const GumboTag tag = m_tree.node(index).tag;
        return tag == GUMBO_TAG_I || tag == GUMBO_TAG_EM || tag == GUMBO_TAG_U || style(index).emphasis;
    }

    // Visits each child of an element, in order.
    template<typename Visit>
    void forEachChild(int index, Visit visit) const
    {
        for (int child = m_tree.node(index).firstChild; child >= 0; child = m_tree.node(child).nextSibling)
            visit(child);
    }

    // Whether a block element holds another block element (its text then
    // makes several blocks, not one).
    bool holdsBlocks(int index, int depth = 0) const
    {
        for (int child = m_tree.node(index).firstChild; child >= 0; child = m_tree.node(child).nextSibling) {
            if (!isElement(child) || isHidden(child))
                continue;
            if (isBlockTag(m_tree.node(child).tag) || (depth < MaxDepth && holdsBlocks(child, depth + 1)))
                return true;
        }
        return false;
    }

    // Whether the text a TextRun would gather under an element, markers
    // apart, has a digit: found without gathering it.
    bool showsDigit(int index) const
    {
        QVarLengthArray<int, 64> stack{index};
        while (!stack.isEmpty()) {
            const int at = stack.back();
            stack.removeLast();
            const Node &node = m_tree.node(at);
            if (node.kind == Node::Kind::Text) {
                const QStringView text = m_tree.text(at);
                if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
                    return true;
            } else if (node.kind == Node::Kind::Element && !isHidden(at) && !isSuperscript(at)) {
                forEachChild(at, [&stack](int child) { stack.append(child); });
            }
        }
        return false;
    }

    bool holds(int index, GumboTag tag, int depth = 0) const
    {
        for (int child = m_tree.node(index).firstChild; child >= 0; child = m_tree.node(child).nextSibling) {
            if (isElement(child)
                && (m_tree.node(child).tag == tag || (depth < MaxDepth && holds(child, tag, depth + 1))))
                return true;
        }
        return false;
    }

private:
    const MarkupTree &m_tree;
};

// The visible text of a piece of the document, gathered as a browser lays
// it out: runs of white space as one space, <br> as a line break.
class TextRun
{
public:
    explicit TextRun(const Markup &markup) : m_markup(markup) { }

    // Reads the lead-in of a paragraph (leadIn()); a cell's text needs none.
    void readLeadIn() { m_readsLeadIn = true; }

    // Appends the visible text under `node`, walking it without recursion;
    // superscripts go to markers() unless `markers` is false.
    void append(int node, bool bold, bool markers = true)
    {
        struct Step
        {
            int node;
            bool bold;
            bool emphasis; // bold, italic or underlined
        };
        QVarLengthArray<Step, 64> stack{{node, bold, bold}};
        QVarLengthArray<int, 32> children;
        while (!stack.isEmpty()) {
            const Step step = stack.back();
            stack.removeLast();
            const Node &at = m_markup[step.node];
            if (at.kind == Node::Kind::Space) {
                // Spaces between tags, most text nodes of a filing: one space at most.
                m_space = !m_text.isEmpty();
                continue;
            }
            if (at.kind == Node::Kind::Text) {
                appendText(step.node, step.bold, step.emphasis);
                continue;
            }
            if (m_markup.isHidden(step.node))
                continue;
            if (at.tag == GUMBO_TAG_BR) {
                m_text.append(u'\n');
                m_space = false;
                continue;
            }
            // Blocks inside a cell or a paragraph read as words apart.
            if (isBlockTag(at.tag) || isCell(at.tag))
                m_space = !m_text.isEmpty();
            if (markers && m_markup.isSuperscript(step.node)) {
                // A footnote's marker: kept apart from the words and figures.
                TextRun marker(m_markup);
                marker.append(step.node, false, false);
                if (!marker.text().isEmpty()) {
                    m_markers << marker.text();
                    // "¹ Excludes …": the number of the footnote the text is.
                    if (m_text.trimmed().isEmpty() && m_leadingMarker.isEmpty())
                        m_leadingMarker = marker.text();
                }
                continue;
            }
            const bool childBold = step.bold || isBoldTag(at.tag) || m_markup.style(step.node).bold;
            // Read only until the lead-in ends, at the first plain letter.
            const bool childEmphasis =
                m_readsLeadIn && !m_plainSeen && (step.emphasis || childBold || m_markup.isEmphasis(step.node));
            children.clear();
            m_markup.forEachChild(step.node, [&](int child) { children.append(child); });
            for (qsizetype i = children.size(); i-- > 0;)
                stack.append({children[i], childBold, childEmphasis});
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
    void appendText(int node, bool bold, bool emphasis)
    {
        // Zero-width spaces pad some generators' cells ("15,\u200B026"): nothing a reader sees.
        const auto unseen = [](QChar c) { return c == ZeroWidthSpace || c == ByteOrderMark; };
        const auto blank = [](QChar c) { return c.isSpace() && c != NoBreakSpace; };
        const QStringView text = m_markup.text(node);
        for (qsizetype i = 0; i < text.size();) {
            if (unseen(text[i])) {
                ++i;
                continue;
            }
            if (blank(text[i])) {
                m_space = !m_text.isEmpty();
                ++i;
                continue;
            }
            // A word, or what stands between spaces, appended at once.
            qsizetype end = i + 1;
            while (end < text.size() && !unseen(text[end]) && !blank(text[end]))
                ++end;
            if (m_space && !m_text.endsWith(u'\n') && !m_text.endsWith(u' '))
                m_text.append(u' ');
            m_space = false;
            const QStringView run = text.sliced(i, end - i);
            if (m_first < 0 && std::any_of(run.begin(), run.end(), [](QChar c) { return c != NoBreakSpace; }))
                m_first = m_markup[node].begin;
            const qsizetype start = m_text.size();
            m_text.append(run);
            for (qsizetype k = 0; k < run.size(); ++k)
                count(run[k], start + k + 1, bold, emphasis);
            i = end;
        }
    }

    // What a character shown adds to the letters and the lead-in, `end`
    // being where it ends in the text.
    void count(QChar c, qsizetype end, bool bold, bool emphasis)
    {
        if (!m_plainSeen && emphasis && !c.isSpace())
            m_leadEnd = end;
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

    const Markup &m_markup;
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
    Reader(const SourceText &source, const MarkupTree &tree) : m_source(source), m_markup(tree) { }

    HtmlDocument document;

    void readBlocks(int node, int depth)
    {
        TextRun inlineRun(m_markup); // text between the blocks of this container
        inlineRun.readLeadIn();
        bool pending = false;
        const auto flush = [&] {
            if (pending)
                addParagraph(inlineRun, node);
            inlineRun.clear();
            pending = false;
        };
        m_markup.forEachChild(node, [&](int child) {
            const Node &element = m_markup[child];
            if (element.kind != Node::Kind::Element) {
                if (element.kind == Node::Kind::Text) {
                    inlineRun.append(child, false);
                    pending = true;
                }
                return;
            }
            if (element.tag == GUMBO_TAG_HEAD) {
                readTitle(child);
                return;
            }
            if (m_markup.isHidden(child))
                return;
            if (element.tag == GUMBO_TAG_TABLE) {
                flush();
                readTable(child, depth);
            } else if (const bool blocks = m_markup.holdsBlocks(child); isBlockTag(element.tag) || blocks) {
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
        });
        flush();
    }

private:
    void readTitle(int head)
    {
        m_markup.forEachChild(head, [&](int child) {
            if (m_markup[child].tag != GUMBO_TAG_TITLE || !m_markup.isElement(child))
                return;
            m_markup.forEachChild(child, [&](int text) {
                if (m_markup[text].kind == Node::Kind::Text)
                    document.title += m_markup.text(text).toString().simplified();
            });
        });
    }

    void addBlock(int node)
    {
        TextRun run(m_markup);
        run.readLeadIn();
        run.append(node, false);
        addParagraph(run, node);
    }

    void addParagraph(const TextRun &run, int node)
    {
        const QString text = run.text();
        if (text.isEmpty())
            return;
        HtmlBlock block;
        block.text = text;
        block.marker = run.leadingMarker();
        block.bold = run.bold();
        block.leadIn = run.leadIn();
        if (m_markup.isElement(node)) {
            const Node &element = m_markup[node];
            block.centered = element.tag == GUMBO_TAG_CENTER || m_markup.style(node).centered || element.alignCenter;
        }
        block.location = m_source.locateOffset(std::max<qsizetype>(0, run.firstOffset()),
                                               text.indexOf(u'\n') < 0 ? text.size() : text.indexOf(u'\n'));
        document.blocks.append(block);
    }

    void readTable(int table, int depth)
    {
        // A table that lays out other tables, or text without a figure, is
        // read as the blocks in its cells.
        if (depth >= MaxDepth) {
            addBlock(table);
            return;
        }
        if (m_markup.holds(table, GUMBO_TAG_TABLE)) {
            forEachRow(table, [&](int row) { forEachCell(row, [&](int cell) { readBlocks(cell, depth + 1); }); });
            return;
        }
        if (!m_markup.showsDigit(table)) {
            // A row of a layout table reads as a line: a bullet and its text.
            forEachRow(table, [&](int row) { addBlock(row); });
            return;
        }
        HtmlTable read;
        read.location = m_source.locateOffset(m_markup[table].begin, 6);
        forEachRow(table, [&](int row) {
            HtmlRow cells;
            forEachCell(row, [&](int cell) { cells.cells.append(readCell(cell)); });
            read.rows.append(cells);
        });
        HtmlBlock block;
        block.table = int(document.tables.size());
        block.location = read.location;
        document.tables.append(read);
        document.blocks.append(block);
    }

    HtmlCell readCell(int node)
    {
        const Node &element = m_markup[node];
        const MarkupStyle &style = m_markup.style(node);
        HtmlCell cell;
        TextRun run(m_markup);
        run.append(node, false);
        cell.text = run.text();
        cell.markers = run.markers();
        cell.opensWithMarker = !run.leadingMarker().isEmpty();
        cell.bold = run.bold();
        cell.colspan = std::max(1, element.colspan);
        cell.rowspan = element.rowspan < 0 ? 1 : std::max(0, element.rowspan);
        // The indentation is written on the cell or on the block inside it.
        cell.indent = style.indent + innerIndent(node) + run.leadingSpaces() * 3.0;
        cell.ruleAbove = style.ruleAbove;
        cell.ruleBelow = style.ruleBelow;
        cell.doubleRuleBelow = style.doubleRuleBelow;
        cell.begin = element.begin;
        cell.end = element.end;
        const qsizetype first = run.firstOffset();
        if (first >= 0) {
            cell.location = m_source.locateOffset(first, cell.text.size());
            if (QStringView(m_source.text()).mid(first, cell.text.size()) == cell.text)
                cell.textOffset = first;
        } else {
            cell.location = m_source.locateOffset(element.begin, 0);
        }
        return cell;
    }

    // The indentation of the first element with a style inside a cell (a
    // <p> or <div> with padding-left), as Workiva and others write it.
    double innerIndent(int node) const
    {
        int at = node;
        for (int depth = 0; depth < 6; ++depth) {
            int next = -1;
            for (int child = m_markup[at].firstChild; child >= 0 && next < 0; child = m_markup[child].nextSibling) {
                if (m_markup.isElement(child))
                    next = child;
            }
            if (next < 0)
                return 0;
            if (const double indent = m_markup.style(next).indent; indent != 0)
                return indent;
            at = next;
        }
        return 0;
    }

    // Each <tr> of a table, through <thead>, <tbody> and <tfoot>, not into
    // nested tables, in document order.
    template<typename Visit>
    void forEachRow(int table, Visit visit, int depth = 0)
    {
        m_markup.forEachChild(table, [&](int child) {
            if (!m_markup.isElement(child) || m_markup.isHidden(child))
                return;
            const GumboTag tag = m_markup[child].tag;
            if (tag == GUMBO_TAG_TR)
                visit(child);
            else if ((tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TFOOT) && depth < MaxDepth)
                forEachRow(child, visit, depth + 1);
        });
    }

    template<typename Visit>
    void forEachCell(int row, Visit visit)
    {
        m_markup.forEachChild(row, [&](int cell) {
            if (m_markup.isElement(cell) && isCell(m_markup[cell].tag) && !m_markup.isHidden(cell))
                visit(cell);
        });
    }

    const SourceText &m_source;
    Markup m_markup;
};

} // namespace

HtmlDocument HtmlDocument::read(const SourceText &source, const MarkupTree &tree)
{
    Reader reader(source, tree);
    reader.readBlocks(MarkupTree::Root, 0);
    return std::move(reader.document);
}

HtmlDocument HtmlDocument::parse(const SourceText &source, qsizetype from, qsizetype to)
{
    return read(source, HtmlParser::parse(source, from, to));
}
