// SPDX-License-Identifier: GPL-3.0-or-later
#include "Period.h"

using namespace Qt::StringLiterals;

QString Period::shortLabel() const
{
    if (!date.isValid() || datedByTitle)
        return label();
    // A quarter named by the calendar only where it ends with one, give or
    // take the week a 52/53-week year moves it: Oracle's quarter to May 31
    // is its fourth, not anyone's second.
    const QDate quarterEnd = QDate(date.year(), ((date.month() - 1) / 3 + 1) * 3, 1).addMonths(1).addDays(-1);
    const QDate previousEnd = QDate(date.year(), ((date.month() - 1) / 3) * 3 + 1, 1).addDays(-1);
    const bool calendar = qAbs(date.daysTo(quarterEnd)) <= 7 || qAbs(date.daysTo(previousEnd)) <= 7;
    if (span == Span::Duration && months == 3 && calendar) {
        const QDate end = qAbs(date.daysTo(quarterEnd)) <= 7 ? quarterEnd : previousEnd;
        return u"Q%1 %2"_s.arg((end.month() - 1) / 3 + 1).arg(end.year());
    }
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
