// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/RowRef.h"

#include <QJsonObject>

struct Filing;

// How every JSON output names a row: its schedule, label, occurrence and
// line (and, where it matters, a weight). Empty for an invalid reference.
class RowRefJson
{
public:
    static QJsonObject toJson(const Filing &filing, const RowRef &ref);
};
