// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// Turns the text an ix:nonFraction shows into xs:decimal lexical form, by the
// number transform its `format` attribute names: those of the XBRL
// Transformation Registries 1 to 5 and the SEC's (numwordsen; numinf,
// numneginf and numnan are errors, since an amount is finite). Formats are
// matched by local name alone, so each old name reads with its registry-4
// counterpart's rules, which accept everything the old rules did. The
// `sign` and `scale` attributes are the caller's: the result has neither.
class IxtTransform
{
public:
    struct Result
    {
        // Digits with at most one '.', no sign and no grouping, without
        // leading zeros and with the fraction's digits as shown: "1234.56",
        // "0", "0.50". Empty when there is an error.
        QString decimal;
        // What was expected and what was found, in plain words.
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    // `format` is the local name of the format QName, e.g. "num-dot-decimal";
    // empty when the element has no format attribute (then the text must
    // already be an unsigned xs:decimal). `shown` is the element's text
    // content with entities decoded. White space around it, no-break and
    // zero-width spaces included, is ignored.
    static Result apply(QStringView format, QStringView shown);
    // Whether a format local name is a number transform this class knows.
    static bool knows(QStringView format);
};
