// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalculationResult.h"
#include "Check.h"
#include "structure/ScheduleStructure.h"

#include <QList>

// Everything the tie-out found for one filing: the inferred structure of
// each schedule and every check with its verdict per period.
struct TieOut
{
    QList<ScheduleStructure> structures; // one per schedule, in order
    Checks checks;
    // An inline XBRL document's calculations, checked against the filing's
    // calculation linkbase (Calculations 1.1), one per total, context and unit.
    QList<CalculationResult> calculations;

    int passed() const;
    int failed() const;
    int calculationsFailed() const;
    // Failures first, then by schedule order, as a list for reading.
    Checks failuresFirst() const;
    // The checks whose target or terms include this row.
    Checks checksOf(const RowRef &row) const;
};
