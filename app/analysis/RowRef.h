// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// A row of a filing: its schedule and its index in that schedule.
struct RowRef
{
    qsizetype schedule = -1;
    qsizetype row = -1;

    bool isValid() const { return schedule >= 0 && row >= 0; }
    bool operator==(const RowRef &) const = default;
};
