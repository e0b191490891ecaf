// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What a row is, as read from its label, its section and its values.
// Structure analysis (subtotals, weights) is inferred later, on top of this.
enum class RowKind {
    Heading,    // "ASSETS", "OPERATING ACTIVITIES:": a heading over several sections
    Section,    // "Net revenues:": opens a section, carries no values
    Item,       // an ordinary line
    Total,      // "Total …", or a line the filing emphasises as a total
    PerShare,   // under a "per share" heading, or labelled per share
    ShareCount, // "Shares used in computing …", weighted average shares
    Percentage, // values printed with "%"
};

// The unit of a row's values. Per-share rows, share counts and percentages
// have their own unit whatever the schedule's caption says.
enum class RowUnit {
    None,     // headings and sections
    Money,    // in the schedule's scale ("in thousands")
    PerShare, // money per share, never scaled
    Shares,   // share counts, in the schedule's scale
    Percent,  // percentages as printed (66.2 means 66.2%)
};

namespace RowKinds {
QString name(RowKind kind); // "section", "per-share", … as in the JSON
QString name(RowUnit unit); // "money", "per-share", …
RowUnit unitOf(RowKind kind);
bool carriesValues(RowKind kind);
} // namespace RowKinds
