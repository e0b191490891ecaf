// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PeriodAlignment.h"

#include <QHash>
#include <QList>

struct Schedule;

// The aligned columns of any two schedules of a filing, worked out once for
// each two ways of heading columns: alignment reads only the columns'
// headings, dates, spans and units, a 10-K's 400 tables head their columns
// in a few dozen ways, and matching figures across tables aligns tens of
// thousands of pairs.
class PeriodAlignments
{
public:
    explicit PeriodAlignments(const QList<Schedule> &schedules);

    // PeriodAlignment::align(schedules[a], schedules[b]).
    PeriodAlignment::Pairs of(qsizetype a, qsizetype b);

private:
    const QList<Schedule> &m_schedules;
    QList<qsizetype> m_headings; // of each schedule: the first schedule headed as it is
    QHash<std::pair<qsizetype, qsizetype>, PeriodAlignment::Pairs> m_pairs;
};
