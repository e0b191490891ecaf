// SPDX-License-Identifier: GPL-3.0-or-later
#include "Row.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

bool Row::hasValues() const
{
    for (const Cell &cell : cells) {
        if (!cell.isNil() || cell.marker)
            return true;
    }
    return false;
}

bool Row::isFigure() const
{
    return (kind == RowKind::Item || kind == RowKind::Total) && hasValues();
}

bool Row::opensBlock(const QString &label)
{
    // "GAAP operating income", or a line ending on GAAP: "Three Months Ended
    // March 31, 2022 - U.S. GAAP", "Net income (GAAP)".
    static const QRegularExpression endsOnGaap(uR"([-\x{2013}\x{2014}(]\s*(U\.S\.\s+)?GAAP\)?$)"_s);
    if (label.startsWith(u"GAAP "_s))
        return true;
    // Every row of a long filing is asked: the expression only for the few ending so.
    return (label.endsWith(u"GAAP"_s) || label.endsWith(u"GAAP)"_s)) && endsOnGaap.match(label).hasMatch();
}

bool Row::closesBlock(const QString &label)
{
    // "Non-GAAP net income"; after a line ending on GAAP, "… - Adjusted".
    static const QRegularExpression adjusted(uR"([-\x{2013}\x{2014}]\s*Adjusted$|\(non-GAAP\)$)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    if (label.startsWith(u"Non-GAAP "_s, Qt::CaseInsensitive))
        return true;
    return (label.endsWith(u"Adjusted"_s, Qt::CaseInsensitive) || label.endsWith(u"GAAP)"_s, Qt::CaseInsensitive))
           && adjusted.match(label).hasMatch();
}
