// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

struct Row;
struct Schedule;

// The few accounting labels the analysis recognises by name, kept in one
// place: general vocabulary of financial statements, never a filing's own
// wording.
class FinancialLabels
{
public:
    // "Total net revenues", "Net revenues", "Total revenue", "Net sales".
    static bool isRevenueTotal(const Row &row);
    static bool isTotalAssets(const QString &label);
    // "Total operating expenses", "Total costs and expenses".
    static bool isOperatingExpensesTotal(const QString &label);
    // "Operating income", "Income from operations" (a "GAAP " prefix allowed).
    static bool isOperatingIncome(const QString &label);
    // "Net income", "Net earnings" (a "GAAP " prefix allowed).
    static bool isNetIncome(const QString &label);
    // "Total liabilities and stockholders' equity" (or deficit).
    static bool isTotalClaims(const QString &label);
    // The row every line is a percentage of in a common-size view: total
    // revenues in a statement of periods, total assets in one of instants.
    // -1 when the schedule has neither.
    static qsizetype commonSizeBase(const Schedule &schedule);
};
