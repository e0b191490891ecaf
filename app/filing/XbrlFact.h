// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "amount/Amount.h"
#include "filing/SourceLocation.h"

#include <QString>

// One fact of an inline XBRL document: an ix:nonFraction (a number) or an
// ix:nonNumeric (text, a date, a text block), with what its attributes say
// and where it is shown.
struct XbrlFact
{
    QString conceptName; // prefix:name as the document writes it
    QString id;          // the element's id, when it has one
    QString contextRef;
    QString unitRef;
    int context = -1; // index into XbrlInstance::contexts; -1 when contextRef names none
    int unit = -1;    // index into XbrlInstance::units; -1 for text or a missing unit
    bool numeric = false;

    // Numbers: the value after format, scale and sign, exact; nil when the
    // fact is nil. `decimals` is the precision the filer states, with
    // `exact` for INF; neither applies to a nil fact.
    Amount value;
    int decimals = 0;
    bool exact = false;
    bool hasDecimals = false;
    int scale = 0;
    bool negated = false; // sign="-": the value is the negative of what is shown
    QString format;       // the ixt transform's local name: "num-dot-decimal", "fixed-zero"

    bool nil = false;    // xsi:nil="true"
    bool hidden = false; // in ix:hidden, not shown in the document's text
    QString displayed;   // the text shown (for a number, before format, scale and sign)
    QString text;        // a text fact's value, continuations joined

    int nestedIn = -1;       // the fact whose element holds this one: one number shown, two facts
    SourceLocation location; // of the element's start tag, or of the text it shows
    qsizetype begin = -1;    // the element's span in the decoded text (UTF-16 offsets)
    qsizetype end = -1;

    // The value as XBRL's canonical decimal: "-1064", "0.055"; empty when nil.
    QString valueText() const;
    // "INF", "-6"; empty when the fact states none.
    QString decimalsText() const;
};
