// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// How the analyst chose to look at one schedule: the change between the
// first two periods (Δ and Δ%), common size, and money in millions. Stored
// per schedule as a short string so it survives a restart.
struct ScheduleViewOptions
{
    bool change = false;
    bool commonSize = false;
    bool millions = false;

    QString toString() const; // "change,common-size"
    static ScheduleViewOptions fromString(const QString &text);
    bool operator==(const ScheduleViewOptions &) const = default;
};
