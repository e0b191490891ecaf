// SPDX-License-Identifier: GPL-3.0-or-later
#include "Row.h"

bool Row::hasValues() const
{
    for (const Cell &cell : cells) {
        if (!cell.isNil() || !cell.marker.isEmpty())
            return true;
    }
    return false;
}
