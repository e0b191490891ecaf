// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calculation/CheckLine.h"
#include "checks/Check.h"

#include <QCoreApplication>
#include <QString>

struct Filing;

// A check's figures as the filing would print them, for the tie-out list
// and the schedule's tooltips: a sum's interval as the figure it stands for
// (its midpoint, rounded to the reported figure's decimals: "1,235"),
// with the interval itself as the range ("between 1,234.0 and
// 1,236.0"); separators; and percentages with their sign. CheckText
// writes plain decimals, which the JSON keeps.
class CheckFigures
{
    Q_DECLARE_TR_FUNCTIONS(CheckFigures)

public:
    static QString reported(const CheckLine &line, bool percent);
    static QString computed(const CheckLine &line, bool percent);
    // The rounding range of a computed interval; empty for a ratio or a reason.
    static QString computedRange(const CheckLine &line, bool percent);
    static QString difference(const CheckLine &line);
    // Whether a period of a check is a percentage: a cell printed with "%",
    // a column or a row of percentages (a holder's, a margin).
    static bool isPercent(const Filing &filing, const Check &check, qsizetype period);
};
