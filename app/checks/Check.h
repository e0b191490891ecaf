// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "calculation/CheckLine.h"
#include "filing/RowRef.h"

#include <QList>
#include <QString>
#include <QVarLengthArray>

#include <memory>

// One tie-out: a reported figure against what it should be, in every period.
// A check keeps references and verdicts only; CheckText writes its words
// and figures when they are shown.
struct Check
{
    enum class Kind : quint8 {
        Total,          // a total or subtotal of its schedule
        Balance,        // total assets = total liabilities and equity
        CashFlow,       // activities = net change; beginning + change = end
        PerShare,       // net income ÷ shares
        Margin,         // margin ÷ revenue, in percent
        CrossSchedule,  // the same figure in two schedules
        Reconciliation, // GAAP + adjustments = non-GAAP
        Holder,         // a selling holder's shares and percentages
        Stated,         // a sum printed with the label: "(c)=(a)+(b)", "(f)-(j)"
        StatedRatio,    // a ratio printed with the label: "(j)/(e)"
        ColumnTotal,    // a "Total" or "Consolidated" column = its parts
        Quarters,       // a six-, nine- or twelve-month column = its quarters
        Change,         // a "$ Change" column = current − base (basis points of a ratio)
        Growth,         // a "% Change" column = (current − base) ÷ base
        Share,          // a "% of Revenues" column = the line ÷ the line at 100%
    };

    struct Term
    {
        RowRef row;
        qint32 weight = 1; // for ratios: 1 numerator, -1 denominator
    };

    // A period checked: the target's column (its label and the reported
    // cell), the column each term was read in, and the verdict. A row has at
    // most InputLimits::MaxCells columns.
    struct PeriodResult
    {
        qint16 column = -1;
        CheckLine::Verdict verdict = CheckLine::Verdict::Skipped;
        // Sums and ratios: one column per term, in the order of Check::terms
        // (a term in another schedule prints this period in its own column).
        // Empty for a selling holder's check, whose periods are written.
        QVarLengthArray<qint16, 2> termColumns;
    };

    // Words the terms do not give, written when the check is made: a
    // ratio's description; a selling holder's, with its periods, worked out
    // from the prospectus's facts rather than from cells.
    struct Wording
    {
        QString description;
        QList<CheckLine> periods;
    };

    Kind kind = Kind::Total;
    qint16 factor = 1; // ratios: reported = numerator × factor ÷ denominator
    RowRef target;     // the row whose figure is checked
    // Kept in place up to the sizes most checks have (a figure found in
    // another schedule: one term, one or two periods), so that a hundred
    // thousand checks are not hundreds of thousands of allocations.
    QVarLengthArray<Term, 1> terms;
    QVarLengthArray<PeriodResult, 2> periods;
    // Null when CheckText derives the words from the terms, as for most:
    // a large file makes a hundred thousand checks.
    std::shared_ptr<const Wording> wording;

    void setWording(QString description, QList<CheckLine> written = {});
    // The periods written when the check was made, or null when they are
    // written from the cells as they are shown.
    const QList<CheckLine> *writtenPeriods() const
    {
        return wording && !wording->periods.isEmpty() ? &wording->periods : nullptr;
    }

    bool isRatio() const { return isRatio(kind); }
    static bool isRatio(Kind kind)
    {
        return kind == Kind::PerShare || kind == Kind::Margin || kind == Kind::StatedRatio || kind == Kind::Growth
               || kind == Kind::Share;
    }
    bool passed() const; // no period failed
    int failedPeriods() const;
    // The rule that made the check, as the JSON and the tie-out list name it.
    static QString kindName(Kind kind);
    static QList<Kind> kinds(); // every rule, in the order the list offers them
};

using Checks = QList<Check>;
