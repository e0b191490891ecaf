// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlParser.h"

#include "SourceText.h"

#include <algorithm>
#include <memory>

namespace {

// gumbo works on UTF-8 and reports byte offsets; the filing's places are
// UTF-16 offsets of the decoded text. Checkpoints every few hundred
// characters turn one into the other without a table as large as the file;
// a cursor makes the lookups of a walk in document order a single pass.
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

    qsizetype utf16At(qsizetype byte)
    {
        if (byte < m_cursor.byte || byte - m_cursor.byte > Step * 4) {
            auto mark = std::upper_bound(m_marks.cbegin(), m_marks.cend(), byte,
                                         [](qsizetype b, const Mark &m) { return b < m.byte; });
            if (mark != m_marks.cbegin())
                --mark;
            m_cursor = *mark;
        }
        while (m_cursor.byte < byte && m_cursor.utf16 < m_text.size()) {
            m_cursor.byte += widthOf(m_text.at(m_cursor.utf16));
            ++m_cursor.utf16;
        }
        return m_cursor.utf16;
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
    Mark m_cursor{0, 0};
};

QStringView attribute(const GumboElement &element, const char *name, QString &buffer)
{
    const GumboAttribute *found = gumbo_get_attribute(&element.attributes, name);
    if (!found)
        return {};
    buffer = QString::fromUtf8(found->value);
    return buffer;
}

const GumboVector &childrenOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

} // namespace

MarkupTree HtmlParser::parse(const SourceText &source, qsizetype from, qsizetype to)
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
    const QByteArray bytes = text.toUtf8();
    OffsetMap offsets(text);

    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // gumbo keeps every parse error otherwise; they are not shown
    std::unique_ptr<GumboOutput, void (*)(GumboOutput *)> output(
        gumbo_parse_with_options(&options, bytes.constData(), size_t(bytes.size())),
        [](GumboOutput *parsed) { gumbo_destroy_output(&kGumboDefaultOptions, parsed); });
    MarkupTree tree;
    if (!output)
        return tree;

    // Walked without recursion: a crafted file may nest a million elements.
    struct Frame
    {
        const GumboNode *node;
        unsigned next;
    };
    QList<Frame> stack{{output->document, 0}};
    QString buffer;
    while (!stack.isEmpty()) {
        Frame &frame = stack.last();
        const GumboVector &children = childrenOf(frame.node);
        if (frame.next == children.length) {
            if (frame.node->type != GUMBO_NODE_DOCUMENT)
                tree.close(offsets.utf16At(frame.node->v.element.end_pos.offset));
            stack.removeLast();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children.data[frame.next++]);
        switch (child->type) {
        case GUMBO_NODE_WHITESPACE: tree.addSpace(); break;
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA: {
            const GumboStringPiece &raw = child->v.text.original_text;
            const qsizetype begin = offsets.utf16At(raw.data - bytes.constData());
            const qsizetype end = offsets.utf16At(raw.data + raw.length - bytes.constData());
            tree.addText(QString::fromUtf8(child->v.text.text), MarkupTree::firstVisible(text, begin, end));
            break;
        }
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE: {
            const GumboElement &element = child->v.element;
            tree.open(element.tag, attribute(element, "style", buffer), offsets.utf16At(element.start_pos.offset));
            const QStringView colspan = attribute(element, "colspan", buffer);
            const int columns = colspan.toInt();
            const QStringView rowspan = attribute(element, "rowspan", buffer);
            tree.setSpans(columns, rowspan.isEmpty() ? -1 : rowspan.toInt());
            if (attribute(element, "align", buffer).compare(u"center", Qt::CaseInsensitive) == 0)
                tree.setAlignCenter();
            stack.append({child, 0});
            break;
        }
        default: break;
        }
    }
    return tree;
}
