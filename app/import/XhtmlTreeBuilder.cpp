// SPDX-License-Identifier: GPL-3.0-or-later
#include "XhtmlTreeBuilder.h"

#include "InlineXbrlReader.h"

#include <QVarLengthArray>
#include <QXmlStreamAttributes>

using namespace Qt::StringLiterals;

namespace {

// HTML's tag for an XHTML element's local name; UNKNOWN for ix:, xbrli: and
// anything else HTML does not know, which reads as inline markup.
GumboTag tagOf(QStringView namespaceUri, QStringView name)
{
    if (!namespaceUri.isEmpty() && namespaceUri != u"http://www.w3.org/1999/xhtml")
        return GUMBO_TAG_UNKNOWN;
    QVarLengthArray<char, 16> latin1;
    for (const QChar c : name) {
        if (c.unicode() > 0x7f)
            return GUMBO_TAG_UNKNOWN;
        latin1.append(char(c.unicode()));
    }
    return gumbo_tagn_enum(latin1.constData(), unsigned(latin1.size()));
}

bool isHeader(QStringView namespaceUri, QStringView name)
{
    return name == u"header" && InlineXbrlReader::isInlineNamespace(namespaceUri);
}

} // namespace

const MarkupStyle *XhtmlTreeBuilder::startElement(QStringView namespaceUri, QStringView name,
                                                  const QXmlStreamAttributes &attributes, qsizetype begin)
{
    if (m_skipped > 0 || isHeader(namespaceUri, name)) {
        ++m_skipped;
        return nullptr;
    }
    const GumboTag tag = tagOf(namespaceUri, name);
    const MarkupStyle &style = m_tree.open(tag, attributes.value(u"style"_s), begin);
    // Spans are read of cells only, the one place HtmlDocument reads them.
    if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) {
        const QStringView rowspan = attributes.value(u"rowspan"_s);
        m_tree.setSpans(attributes.value(u"colspan"_s).toInt(), rowspan.isEmpty() ? -1 : rowspan.toInt());
    }
    if (attributes.value(u"align"_s).compare(u"center", Qt::CaseInsensitive) == 0)
        m_tree.setAlignCenter();
    return &style;
}

void XhtmlTreeBuilder::endElement(qsizetype begin)
{
    if (m_skipped > 0) {
        --m_skipped;
        return;
    }
    m_tree.close(begin);
}

void XhtmlTreeBuilder::characters(QStringView text, bool whitespace, qsizetype begin, qsizetype end)
{
    if (m_skipped > 0)
        return;
    if (whitespace)
        m_tree.addSpace();
    else
        m_tree.addText(text, MarkupTree::firstVisible(m_file, begin, end));
}
