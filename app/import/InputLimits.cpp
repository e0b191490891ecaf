// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputLimits.h"

#include "CharScan.h"

#include "amount/AmountFormat.h"

using namespace Qt::StringLiterals;

std::optional<Diagnostic> InputLimits::check(QStringView text, const QString &fileName, bool markup)
{
    // Markup is only counted in lines, and fewer line ends than the limit
    // settle it without a walk over every character.
    if (markup && CharScan::count(text, [](char16_t c) { return (c == u'\n') | (c == u'\r'); }) < MaxLines)
        return std::nullopt;
    int line = 1;
    qsizetype lineStart = 0;
    int cells = 1;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            if (i + 1 >= size)
                break;
            if (++line > MaxLines)
                return Diagnostic::error(fileName, line, 1,
                                         u"too many lines: at most %1 are read"_s.arg(AmountFormat::count(MaxLines)));
            lineStart = i + 1;
            cells = 1;
            continue;
        }
        if (markup)
            continue;
        if (i - lineStart >= MaxLineLength)
            return Diagnostic::error(
                fileName, line, MaxLineLength + 1,
                u"line too long: at most %1 characters of a line are read"_s.arg(AmountFormat::count(MaxLineLength)));
        if (c == u'\t' && ++cells > MaxCells)
            return Diagnostic::error(
                fileName, line, int(i - lineStart) + 2,
                u"too many cells in a line: at most %1 tab-separated cells are read"_s.arg(MaxCells));
    }
    return std::nullopt;
}
