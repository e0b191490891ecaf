// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>

struct Schedule;
struct Period;

// Which columns of two schedules are the same period: the same label as
// printed, or the same span ending on the same date.
class PeriodAlignment
{
public:
    using Pairs = QList<QPair<qsizetype, qsizetype>>;

    static Pairs align(const Schedule &a, const Schedule &b);
    // For each period of `a`, its column in `b`, or -1 where `b` has none.
    static QList<qsizetype> columns(const Schedule &a, const Schedule &b);
    static bool samePeriod(const Period &a, const Period &b);
};
