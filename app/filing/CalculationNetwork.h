// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "amount/Amount.h"
#include "filing/SourceLocation.h"

#include <QList>
#include <QString>

// One contributing item of a summation: the concept, its weight (1 adds,
// -1 subtracts, and XBRL allows any non-zero decimal), and the arc that
// says so.
struct CalculationItem
{
    QString conceptName; // prefix:name as facts write it ("us-gaap:CostOfGoodsAndServicesSold")
    Amount weight;       // exact, trailing zeros dropped: "-1.0" is -1
    Amount order;        // the arc's order attribute (1 when absent), for showing items in the filer's order
    QString arcrole;     // the 2.1 or the Calculations 1.1 summation-item arcrole
    QString file;
    SourceLocation location; // of the link:calculationArc start tag
};

// A total and its contributing items within one extended link role: the
// total is the weighted sum of the items, for facts of the same context
// and unit.
struct CalculationSummation
{
    QString total;   // prefix:name
    QString arcrole; // the items' arcrole: a role using both arcroles has one summation for each
    QList<CalculationItem> items;
};

// The summation-item relationships of one extended link role
// (xlink:role of link:calculationLink, usually one statement or note),
// after XBRL 2.1 prohibition and overriding.
struct CalculationNetwork
{
    QString role; // "http://www.apple.com/role/CONDENSEDCONSOLIDATEDSTATEMENTSOFOPERATIONSUnaudited"
    QList<CalculationSummation> summations; // in the order their totals first appear

    qsizetype itemCount() const
    {
        qsizetype count = 0;
        for (const CalculationSummation &summation : summations)
            count += summation.items.size();
        return count;
    }
    // The summation of this total, or null; with an arcrole, only of that arcrole.
    const CalculationSummation *summationOf(const QString &total, const QString &arcrole = {}) const
    {
        for (const CalculationSummation &summation : summations) {
            if (summation.total == total && (arcrole.isEmpty() || summation.arcrole == arcrole))
                return &summation;
        }
        return nullptr;
    }
};
