// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/Footnote.h"
#include "filing/Period.h"
#include "filing/Row.h"

#include <QList>

// What one tab-separated table of a release holds, before it is joined to
// the schedule it belongs to (a table can continue after a break).
struct TablePart
{
    QList<Period> periods;
    QList<Row> rows;            // labels, letters and cells as read; kinds come later
    QList<Footnote> footnotes;  // printed in the table's last rows: "(1) Excludes …"
    bool noteColumn = false;    // the note letters have a column of their own
    bool sharedLetters = false; // a note letter shares a cell with a value ("C (455)")
    int firstLine = 0;          // 0-based line of the table's first header
};
