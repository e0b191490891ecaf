// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RowKind.h"
#include "SourceLocation.h"

#include <QDate>
#include <QString>
#include <QStringList>

// A column of values: a period ("Three Months Ended March 31," over "2007";
// "March 31, 2007"), or, in a table that is not a time series such as a
// prospectus's holders table, a column heading as filed.
struct Period
{
    enum class Span { Unknown, Duration, Instant };

    QStringList labelLines; // as printed, top to bottom
    QDate date;             // the period's end (or the instant), when it can be read
    Span span = Span::Unknown;
    int months = 0;               // for durations that say so ("Three Months Ended")
    bool datedByTitle = false;    // the date is the table's ("… At December 31, 2021"), the column a part
    RowUnit unit = RowUnit::None; // a column with its own unit (prospectus); None: the row decides
    QStringList footnotes;        // markers of the footnotes that annotate this column: "(1)"
    SourceLocation location;

    QString label() const { return labelLines.join(u' '); }
    // Whether the column's figures add up as the rows do: not a column of
    // percentages ("% Change", "% of Revenues"), basis points or prices
    // per unit ("Fair Value Per RSU").
    bool isAdditive() const { return unit != RowUnit::Percent && unit != RowUnit::PerShare; }
    // Whether two tables head the same periods: a table continued after a page break.
    static bool sameLabels(const QList<Period> &a, const QList<Period> &b);
    // "Q1 2007"-like short label for charts and narrow columns; the label when unknown.
    QString shortLabel() const;
};
