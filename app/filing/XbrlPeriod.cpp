// SPDX-License-Identifier: GPL-3.0-or-later
#include "XbrlPeriod.h"

using namespace Qt::StringLiterals;

QString XbrlPeriod::toString() const
{
    if (isForever)
        return u"forever"_s;
    if (instant)
        return end.toString(Qt::ISODate);
    return start.toString(Qt::ISODate) + u'/' + end.toString(Qt::ISODate);
}
