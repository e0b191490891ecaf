// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"

// Find: the rows whose label holds the words looked for, across every open
// filing, in reading order (filing, schedule, row). Words are compared
// without case, and without the spaces and hyphens between them
// ("Stock-based" finds "Stock Based"); words in another order match too
// ("revenues total" finds "Total net revenues").
class LabelSearch
{
public:
    struct Hit
    {
        int filing = -1;
        int schedule = -1;
        int row = -1;
        bool operator==(const Hit &) const = default;
    };

    static QList<Hit> find(const QList<FilingAnalysisPtr> &filings, const QString &text);
    // Whether a label holds the words of `text`.
    static bool matches(const QString &label, const QString &text);
};
