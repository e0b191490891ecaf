// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// A row of a filing: its schedule and its index in that schedule.
// Kept in every term of every check: two 32-bit indexes, since a file has at
// most InputLimits::MaxLines rows.
struct RowRef
{
    constexpr RowRef() = default;
    constexpr RowRef(qsizetype inSchedule, qsizetype atRow) : schedule(qint32(inSchedule)), row(qint32(atRow)) { }

    qint32 schedule = -1;
    qint32 row = -1;

    bool isValid() const { return schedule >= 0 && row >= 0; }
    bool operator==(const RowRef &) const = default;
};
