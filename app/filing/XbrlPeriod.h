// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHashFunctions>
#include <QString>

// A context's period: an instant (a balance) or a duration (a flow), as
// xbrli:period writes it. XBRL dates without a time are whole days: a
// duration from 2024-12-29 to 2025-03-29 covers both, an instant is the end
// of its day.
struct XbrlPeriod
{
    QDate start; // durations only
    QDate end;   // the instant, or the duration's last day
    bool instant = false;
    bool isForever = false; // xbrli:forever

    bool isValid() const { return isForever || (instant ? end.isValid() : start.isValid() && end.isValid()); }
    bool operator==(const XbrlPeriod &) const = default;
    // "2025-03-29", "2024-12-29/2025-03-29", "forever"
    QString toString() const;
};

inline size_t qHash(const XbrlPeriod &period, size_t seed = 0)
{
    return qHashMulti(seed, period.start.toJulianDay(), period.end.toJulianDay(), period.instant, period.isForever);
}
