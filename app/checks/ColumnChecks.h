// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Check.h"

struct Filing;

// The checks a table's columns make, row by row: a change column against the
// periods it compares ("$ Change", "% Change", basis points), a "Total" or
// "Consolidated" column against its parts, a year or year-to-date column
// against its quarters, and a "% of Revenues" column against its amounts.
// The headers only propose; a relation is kept where the arithmetic of the
// table's rows bears it out (four rows in five tie, or all but one of three
// or more; most rows, for a change between periods the header dates), so that a header read
// wrongly makes no checks rather than false failures, and the rows that do
// not tie under a relation the rest confirm are flagged.
class ColumnChecks
{
public:
    static Checks check(const Filing &filing);
};
