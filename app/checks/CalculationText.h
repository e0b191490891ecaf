// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalculationResult.h"

#include <QString>

struct XbrlInstance;

// The words of a Calculations 1.1 result, as the check command, the JSON
// and the trace panel write them: the summation in the filing's labels
// ("Gross margin = Total net sales − Total cost of sales"), the context,
// the verdict in ixbrl-viewer's terms, and the interval arithmetic.
class CalculationText
{
public:
    explicit CalculationText(const XbrlInstance &instance) : m_instance(instance) { }

    QString description(const CalculationResult &result) const;
    // "2024-12-29 to 2025-03-29", with its dimensions: "…; srt:ProductOrServiceAxis = us-gaap:ProductMember".
    QString context(const CalculationResult &result) const;
    // "consistent", "inconsistent", "does not bind", "not checked: duplicates disagree", …
    static QString verdict(const CalculationResult &result);
    // "total 44,867,000,000 stands for [44,866,500,000, 44,867,500,000]; the items sum to [...]",
    // and for a break that an item tagged only with a dimension explains, which item.
    QString arithmetic(const CalculationResult &result) const;
    // The filing's label for a concept, else the concept.
    QString nameOf(const QString &conceptName) const;

private:
    const XbrlInstance &m_instance;
};
