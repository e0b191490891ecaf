// SPDX-License-Identifier: GPL-3.0-or-later
#include "Period.h"

using namespace Qt::StringLiterals;

QString Period::shortLabel() const
{
    if (!date.isValid() || datedByTitle)
        return label();
    if (span == Span::Duration && months == 3)
        return u"Q%1 %2"_s.arg((date.month() - 1) / 3 + 1).arg(date.year());
    if (span == Span::Duration && months == 12)
        return u"FY %1"_s.arg(date.year());
    if (span == Span::Duration && months > 0)
        return u"%1M %2"_s.arg(months).arg(date.toString(u"MMM yyyy"_s));
    return date.toString(u"MMM d, yyyy"_s);
}

bool Period::sameLabels(const QList<Period> &a, const QList<Period> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].label().simplified() != b[i].label().simplified())
            return false;
    }
    return true;
}
