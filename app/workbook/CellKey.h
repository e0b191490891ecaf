// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QtGlobal>

// A figure of the workbook: a filing of those exported, a schedule of it,
// a row and a period (the schedule's column of values).
struct CellKey
{
    qsizetype filing = -1;
    qsizetype schedule = -1;
    qsizetype row = -1;
    qsizetype period = -1;

    bool operator==(const CellKey &) const = default;
};

inline size_t qHash(const CellKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.filing, key.schedule, key.row, key.period);
}
