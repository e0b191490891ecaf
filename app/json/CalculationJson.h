// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

struct CalculationResult;
struct XbrlInstance;

// A Calculations 1.1 result as `tieout check --json` lists it among the
// checks, with "kind": "calculation" (docs/json.md).
class CalculationJson
{
public:
    static QJsonObject toJson(const XbrlInstance &instance, const CalculationResult &result);
};
