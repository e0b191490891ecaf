// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

class SourceText;

// Reads an earnings release converted from the SEC's HTML: narrative
// paragraphs, schedules (a title block of bold lines and captions, then a
// tab-separated table; a table continued after a break joins its schedule),
// and the notes that explain the non-GAAP adjustments.
class EarningsReleaseImporter
{
public:
    static ImportResult import(const SourceText &source, const QString &fileName);
};
