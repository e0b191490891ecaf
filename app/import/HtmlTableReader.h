// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HtmlDocument.h"
#include "TablePart.h"

#include <optional>

class ImportContext;

// Reads an HTML table of a release as a schedule's periods and rows. The
// table's grid is worked out from colspan and rowspan (absurd spans cut to
// the table); a "$", "(", ")" or "%" in a cell of its own joins the figure
// beside it, so "(1,234" then ")" reads as one negative; the header rows
// above the first figure name each column's period, over as many rows as
// they take; spacer columns and empty rows fall away. The label's
// indentation (CSS or leading no-break spaces) gives its level, its bold
// and the rules above a figure hint at totals.
class HtmlTableReader
{
public:
    struct Result
    {
        TablePart part;
        // Lines above the header inside the table: a title or a caption
        // such as "(in millions, except per share data)".
        QStringList heading;
    };

    // Nullopt when the table holds no column of figures: it is text.
    static std::optional<Result> read(ImportContext &context, const HtmlTable &table);
};
