// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarkupTree.h"

#include <QStringView>

class QXmlStreamAttributes;

// Builds the tree of an inline XBRL document from the tokens of the XML pass
// that reads its facts, so that its tables need no second parse. What the
// document does not show is left out: the ix:header (contexts, units and
// hidden facts). A self-closed element is an empty one, as XHTML says.
class XhtmlTreeBuilder
{
public:
    // `file` is the whole file's text; offsets are into it.
    explicit XhtmlTreeBuilder(QStringView file) : m_file(file)
    {
        // Filings run 40 to 110 characters to a node (element, text or space).
        m_tree.reserve(file.size() / 64);
    }

    // What the element's style says; nothing for an element of the
    // ix:header, which is not shown.
    const MarkupStyle *startElement(QStringView namespaceUri, QStringView name, const QXmlStreamAttributes &attributes,
                                    qsizetype begin);
    void endElement(qsizetype begin); // `begin` of the end tag
    void characters(QStringView text, bool whitespace, qsizetype begin, qsizetype end);

    MarkupTree take() { return std::move(m_tree); }

private:
    QStringView m_file;
    MarkupTree m_tree;
    int m_skipped = 0; // how deep in the ix:header the reader is
};
