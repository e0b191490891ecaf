// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/Period.h"

#include <QDate>
#include <QStringList>

// Reads what a column header says about its period: "Three Months Ended
// March 31," over "2007" is a three-month duration ending 2007-03-31;
// "March 31, 2007" alone is an instant; "2007" alone is a year we cannot
// place. The label lines are kept as printed whatever is understood.
class PeriodLabel
{
public:
    static Period parse(const QStringList &labelLines);

    // Columns that name parts ("Consolidated", "Financial Products") under
    // a title that names the one period ("Supplemental Data … At December
    // 31, 2021") take the title's period. Nothing changes when a column
    // names a date, the first column is not the whole, or the title names
    // more than one year.
    static void dateFromTitle(QList<Period> &periods, const QString &title);
    // "March 31, 2007" or "March 31 2007" anywhere in the text; invalid when none.
    static QDate findDate(const QString &text);
    // Whether a column's header says its figures are rates, which do not
    // add up as amounts do: "% Change", "% of Revenues", "Basis Point
    // Change", "Average Yield/Rate".
    static bool namesRates(const QString &header);
    // Whether it says they are prices per unit, which do not add up either:
    // "Weighted-Average Grant-Date Fair Value Per RSU", "Exercise Price".
    static bool namesPrices(const QString &header);
    // Whether it heads a change between periods: "Change 2023 vs. 2022",
    // "Increase (Decrease)", "Variance".
    static bool namesChange(const QString &header);
    // "Three" -> 3, "12" -> 12, "Twelve" -> 12; 0 when not a count.
    static int monthCount(const QString &word);
};
