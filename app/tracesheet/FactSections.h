// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TraceSheet.h"

#include <optional>

struct Cell;
struct FilingAnalysis;

// The trace panel's section for a cell of an inline XBRL document: the
// fact it shows (concept and the filing's label for it, period,
// dimensions, unit, decimals, scale, sign), its value against what is
// shown, its duplicates and the other places it is shown, the filing's own
// calculations it is the total or an item of; or that the figure is not
// tagged.
class FactSections
{
public:
    // Nullopt for a filing without facts.
    static std::optional<TraceSection> of(const FilingAnalysis &analysis, const Cell &cell);
};
