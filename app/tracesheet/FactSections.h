// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TraceSheet.h"

#include <optional>

struct Cell;
struct Filing;

// The trace panel's section for a cell of an inline XBRL document: the
// fact it shows (concept and the filing's label for it, period,
// dimensions, unit, decimals, scale, sign), its value against what is
// shown, its duplicates and the other places it is shown; or that the
// figure is not tagged.
class FactSections
{
public:
    // Nullopt for a filing without facts.
    static std::optional<TraceSection> of(const Filing &filing, const Cell &cell);
};
