// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckPeriod.h"
#include "RowRef.h"

#include <QList>
#include <QString>

// One tie-out: a reported figure against what it should be, in every period.
struct Check
{
    enum class Kind {
        Total,          // a total or subtotal of its schedule
        Balance,        // total assets = total liabilities and equity
        CashFlow,       // activities = net change; beginning + change = end
        PerShare,       // net income ÷ shares
        Margin,         // margin ÷ revenue, in percent
        CrossSchedule,  // the same figure in two schedules
        Reconciliation, // GAAP + adjustments = non-GAAP
        Holder,         // a selling holder's shares and percentages
    };

    struct Term
    {
        RowRef row;
        int weight = 1;        // for ratios: 1 numerator, -1 denominator
        QString label;
    };

    Kind kind = Kind::Total;
    QString description;       // "Total net revenues = Product + Service"
    RowRef target;             // the row whose figure is checked
    QString targetLabel;
    QString schedule;          // the target's schedule title
    QList<Term> terms;
    QList<CheckPeriod> periods;

    bool passed() const;       // no period failed
    int failedPeriods() const;
    static QString kindName(Kind kind);
};

using Checks = QList<Check>;
