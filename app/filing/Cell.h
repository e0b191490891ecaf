// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Emphasis.h"
#include "SourceLocation.h"
#include "amount/Amount.h"

#include <QtGlobal>

// One value of a row in one period, exactly as printed, and where it was.
// A large file has millions: its fields are packed in 48 bytes, and its
// text is not copied but read in place with Filing::textOf.
struct Cell
{
    Amount amount;           // nil for "-", "—" and empty
    SourceLocation location; // of the first character of the value
    // The text as printed, markup and escapes removed ("$ 66,647", "(455)"):
    // where it is in the filing's decoded text or, when removing markup
    // changed it, in the filing's cleaned texts.
    qint32 textStart = 0;
    qint32 textLength = 0;
    Emphasis emphasis;
    qint32 fact = -1; // the inline XBRL fact shown (Filing::xbrl's facts), -1 when untagged
    // One bit each, so that the fact's index fits in the 48 bytes.
    bool cleanedText : 1 = false; // the text is in the cleaned texts
    bool currency : 1 = false;    // printed with "$"
    bool percent : 1 = false;     // printed with "%"
    bool readable : 1 = true;     // false when the text is not an amount (a warning says why)
    bool marker : 1 = false;      // the text is a footnote marker printed instead of a value ("*")

    bool isNil() const { return amount.isNil(); }
    // A place the table leaves empty, as against "—" for nil: an average
    // balance sheet prints a total's balance but not its interest.
    bool isBlank() const { return isNil() && textLength == 0 && readable && !marker; }
};

static_assert(sizeof(Cell) <= 48, "a Cell is kept for every value of a file: keep it small");
