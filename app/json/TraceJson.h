// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "narrative/NarrativeClaim.h"
#include "tracing/AdjustmentTrace.h"

#include <QJsonObject>

struct Filing;

// The JSON of `tieout trace --json`, documented in docs/json.md, and the
// same traces as text for the terminal.
class TraceJson
{
public:
    static QJsonObject toJson(const Filing &filing, const QList<AdjustmentTrace> &traces,
                              const QList<NarrativeClaim> &claims);
    static QString toText(const Filing &filing, const QList<AdjustmentTrace> &traces,
                          const QList<NarrativeClaim> &claims);
};
