// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/Row.h"

#include <QList>

// The sum of some rows of a schedule, period by period, kept in doubles as
// rows come and go: enough to rule out a total that cannot tie without the
// exact arithmetic. Structure inference asks at every row whether the rows
// before it sum to it; on a long schedule, adding them up again each time
// would grow with the square of its length.
class FigureSums
{
public:
    void add(const Row &row) { change(row, 1); }
    void remove(const Row &row) { change(row, -1); }
    void clear() { m_periods.clear(); }

    // False when `total` certainly does not tie to the sum in enough periods
    // for StructureInference to accept it: in half the periods printed when
    // `lenient`, in a strict majority otherwise. True means only "perhaps":
    // the exact arithmetic decides.
    bool mightTie(const Row &total, bool lenient) const;

private:
    struct ColumnSum
    {
        double sum = 0;
        double tolerance = 0; // half a unit of the last digit of each figure
        double magnitude = 0; // the sizes of every figure added or removed, for the doubles' own error
        int printed = 0;      // figures that are not nil
        int unreadable = 0;
    };

    void change(const Row &row, int sign);

    QList<ColumnSum> m_periods;
};
