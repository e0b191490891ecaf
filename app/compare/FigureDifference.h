// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "amount/Amount.h"
#include "filing/RowRef.h"
#include "filing/SourceLocation.h"

#include <QList>
#include <QString>

// One figure reported twice for the same period, differently: by an earlier
// and a later filing, or in one filing's "as previously reported" and "as
// restated" columns.
struct FigureDifference
{
    enum class Kind {
        Restatement,      // the later figure changes what was reported, totals included
        Reclassification, // lines moved between captions: the totals they make are unchanged
        AsRestated,       // one filing's "as previously reported" against its "as restated"
    };
    struct Side
    {
        qsizetype filing = -1; // in the list compared
        RowRef row;
        qsizetype period = -1; // the column in the row's schedule
        Amount value;          // as printed
        Amount dollars;        // in the row's unit: dollars, shares, or per share
        qint64 scale = 1;      // what the printed value multiplies by to make `dollars`
        SourceLocation location;
    };

    Kind kind = Kind::Restatement;
    QString label;    // the later row's
    QString schedule; // the later schedule's title
    QString period;   // the later column's label
    Side earlier;     // as first reported
    Side later;       // as now reported
    Amount change;    // later − earlier, in the row's unit

    // The change as the later filing prints its figures ("-615" in thousands).
    Amount printedChange() const;

    static QString kindName(Kind kind); // "restatement", "reclassification", "as-restated"
};
using FigureDifferences = QList<FigureDifference>;
