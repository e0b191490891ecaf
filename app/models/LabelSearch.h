// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"

// Find: the rows whose label contains a text, across every open filing, in
// reading order (filing, schedule, row).
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
};
