// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/Filing.h"

#include <QJsonObject>

// The JSON of `tieout inspect --json`, documented in docs/json.md.
class FilingJson
{
public:
    static QJsonObject toJson(const Filing &filing);
    static QJsonObject toJson(const Filing &filing, const Schedule &schedule);
    static QJsonObject toJson(const Diagnostic &diagnostic);
};
