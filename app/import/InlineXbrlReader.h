// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarkupTree.h"
#include "filing/XbrlInstance.h"

#include <QList>
#include <utility>

class ImportContext;

// Reads the facts of an inline XBRL document with QXmlStreamReader, as the
// specification requires (XHTML must be well-formed: an HTML5 parser would
// nest the elements after a self-closed <ix:nonFraction/> inside it).
// Numbers are exact: the ixt format gives the decimal digits, `scale` moves
// the point and `sign="-"` negates, never through a double. A document that
// is not well-formed is an error naming the line and column; a fact that
// cannot be read (letters, a scale beyond what an amount holds, an unknown
// format) is a warning and is left out, so that nothing wrong is shown.
class InlineXbrlReader
{
public:
    struct Result
    {
        XbrlInstance instance;
        // What the document shows, for its tables: read in the same pass.
        MarkupTree markup;
        bool ok = false; // well-formed; the context holds the error otherwise
    };

    // Reads [from, to) of the context's source text: the XHTML document
    // without EDGAR's wrapper.
    static Result read(ImportContext &context, qsizetype from, qsizetype to);

    // Where the XHTML document lies in a text: from its XML declaration or
    // <html> to the end of </html>, past EDGAR's <DOCUMENT>/<XBRL> wrapper
    // and the blank lines before it. {-1, -1} when there is no <html>.
    static std::pair<qsizetype, qsizetype> documentSpan(QStringView text);

    // Whether a decoded text is an inline XBRL document: XHTML declaring the
    // inline XBRL namespace.
    static bool isInlineXbrl(QStringView text);
    // Inline XBRL 1.1's namespace, or 1.0's.
    static bool isInlineNamespace(QStringView namespaceUri);
};
