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
    QList<std::pair<qsizetype, qsizetype>> pairs;
    for (const QList<qsizetype> &schedules : m_byKey) {
        for (qsizetype i = 0; i < schedules.size(); ++i) {
            for (qsizetype j = i + 1; j < schedules.size(); ++j)
                pairs.append({schedules[i], schedules[j]});
        }
    }
    // Two schedules sharing several periods are one pair.
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

QList<qsizetype> PeriodIndex::sharingAll(qsizetype schedule) const
{
    const QList<Period> &periods = m_filing.schedules[schedule].periods;
    if (periods.isEmpty()) {
        QList<qsizetype> all(m_filing.schedules.size());
        std::iota(all.begin(), all.end(), 0);
        return all;
    }
    QList<qsizetype> all(periods.size());
    std::iota(all.begin(), all.end(), 0);
    return sharingAll(schedule, all);
}

QList<qsizetype> PeriodIndex::sharingAll(qsizetype schedule, const QList<qsizetype> &periods) const
{
    QList<qsizetype> result;
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const QList<qsizetype> found = having(schedule, periods[i]);
        if (i == 0) {
            result = found;
            continue;
        }
        QList<qsizetype> both;
        std::set_intersection(result.cbegin(), result.cend(), found.cbegin(), found.cend(), std::back_inserter(both));
        result = both;
    }
    return result;
}

QList<qsizetype> PeriodIndex::having(qsizetype schedule, qsizetype period) const
{
    QList<qsizetype> found;
    for (const QString &key : keysOf(schedule, m_filing.schedules[schedule].periods[period]))
        found += m_byKey.value(key);
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}
