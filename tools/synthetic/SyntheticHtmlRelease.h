// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

// The synthetic release written as filing agents write an 8-K exhibit in
// HTML: the title block one centred paragraph broken by <br>, each figure
// three cells ("$", the number, the ")" of a negative), rules above totals
// as borders, group headers spanning their periods. The same figures as the
// text it is made from, so the HTML importer's work can be timed against the
// text importer's and gumbo's own.
class SyntheticHtmlRelease
{
public:
    // `text` is a release in the bundled text format (SyntheticRelease).
    static QByteArray fromText(const QByteArray &text);
};
