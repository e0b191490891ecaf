// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/RowRef.h"

#include <QList>
#include <QString>
#include <QStringList>

// Why a non-GAAP adjustment is there and where it comes from.
struct AdjustmentTrace
{
    // A note the adjustment cites, and the clause of it that matches the
    // adjustment (none when the note enumerates no clauses: the whole note
    // is the match).
    struct NoteMatch
    {
        QString letter;
        QString title;
        QString clauseNumeral; // "i", or empty
        QString clauseText;
        qsizetype clauseOffset = -1; // in the note's text
        qsizetype clauseLength = 0;
        bool found = false; // false: the filing has no note with that letter
    };

    // Lines whose absolute values add up to the adjustment's in every period.
    struct Source
    {
        enum class Kind {
            Statement,      // lines of the statements and supporting schedules
            Reconciliation, // other rows of the reconciliation
            PartOf,         // the adjustment is one of several rows that together make this line
        };
        Kind kind = Kind::Statement;
        QList<RowRef> rows;       // the source lines; for PartOf, the line the parts make
        QList<RowRef> parts;      // for PartOf: the sibling rows that sum to it
        QStringList arithmetic;   // per period: "1,250 = 1,000 + 250"
        QList<qsizetype> columns; // the adjustment's column each line of arithmetic is in
        QString description;      // the arithmetic joined by "; "
        double similarity = 0;    // how alike the labels are, for ranking
        int totals = 0;           // how many of the lines are totals, for ranking ties
    };

    RowRef row;
    QString label;
    QList<NoteMatch> notes;
    QList<Source> sources; // best first; empty: "no source line in the statements"
    RowRef block;          // the block's GAAP row
    RowRef nonGaap;        // the non-GAAP total it moves
    QList<RowRef> mirrors; // the same adjustment applied in other blocks (same label and values)
    bool blockTies = false;
    QStringList perShareEffect; // per period: adjustment ÷ diluted shares, 4 decimals
    RowRef dilutedShares;
    QStringList impliedTaxRate;    // per period, for an income tax effect: % of the pre-tax adjustments
    QStringList pretaxAdjustments; // per period, the base of that rate, as printed: "62,635"
};
