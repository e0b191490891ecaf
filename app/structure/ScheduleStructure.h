// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Relation.h"

#include <QList>

// What structure analysis inferred for one schedule: the relations it
// accepted (and will check in every period) and the totals it could not
// explain, which are listed rather than guessed.
struct ScheduleStructure
{
    QList<Relation> relations;
    QList<qsizetype> unexplained; // rows that look like totals but match no relation
};
