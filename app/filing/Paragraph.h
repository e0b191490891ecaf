// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceLocation.h"

#include <QString>

// Narrative text of a filing, markup removed, kept in reading order.
struct Paragraph
{
    QString text; // a line the filing breaks on purpose ends with "\n"
    SourceLocation location;
    bool heading = false; // "Highlights:", "About …" and other headings
};
