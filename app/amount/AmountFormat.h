// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Amount.h"

#include <QString>

// How an analyst expects an amount written: thousands separators, negatives
// in parentheses, a chosen number of decimals, "$" and "%" where printed.
class AmountFormat
{
public:
    static constexpr int AsPrinted = -1;

    int decimals = AsPrinted; // AsPrinted keeps the value's own decimals
    bool groupThousands = true;
    bool parentheses = true; // (1,064) rather than -1,064
    bool currency = false;   // "$ 1,064"
    bool percent = false;    // "66.2%"
    QString nilText = QStringLiteral("\u2014");

    QString format(const Amount &amount) const;

    // The integer and fraction digits with separators, no sign: "1,064.50".
    static QString groupedDigits(const Amount &nonNegative, bool groupThousands);
    // A count written as the filings write figures, whatever the system's
    // locale: "108,971 checks".
    static QString count(qint64 n);
    // A change, its direction always said: "+500", "-615" (or with `minus`,
    // "−615"); "0" for none.
    static QString change(const Amount &change, QChar minus = u'-');
};
