// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

struct Filing;
struct Period;
struct Schedule;

// Which schedules of a filing share periods (PeriodAlignment::samePeriod),
// found through an index of their periods rather than by comparing every
// pair: a document of many releases holds thousands of schedules, and most
// pairs share nothing. Schedules of two companies never share: one
// company's figures say nothing about another's.
class PeriodIndex
{
public:
    explicit PeriodIndex(const Filing &filing);

    // The pairs (a < b) that share at least one period, in order.
    QList<std::pair<qsizetype, qsizetype>> sharingAny() const;
    // The schedules, in order and `schedule` included, that have every
    // period of `schedule`.
    QList<qsizetype> sharingAll(qsizetype schedule) const;
    // The same for some of its periods (indexes into its periods).
    QList<qsizetype> sharingAll(qsizetype schedule, const QList<qsizetype> &periods) const;
    // The schedules, in order and `schedule` included, that have its period `period`.
    QList<qsizetype> having(qsizetype schedule, qsizetype period) const;

private:
    QStringList keysOf(qsizetype schedule, const Period &period) const;

    const Filing &m_filing;
    QHash<QString, QList<qsizetype>> m_byKey; // company and period key -> schedules, in order
};
