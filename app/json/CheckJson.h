// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/TieOut.h"

#include <QJsonObject>

struct Filing;

// The JSON of `tieout check --json`, documented in docs/json.md.
class CheckJson
{
public:
    static QJsonObject toJson(const Filing &filing, const TieOut &tieOut);
    static QJsonObject toJson(const Filing &filing, const Check &check);
};
