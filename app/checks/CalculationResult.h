// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "amount/Amount.h"

#include <QList>
#include <QString>

// What the Calculations 1.1 check found for one total in one context and
// unit: which facts took part, the interval the items' values allow for
// the total and the one the total's own value stands for, and the verdict.
struct CalculationResult
{
    enum class Verdict {
        Pass,         // the intervals overlap: the figures tie within their rounding
        Fail,         // they do not: no rounding of the items reaches the total
        NotBound,     // the total has no value here, or none of its items has one
        Duplicates,   // the total or an item is reported twice with values that disagree: not checked
        ExcessDigits, // a value has digits finer than its decimals say (calc11e:excessDigits): not checked
        TooLarge,     // the values pass 20 digits of exact arithmetic: not checked
    };

    // One contributing item of the summation, whether or not it has a fact here.
    struct Item
    {
        QString conceptName; // as the linkbase names it
        Amount weight;
        int fact = -1;         // the fact taken: the most precise of its duplicates; -1 when none
        QList<int> duplicates; // every fact with a value for it here, `fact` included, in document order
        bool inconsistent = false;
        // No fact here, but facts of the concept in the same period and unit
        // that carry dimensions the total's context lacks: the line is
        // tagged only with a dimension (a segment or a member).
        bool dimensionalOnly = false;
    };

    QString role;
    QString arcrole;
    QString total;    // the total's concept, as the linkbase names it
    int context = -1; // index into XbrlInstance::contexts, of the total's fact
    int unit = -1;    // index into XbrlInstance::units
    Verdict verdict = Verdict::NotBound;

    int totalFact = -1; // the most precise of the total's duplicates (a nil fact when it is nil)
    QList<int> totalDuplicates;
    bool totalInconsistent = false;
    QList<Item> items; // every item of the summation, in the linkbase's order

    // The bounds as plain decimals ("2.7", "3.5"); empty when not computed.
    QString itemsLow, itemsHigh; // Σ weight × item interval
    QString totalLow, totalHigh; // the total's interval
    // A fail where an item without a fact here is tagged only with
    // dimensions: the break comes from that line, not from the arithmetic.
    bool brokenByDimensionalItem = false;

    // "pass", "fail", "not-bound", "duplicates", "excess-digits", "too-large"
    static QString verdictName(Verdict verdict);
};
