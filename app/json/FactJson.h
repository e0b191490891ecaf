// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>

struct XbrlInstance;
struct XbrlFact;

// An inline XBRL document's facts as `tieout inspect --json` lists them
// (docs/json.md): concept, period, dimensions, unit, decimals and the exact
// value, with where each is shown.
class FactJson
{
public:
    static QJsonObject toJson(const XbrlInstance &instance, const XbrlFact &fact);
    static QJsonArray toJson(const XbrlInstance &instance);
};
