// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Schedule.h"

#include <QStringList>

// The short names of a schedule's columns ("Q1 2008"), kept apart where
// two columns would share one: a restated release prints the same quarter
// as reported and as restated, and each name then carries what differs in
// its full heading ("Q1 2008 (as reported)", "Q1 2008 (as restated)").
class PeriodNames
{
public:
    // One name per period of the schedule, in order.
    static QStringList of(const Schedule &schedule);
    // What tells `period` apart from `others` that share its short name,
    // lower-cased as a phrase: "as restated"; empty when nothing does.
    static QString distinguishing(const Period &period, const QList<const Period *> &others);
};
