// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/RowRef.h"
#include "filing/SourceLocation.h"

#include <QMetaType>
#include <QString>

// Where a link of the trace panel, the notes view or the narrative takes
// the analyst: a row or a cell of a schedule, a note (or one of its
// clauses), or a place in the source text; of the filing the link is in,
// or of another open filing (a restatement's earlier report, the
// prospectus whose notes a balance sheet carries).
struct TraceTarget
{
    enum class Kind { None, Row, Cell, Note, Source };

    Kind kind = Kind::None;
    RowRef row;              // Row, Cell
    qsizetype period = -1;   // Cell
    QString note;            // Note: its letter
    QString clause;          // Note: a clause numeral, or empty for the whole note
    SourceLocation location; // Source
    qsizetype filing = -1;   // another open filing's index; -1 for the link's own filing

    static TraceTarget toRow(const RowRef &row);
    static TraceTarget toCell(const RowRef &row, qsizetype period);
    static TraceTarget toNote(const QString &letter, const QString &clause = {});
    static TraceTarget toSource(const SourceLocation &location);
    // The same place in another open filing.
    TraceTarget inFiling(qsizetype other) const;

    bool isValid() const { return kind != Kind::None; }
    // A place of the window (a row, a cell, a note), as opposed to the source dock.
    bool isPlace() const { return kind == Kind::Row || kind == Kind::Cell || kind == Kind::Note; }

    // "row:2:14", "cell:2:14:0", "note:A:i", "source:154:47:6": the link's
    // address; "filing:1:cell:2:14:0" in another filing.
    QString toUrl() const;
    static TraceTarget fromUrl(const QString &url);

    bool operator==(const TraceTarget &) const = default;
};

Q_DECLARE_METATYPE(TraceTarget)
