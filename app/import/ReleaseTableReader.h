// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TablePart.h"

#include <optional>

class ImportContext;
struct TextBlock;

// Reads a table of an earnings release: the header lines (an empty label
// cell, period labels on one or more lines, group labels such as "Three
// Months Ended March 31," spanning the columns to their right), an optional
// note-letter column between the labels and the first period, and the rows.
class ReleaseTableReader
{
public:
    // Nullopt, with a warning, when the table has no period header.
    static std::optional<TablePart> read(ImportContext &context, const TextBlock &block);
};
