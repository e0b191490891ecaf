// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

struct Period;

// How a table's columns relate, read from their headers alone: a change
// column compares two periods; a "Total" or "Consolidated" column is the sum
// of its parts; a six-, nine- or twelve-month column is the sum of the
// quarters it spans. Which of them hold for a row is the arithmetic's to say.
class ColumnRelations
{
public:
    // "% Change", "$ Change", "Q3-25 vs. Q2-25", "Yr-o-Yr", "Basis Point
    // Change": current − base, as an amount, in percent of the base, or in
    // basis points (of a percentage row).
    struct Change
    {
        enum class Measure { Amount, Percent, BasisPoints };
        qsizetype column = -1;
        qsizetype current = -1;
        qsizetype base = -1;
        Measure measure = Measure::Amount;
    };
    // A column that is the sum of others: "Total" of its parts, the
    // consolidated figure of its segments and eliminations, the year of its
    // quarters, a period bridged from an earlier one by the effects between. `candidates` are the sets of parts it may
    // sum, likeliest first.
    struct Sum
    {
        enum class Basis { Total, Quarters, Bridge };
        qsizetype column = -1;
        QList<QList<qsizetype>> candidates;
        Basis basis = Basis::Total;
    };

    static QList<Change> changes(const QList<Period> &periods);
    static QList<Sum> sums(const QList<Period> &periods);
};
