// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarkupTree.h"

class SourceText;

// Parses HTML with gumbo, the HTML5 parser written to browsers' rules, into
// the tree HtmlDocument reads: a release's markup is rarely well-formed.
class HtmlParser
{
public:
    // Parses text() of `source` from `from` to `to` (UTF-16 offsets; the
    // <TEXT> of an EDGAR wrapper), keeping every place in the whole file.
    static MarkupTree parse(const SourceText &source, qsizetype from = 0, qsizetype to = -1);
};
