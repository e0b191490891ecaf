// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

struct Filing;

// Where each fact of an inline XBRL document is shown in a schedule: the
// first cell bound to it, or none. The facts list and the calculations
// list open a fact there.
struct FactPlace
{
    int schedule = -1; // -1: no table shows the fact
    int row = -1;
    int period = -1;

    static QList<FactPlace> of(const Filing &filing); // one per fact
};
