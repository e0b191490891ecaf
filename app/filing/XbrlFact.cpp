// SPDX-License-Identifier: GPL-3.0-or-later
#include "XbrlFact.h"

using namespace Qt::StringLiterals;

QString XbrlFact::valueText() const
{
    if (value.isNil())
        return {};
    // xs:decimal's canonical form: no trailing zeros after the point, no bare point.
    QString plain = value.toPlainString();
    if (plain.contains(u'.')) {
        while (plain.endsWith(u'0'))
            plain.chop(1);
        if (plain.endsWith(u'.'))
            plain.chop(1);
    }
    return plain == u"-0" ? u"0"_s : plain;
}

QString XbrlFact::decimalsText() const
{
    if (!hasDecimals)
        return {};
    return exact ? u"INF"_s : QString::number(decimals);
}
