// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarkupStyle.h"

#include <gumbo.h>

#include <QHash>
#include <QList>
#include <QString>

// A document's elements and text as HtmlDocument reads them, built by an
// HTML parser (gumbo, for releases) or from an XML token stream (inline
// XBRL, read once for its facts and its tables together). Nodes are kept
// in document order; places are UTF-16 offsets in the file's text.
class MarkupTree
{
public:
    struct Node
    {
        enum class Kind : quint8 { Element, Text, Space };
        Kind kind = Kind::Element;
        GumboTag tag = GUMBO_TAG_UNKNOWN; // of an element; UNKNOWN for ix: and others HTML does not know
        bool alignCenter = false;         // align="center"
        int style = 0;                    // into styles(); 0 is no style
        int colspan = 0;                  // as written, 0 when not
        int rowspan = -1;                 // as written, -1 when not
        int firstChild = -1;
        int nextSibling = -1;
        qsizetype begin = -1; // an element's start tag; a text's first visible character
        qsizetype end = -1;   // an element's end tag
        int textStart = 0;    // of a Text node: where its text is in the tree's texts
        int textLength = 0;
    };

    MarkupTree();

    // The document node, parent of <html>.
    static constexpr int Root = 0;
    const Node &node(int index) const { return m_nodes.at(index); }
    // The text of a Text node, entities decoded.
    QStringView text(int index) const
    {
        const Node &node = m_nodes.at(index);
        return QStringView(m_texts).sliced(node.textStart, node.textLength);
    }
    const MarkupStyle &styleOf(int index) const { return m_styles.at(m_nodes.at(index).style); }
    qsizetype size() const { return m_nodes.size(); }
    void reserve(qsizetype nodes) { m_nodes.reserve(nodes); }

    // Building, in document order: an element opens under the one open.
    // Returns what its style says.
    const MarkupStyle &open(GumboTag tag, QStringView style, qsizetype begin);
    void setSpans(int colspan, int rowspan) { m_nodes.last().colspan = colspan, m_nodes.last().rowspan = rowspan; }
    void setAlignCenter() { m_nodes.last().alignCenter = true; }
    void close(qsizetype end);
    void addText(QStringView text, qsizetype firstVisible);
    void addSpace();

    // Where the first visible character of a text written in the file at
    // [begin, end) is: past white space and no-break spaces, raw or as
    // entities; `begin` when there is none.
    static qsizetype firstVisible(QStringView file, qsizetype begin, qsizetype end);

private:
    int append(Node node);

    QList<Node> m_nodes;
    // The texts of all Text nodes, one after another: one string, not one
    // for each of a 10-K's hundred thousand pieces of text.
    QString m_texts;
    QList<MarkupStyle> m_styles;
    QList<QString> m_styleTexts;          // each style as written, by index
    QMultiHash<size_t, int> m_styleIndex; // a written style's hash → its indices
    QList<int> m_open;                    // the elements open while building
    QList<int> m_lastChild;               // of each open element
};

// A node moves as its bytes: a tree of a 10-K's 200,000 nodes grows by
// realloc rather than node by node.
Q_DECLARE_TYPEINFO(MarkupTree::Node, Q_RELOCATABLE_TYPE);
