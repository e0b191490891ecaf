// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeriodAlignments.h"

#include "filing/Schedule.h"

namespace {

// What alignment reads of a schedule's columns, as one string.
QString headingOf(const Schedule &schedule)
{
    QString key;
    for (const Period &period : schedule.periods) {
        key += period.labelLines.join(u'\x1f');
        key += u'\x1e' + QString::number(period.date.toJulianDay()) + u'/' + QString::number(int(period.span)) + u'/'
               + QString::number(period.months) + u'/' + QString::number(int(period.unit)) + u'\x1d';
    }
    return key;
}

} // namespace

PeriodAlignments::PeriodAlignments(const QList<Schedule> &schedules) : m_schedules(schedules)
{
    QHash<QString, qsizetype> first;
    m_headings.reserve(schedules.size());
    for (qsizetype s = 0; s < schedules.size(); ++s) {
        const QString heading = headingOf(schedules[s]);
        auto known = first.constFind(heading);
        if (known == first.cend())
            known = first.insert(heading, s);
        m_headings.append(*known);
    }
}

PeriodAlignment::Pairs PeriodAlignments::of(qsizetype a, qsizetype b)
{
    const std::pair key(m_headings.at(a), m_headings.at(b));
    auto known = m_pairs.constFind(key);
    if (known == m_pairs.cend())
        known = m_pairs.insert(key, PeriodAlignment::align(m_schedules[key.first], m_schedules[key.second]));
    return *known;
}
