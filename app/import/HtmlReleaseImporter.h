// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"
#include "MarkupTree.h"

#include <QList>

#include <QStringView>

class SourceText;

// Reads an earnings release as filed on EDGAR in HTML (an 8-K's exhibit
// 99.1): a bare .htm, the same inside EDGAR's <DOCUMENT> wrapper, or a whole
// submission .txt, of which the EX-99 exhibits are read and the other
// documents named in a warning. Each table with a column of figures becomes
// a schedule, titled by the bold or centred lines just above it (or its own
// first rows) and scaled by its caption; the other text is the narrative.
class HtmlReleaseImporter
{
public:
    // Whether a decoded file is HTML, or EDGAR's wrapper around it, by its content.
    static bool isHtml(QStringView text);
    static ImportResult import(const SourceText &source, const QString &fileName);

    // An inline XBRL document, its facts read first: its tables are read
    // as a release's are, each cell bound to the fact it shows. It opens
    // without a schedule (a cover page's facts are worth seeing).
    struct Tagged
    {
        XbrlInstance instance;
        MarkupTree markup;  // what the document shows, built by the pass that read the facts
        qsizetype from = 0; // the XHTML document, without EDGAR's wrapper
        qsizetype to = 0;
    };
    static ImportResult import(const SourceText &source, const QString &fileName, Tagged tagged);
};
