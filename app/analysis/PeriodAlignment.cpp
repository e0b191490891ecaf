// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeriodAlignment.h"

#include "filing/Schedule.h"

bool PeriodAlignment::samePeriod(const Period &a, const Period &b)
{
    if (a.label().simplified() == b.label().simplified())
        return true;
    return a.date.isValid() && a.date == b.date && a.span == b.span && a.months == b.months
            && a.span != Period::Span::Unknown;
}

PeriodAlignment::Pairs PeriodAlignment::align(const Schedule &a, const Schedule &b)
{
    Pairs pairs;
    for (qsizetype i = 0; i < a.periods.size(); ++i) {
        for (qsizetype j = 0; j < b.periods.size(); ++j) {
            if (samePeriod(a.periods[i], b.periods[j])) {
                pairs.append({i, j});
                break;
            }
        }
    }
    return pairs;
}

QList<qsizetype> PeriodAlignment::columns(const Schedule &a, const Schedule &b)
{
    QList<qsizetype> map(a.periods.size(), -1);
    for (const auto &pair : align(a, b))
        map[pair.first] = pair.second;
    return map;
}
