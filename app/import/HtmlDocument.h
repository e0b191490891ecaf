// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/SourceLocation.h"

#include <QList>
#include <QString>
#include <QStringList>

class MarkupTree;
class SourceText;

// One cell of an HTML table as a reader sees it: its text, what its markup
// says (spans, bold, indentation, rules) and where its text starts in the file.
struct HtmlCell
{
    QString text;                 // visible text, white space collapsed and trimmed; "\n" for <br>
    QStringList markers;          // superscript footnote markers, kept out of `text`: "1", "(a)"
    bool opensWithMarker = false; // the first of them comes before the text: a footnote's own number
    SourceLocation location;      // of its first visible character, or of the cell's tag when empty
    qsizetype textOffset = -1;    // where `text` stands verbatim in the file's text; -1 when markup changed it
    int colspan = 1;
    int rowspan = 1;
    bool bold = false;      // its letters are bold (<b>, <strong>, font-weight)
    double indent = 0;      // in points: padding, margin, text-indent and leading no-break spaces
    bool ruleAbove = false; // a border on its top: the figure under it is a total
    bool ruleBelow = false; // a border under it: the figure in the row below is a total
    bool doubleRuleBelow = false;
    qsizetype begin = -1; // the <td> element's span in the file's text (UTF-16 offsets)
    qsizetype end = -1;
    int fact = -1; // the inline XBRL fact the cell shows (XbrlInstance::facts), -1 when untagged
};

// Strings, lists and numbers: each moves as its bytes, so rows, tables and
// blocks grow by realloc rather than element by element.
Q_DECLARE_TYPEINFO(HtmlCell, Q_RELOCATABLE_TYPE);

struct HtmlRow
{
    QList<HtmlCell> cells;
};
Q_DECLARE_TYPEINFO(HtmlRow, Q_RELOCATABLE_TYPE);

struct HtmlTable
{
    QList<HtmlRow> rows;
    SourceLocation location; // of the <table> tag
};

// A paragraph, heading or table of the document, in reading order.
struct HtmlBlock
{
    QString text;   // of a paragraph: visible text, a line per <br>
    QString marker; // a superscript the paragraph opens with, out of `text`: a footnote's number
    SourceLocation location;
    QString leadIn;        // bold or italic words it opens with, plain text after: "Restructuring costs:"
    bool bold = false;     // every letter is bold
    bool centered = false; // text-align: center, or <center>
    int table = -1;        // index into HtmlDocument::tables, or -1 for a paragraph
};
Q_DECLARE_TYPEINFO(HtmlBlock, Q_RELOCATABLE_TYPE);

// An HTML document as a reader of a filing sees it: its blocks in reading
// order and its tables as cells. What a browser does not show is left out
// (scripts, styles, the head, elements hidden with display:none, images);
// nothing is fetched. A table that only lays out other tables or text is
// read as the blocks inside it.
class HtmlDocument
{
public:
    // Parses text() of `source` from `from` to `to` (UTF-16 offsets; the
    // <TEXT> of an EDGAR wrapper) as HTML, keeping every place in the whole file.
    static HtmlDocument parse(const SourceText &source, qsizetype from = 0, qsizetype to = -1);
    // Reads a tree already built: an inline XBRL document's, from the XML
    // pass that reads its facts.
    static HtmlDocument read(const SourceText &source, const MarkupTree &tree);

    QString title; // <title>
    QList<HtmlBlock> blocks;
    QList<HtmlTable> tables;
};
