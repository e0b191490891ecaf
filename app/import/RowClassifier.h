// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/RowKind.h"

#include <QList>

struct Row;

// Gives each row of a schedule what can be read from its label, its place
// and its values: its kind (heading, section, item, total, per-share, share
// count, percentage), its level, its group (the section or the GAAP block it
// is in) and its occurrence among rows with the same label.
//
// Markup is only a hint: an emphasised money row reads as a total, but an
// underlined per-share row stays per-share, and a section's own wording
// decides the unit of the rows under it.
class RowClassifier
{
public:
    // `tagged` holds, row by row, the unit an inline XBRL document's facts
    // give the row (TaggedTables::rowUnits): it decides over the wording.
    static void classify(QList<Row> &rows, const QList<RowUnit> &tagged = {});
};
