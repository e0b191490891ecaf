// SPDX-License-Identifier: GPL-3.0-or-later
#include "Row.h"

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
    return label.startsWith(u"GAAP "_s);
}

bool Row::closesBlock(const QString &label)
{
    return label.startsWith(u"Non-GAAP "_s, Qt::CaseInsensitive);
}
