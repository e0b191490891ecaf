// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Check.h"

#include <QHash>

#include <utility>

struct Filing;

// Makes the checks that compare a row with a weighted sum of other rows,
// possibly in other schedules (columns matched by period): each period's
// verdict and the columns it read, for CheckText to write out when shown.
class CheckBuilder
{
public:
    explicit CheckBuilder(const Filing &filing) : m_filing(filing) { }

    Check sum(Check::Kind kind, const RowRef &target, const QList<Check::Term> &terms) const;
    // The same with each term's column given for each of the target's
    // periods (-1: the term has no value for that period).
    Check sum(Check::Kind kind, const RowRef &target, const QList<Check::Term> &terms,
              const QList<QList<qsizetype>> &columns) const;
    // Each term's column for each of the target's periods, matched by period.
    QList<QList<qsizetype>> columnsFor(const RowRef &target, const QList<Check::Term> &terms) const;

private:
    const Filing &m_filing;
    // Columns matched between two schedules, by (target's, term's): one
    // schedule's rows are checked against another's many times over.
    mutable QHash<std::pair<qsizetype, qsizetype>, QList<qsizetype>> m_columns;
};
