// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cell.h"
#include "Emphasis.h"
#include "RowKind.h"
#include "SourceLocation.h"

#include <QList>
#include <QString>
#include <QStringList>

// A line of a schedule. Labels repeat (a reconciliation has eight
// "Stock-based compensation expense" rows), so a row is identified by its
// schedule, its group and its occurrence, never by its label alone.
struct Row
{
    QString label; // markup removed
    RowKind kind = RowKind::Item;
    int level = 0;           // indentation as read: 0 for headings and blocks
    Emphasis emphasis;       // of the label cell
    QStringList notes;       // note letters cited: {"A", "B"} for "A/B"
    QString group;           // the section heading or the "GAAP …" row that opened its block
    int occurrence = 1;      // 1 for the first row with this label in the schedule, 2 for the next …
    SourceLocation location; // of the label
    SourceLocation noteLocation;
    QList<Cell> cells; // one per period

    RowUnit unit() const { return RowKinds::unitOf(kind); }
    QString noteText() const { return notes.join(u'/'); }
    bool hasValues() const;
    // A money line with something printed: an item or a total, not a
    // heading, per-share figure, share count or percentage.
    bool isFigure() const;
    // A reconciliation block opens at "GAAP …" and closes at "Non-GAAP …".
    static bool opensBlock(const QString &label);
    static bool closesBlock(const QString &label);
};
