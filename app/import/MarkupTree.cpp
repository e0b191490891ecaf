// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkupTree.h"

#include <algorithm>
#include <iterator>

MarkupTree::MarkupTree()
{
    m_styles.append(MarkupStyle());
    m_styleTexts.append(QString());
    m_nodes.append(Node());
    m_open.append(Root);
    m_lastChild.append(-1);
}

int MarkupTree::append(Node node)
{
    const int index = int(m_nodes.size());
    m_nodes.append(std::move(node));
    const int parent = m_open.constLast();
    int &last = m_lastChild.last();
    (last < 0 ? m_nodes[parent].firstChild : m_nodes[last].nextSibling) = index;
    last = index;
    return index;
}

const MarkupStyle &MarkupTree::open(GumboTag tag, QStringView style, qsizetype begin)
{
    Node element;
    element.tag = tag;
    element.begin = begin;
    if (!style.isEmpty()) {
        // Looked up by a view: a string made for each element's style was
        // a tenth of building the tree.
        const size_t hash = qHash(style);
        for (auto it = m_styleIndex.constFind(hash); it != m_styleIndex.cend() && it.key() == hash; ++it) {
            if (m_styleTexts.at(*it) == style) {
                element.style = *it;
                break;
            }
        }
        if (element.style == 0) {
            element.style = int(m_styles.size());
            m_styleIndex.insert(hash, element.style);
            m_styleTexts.append(style.toString());
            m_styles.append(MarkupStyle::of(style));
        }
    }
    const int index = element.style;
    m_open.append(append(std::move(element)));
    m_lastChild.append(-1);
    return m_styles.at(index);
}

void MarkupTree::close(qsizetype end)
{
    // The document node stays open: an end tag without its start is ignored.
    if (m_open.size() <= 1)
        return;
    m_nodes[m_open.takeLast()].end = end;
    m_lastChild.removeLast();
}

void MarkupTree::addText(QStringView text, qsizetype firstVisible)
{
    Node node;
    node.kind = Node::Kind::Text;
    node.textStart = int(m_texts.size());
    node.textLength = int(text.size());
    m_texts.append(text);
    node.begin = firstVisible;
    append(std::move(node));
}

void MarkupTree::addSpace()
{
    Node node;
    node.kind = Node::Kind::Space;
    append(std::move(node));
}

qsizetype MarkupTree::firstVisible(QStringView file, qsizetype begin, qsizetype end)
{
    static constexpr QStringView Spaces[] = {u"&nbsp;", u"&#160;", u"&#xa0;", u"&#xA0;", u"\u00A0"};
    qsizetype at = begin;
    while (at < end) {
        const char16_t c = file.at(at).unicode();
        if (c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v') {
            ++at;
            continue;
        }
        const QStringView rest = file.sliced(at, end - at);
        const auto space =
            std::find_if(std::begin(Spaces), std::end(Spaces), [rest](QStringView s) { return rest.startsWith(s); });
        if (space == std::end(Spaces))
            break;
        at += space->size();
    }
    return at == end ? begin : at;
}
