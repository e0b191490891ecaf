// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/DocumentLink.h"
#include "compare/FigureDifference.h"

#include <QJsonObject>
#include <QString>

struct Filing;

// `tieout compare`: the figures filings report differently for the same
// period, and the facts one filing states that another reports, as JSON
// (docs/json.md) and as text, each side with its file, line and column.
class ComparisonJson
{
public:
    static QJsonObject toJson(const QList<const Filing *> &filings, const FigureDifference &difference);
    static QJsonObject toJson(const QList<const Filing *> &filings, const DocumentLink &link);
    static QString toText(const QList<const Filing *> &filings, const FigureDifference &difference);
    static QString toText(const QList<const Filing *> &filings, const DocumentLink &link);
};
