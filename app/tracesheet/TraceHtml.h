// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TraceSheet.h"

// The trace panel's rich text. Every text comes from the file or is built
// from it, so all of it is escaped; links are TraceTarget URLs. Styling is
// by class (badge, detail, tag, quote, highlight, ties, breaks, limit), so
// the window's theme supplies the colours through the document's style sheet.
class TraceHtml
{
public:
    static QString render(const TraceSheet &sheet);

private:
    static QString line(const TraceLine &line);
    static QString quote(const TraceLine &line);
};
