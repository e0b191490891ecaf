// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "amount/Amount.h"
#include "filing/Period.h"
#include "filing/RowRef.h"
#include "filing/SourceLocation.h"

#include <QList>
#include <QString>
#include <QStringList>

struct Filing;

// A schedule's lines across every filing of its company read together:
// each period any of them reports (of the kinds the schedule has: its
// quarters, its years to date, its balance sheet dates), oldest first,
// with each figure from the last filing that reports it, so a restated
// figure shows as restated. Lines are the schedule's own, matched in the
// other filings' tables by what their labels say, never by position.
struct ScheduleHistory
{
    struct Column
    {
        Period period;         // as headed in the filing it comes from
        qsizetype filing = -1; // the last filing that reports it
        qsizetype schedule = -1;
        qsizetype column = -1;
        QString name; // "Q1 2008"
    };
    struct Figure
    {
        Amount value;  // as printed
        Amount inUnit; // in dollars, shares or per share
        RowRef row;    // in Column::filing
        SourceLocation location;
    };

    qsizetype filing = -1; // the schedule's own filing
    qsizetype schedule = -1;
    QList<Column> columns;
    QList<qsizetype> rows;        // of the schedule, those that carry figures
    QStringList labels;           // per row, as the schedule prints them
    QString units;                // the schedule's units caption: "in thousands, except per share data"
    QList<QList<Figure>> figures; // [row][column]; nil value where none is reported

    // A figure in the schedule's own unit and decimals, whatever unit the
    // filing it comes from printed it in; nil where none is reported.
    Amount shown(qsizetype row, qsizetype column) const;

    static ScheduleHistory of(const QList<const Filing *> &filings, qsizetype filing, qsizetype schedule);
    // More periods than the schedule itself prints: the other filings add some.
    bool addsPeriods(const QList<const Filing *> &filings) const;

private:
    QList<qint64> m_factors; // per row: what the schedule's printed unit multiplies by
    QList<int> m_decimals;   // per row: the decimals the schedule prints
};
