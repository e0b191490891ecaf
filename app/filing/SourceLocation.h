// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where a piece of a filing came from: 1-based line and column, the column
// counted in characters (code points) of the line as decoded. `length` is the
// span in characters of the raw text (markup included), for highlighting.
struct SourceLocation
{
    int line = 0;
    int column = 0;
    int length = 0;

    bool isValid() const { return line > 0 && column > 0; }
    bool operator==(const SourceLocation &) const = default;
};
