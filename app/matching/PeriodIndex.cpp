// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeriodIndex.h"

#include "filing/Filing.h"

#include <QSet>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

PeriodIndex::PeriodIndex(const Filing &filing) : m_filing(filing)
{
    for (qsizetype s = 0; s < filing.schedules.size(); ++s) {
        for (const Period &period : filing.schedules[s].periods) {
            for (const QString &key : keysOf(s, period)) {
                QList<qsizetype> &schedules = m_byKey[key];
                if (schedules.isEmpty() || schedules.constLast() != s)
                    schedules.append(s);
            }
        }
    }
}

// Two periods are the same when they share a key: the label as printed, or
// the span ending on a date (PeriodAlignment::samePeriod).
QStringList PeriodIndex::keysOf(qsizetype schedule, const Period &period) const
{
    const QString company = m_filing.companyKeyOf(m_filing.schedules[schedule]) + u'\x1f';
    QStringList keys{company + u'L' + period.label().simplified()};
    if (period.date.isValid() && period.span != Period::Span::Unknown)
        keys << company + u"D%1/%2/%3"_s.arg(period.date.toJulianDay()).arg(int(period.span)).arg(period.months);
    return keys;
}

QList<std::pair<qsizetype, qsizetype>> PeriodIndex::sharingAny() const
{
    QSet<std::pair<qsizetype, qsizetype>> pairs;
    for (const QList<qsizetype> &schedules : m_byKey) {
        for (qsizetype i = 0; i < schedules.size(); ++i) {
            for (qsizetype j = i + 1; j < schedules.size(); ++j)
                pairs.insert({schedules[i], schedules[j]});
        }
    }
    QList<std::pair<qsizetype, qsizetype>> sorted(pairs.cbegin(), pairs.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

QList<qsizetype> PeriodIndex::sharingAll(qsizetype schedule) const
{
    const QList<Period> &periods = m_filing.schedules[schedule].periods;
    if (periods.isEmpty()) {
        QList<qsizetype> all(m_filing.schedules.size());
        std::iota(all.begin(), all.end(), 0);
        return all;
    }
    QList<qsizetype> result;
    for (qsizetype p = 0; p < periods.size(); ++p) {
        QList<qsizetype> having;
        for (const QString &key : keysOf(schedule, periods[p]))
            having += m_byKey.value(key);
        std::sort(having.begin(), having.end());
        having.erase(std::unique(having.begin(), having.end()), having.end());
        if (p == 0) {
            result = having;
            continue;
        }
        QList<qsizetype> both;
        std::set_intersection(result.cbegin(), result.cend(), having.cbegin(), having.cend(), std::back_inserter(both));
        result = both;
    }
    return result;
}
