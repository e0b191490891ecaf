// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Amount.h"

#include <QString>
#include <QStringView>

// What a filing's amount cell says, read exactly: "412,305", "$ 48,210",
// "(1,064)", "0.11", "66.2%", "-", "—" and "" (nil). Markup and the "\$"
// escape must already be removed.
struct AmountParseResult
{
    bool ok = false;
    Amount amount;             // nil for "-", "—", "–" and empty
    bool currency = false;     // printed with "$"
    bool percent = false;      // printed with "%"
    bool dash = false;         // nil printed as a dash rather than left empty
    QString error;             // why it is not an amount, when !ok
    qsizetype errorOffset = 0; // where in the text (0-based, in UTF-16 units)
};

class AmountParser
{
public:
    // At most this many significant digits: the value and its rounding
    // interval always fit the 64-bit mantissa and the 128-bit checks.
    static constexpr int MaxDigits = 18;

    static AmountParseResult parse(QStringView text);
    // True when the text reads as an amount or a nil marker.
    static bool looksLikeAmount(QStringView text) { return parse(text).ok; }
};
