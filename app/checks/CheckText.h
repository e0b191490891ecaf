// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Check.h"

#include <QList>
#include <QString>

struct Filing;
struct Period;
struct Row;

// The words and figures of a check, written from the cells it refers to
// when they are shown: what is checked ("Gross margin = Total net revenues
// − Total cost of revenues") and, per period, what the filing reports,
// what the arithmetic gives and how far apart they are. Keeping them for
// every period of every check would take more memory than the filing.
class CheckText
{
public:
    explicit CheckText(const Filing &filing) : m_filing(filing) { }

    QString description(const Check &check) const;
    QString targetLabel(const Check &check) const;
    QString schedule(const Check &check) const; // the target's schedule title
    CheckLine period(const Check &check, qsizetype index) const;
    QList<CheckLine> periods(const Check &check) const;
    // Of the reported cell, without writing anything.
    SourceLocation location(const Check &check, qsizetype index) const;
    // The column of the period's schedule, or null for a period whose
    // words were written when the check was made (a selling holder's).
    const Period *column(const Check &check, qsizetype index) const;

private:
    const Row &rowOf(const RowRef &ref) const;

    const Filing &m_filing;
};
