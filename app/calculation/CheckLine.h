// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/SourceLocation.h"

#include <QString>
#include <QtGlobal>

// One period of a check as the analyst reads it: what the filing reports,
// what the arithmetic gives (an interval within rounding, or an exact
// rounded ratio), how far apart they are, and the verdict. Written when
// shown (CheckText), not kept: a large filing checks hundreds of thousands
// of periods, and a check keeps only each one's column and verdict.
struct CheckLine
{
    enum class Verdict : quint8 { Pass, Fail, Skipped };

    QString period;     // the period's label
    QString reported;   // plain exact decimal as printed, "" for nil
    QString computed;   // "[626935.5, 626937.5]" or "0.11"
    QString difference; // reported − computed (exact, on the values as printed)
    QString arithmetic; // for sums, as printed: "1,200 = 1,000 + 300 − 100"
    Verdict verdict = Verdict::Skipped;
    SourceLocation location; // of the reported cell
};
