// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Emphasis.h"
#include "SourceLocation.h"
#include "amount/Amount.h"

#include <QString>

// One value of a row in one period, exactly as printed, and where it was.
// A large file has millions: its fields are packed in 64 bytes.
struct Cell
{
    QString text;              // as printed, markup and escapes removed: "$ 66,647", "(455)"
    Amount amount;             // nil for "-", "—" and empty
    SourceLocation location;   // of the first character of the value
    Emphasis emphasis;
    bool currency = false;     // printed with "$"
    bool percent = false;      // printed with "%"
    bool readable = true;      // false when the text is not an amount (a warning says why)
    bool marker = false;       // the text is a footnote marker printed instead of a value ("*")

    bool isNil() const { return amount.isNil(); }
};

static_assert(sizeof(Cell) <= 64, "a Cell is kept for every value of a file: keep it small");
