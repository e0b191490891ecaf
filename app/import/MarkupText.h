// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CleanText.h"

#include <QStringView>

// Removes the markup that the HTML-to-text conversion of a filing leaves:
// "**bold**", "*italic*", "<u>…</u>", "<b>…</b>", "\$" escapes, "[text](url)"
// and "<http://…>" links. Any other tag, such as "<img …>", is text and is
// kept literally: it came from the filing, not from the conversion.
class MarkupText
{
public:
    static CleanText clean(QStringView raw);
    static QString plain(QStringView raw) { return clean(raw).text; }
};
