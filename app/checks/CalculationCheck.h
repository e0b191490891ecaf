// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalculationResult.h"
#include "filing/CalculationNetwork.h"
#include "filing/XbrlInstance.h"

#include <QList>

// Calculations 1.1 (XBRL International, Recommendation of 2023, edited
// 2024) in its round-to-nearest mode, applied to the summation-item
// relationships of both arcroles:
// - facts are grouped by concept, equivalent context (same entity, period
//   and dimensions) and unit; nil facts take no part;
// - a group whose facts disagree (inconsistent duplicates, a nil beside a
//   value among them) stops the check of every summation it is in; a
//   consistent group stands for the intersection of its facts' intervals,
//   and is shown by its most precise fact;
// - a value with digits below its decimals (1.25 at decimals 1) stops the
//   check too (calc11e:excessDigits);
// - a summation binds in a context and unit when its total has a value
//   there and at least one of its items has one;
// - each value v stated with decimals d stands for [v - ½·10⁻ᵈ, v + ½·10⁻ᵈ]
//   (INF, or no decimals, for [v, v]); the total is consistent when the
//   sum of weight × item interval overlaps the total's interval.
// Concepts are matched as the linkbase names them; where the facts write a
// concept with another prefix than the schema's ids (the schema's
// "aapl_Foo" as "apple:Foo"), the one concept of that local name the facts
// use is taken.
class CalculationCheck
{
public:
    // One result for each summation, and for each context and unit in which
    // its total has a fact, in the networks' order and then the order of
    // the totals' facts in the document.
    static QList<CalculationResult> evaluate(const XbrlInstance &instance, const QList<CalculationNetwork> &networks);
};
