// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>

struct XbrlInstance;
struct XbrlContext;
struct XbrlFact;

// An inline XBRL document's facts as `tieout inspect --json` lists them
// (docs/json.md): concept, period, dimensions, unit, decimals and the exact
// value, with where each is shown.
class FactJson
{
public:
    static QJsonObject toJson(const XbrlInstance &instance, const XbrlFact &fact);
    static QJsonArray toJson(const XbrlInstance &instance);
    // {"instant": …}, {"start": …, "end": …}, {"forever": true}; null without a context.
    static QJsonValue periodJson(const XbrlContext *context);
    // An integer, "INF", or null when the fact states none.
    static QJsonValue decimalsJson(const XbrlFact &fact);
};
