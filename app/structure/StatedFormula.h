// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

struct Schedule;

// The arithmetic a filing prints after a label, as banks' non-GAAP tables
// do: rows lettered "(a)", "(b)", and "Adjusted net income (c)=(a)+∑(b)",
// "Efficiency ratio (j)/(e)", "Pre-tax, pre-provision income (f)-(j)".
// A letter stands for every row of the schedule that carries it, which is
// what "∑(b)" says of the adjustments lettered (b).
struct StatedFormula
{
    enum class Form { None, Sum, Ratio };

    struct Term
    {
        QString key;
        int weight = 1;
    };

    QString key; // the letter the row is known by ("c"); empty when none
    Form form = Form::None;
    QList<Term> terms; // a sum's terms; a ratio's numerator then denominator (weight -1)

    // Read from the end of a label; Form::None with an empty key when the
    // label ends in no letter.
    static StatedFormula parse(const QString &label);

    // The formulas of a schedule's rows, when at least one row states one:
    // a lone "(a)" after a label is otherwise a footnote marker.
    struct Table
    {
        QList<StatedFormula> rows;               // by row; empty when the schedule states no formula
        QHash<QString, QList<qsizetype>> rowsOf; // the rows each letter stands for
        bool isEmpty() const { return rows.isEmpty(); }
        // The rows of a formula's terms, weighted; empty when a letter names no row.
        QList<std::pair<qsizetype, int>> resolve(const StatedFormula &formula, qsizetype self) const;
        // Whether some formula takes this row as a term.
        bool isTerm(qsizetype row) const;
    };
    static Table of(const Schedule &schedule);
};
