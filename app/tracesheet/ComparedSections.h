// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TraceSheet.h"
#include "compare/FilingSetComparison.h"
#include "filing/RowRef.h"

#include <QStringList>

// What the other filings open say of a row or cell: the figure as it was
// reported before (a restatement, a reclassification, an "as previously
// reported" column), and the fact a prospectus states that this line
// carries (its principal of notes); in the prospectus, the balance sheet
// that carries its notes. `files` names each filing of the comparison.
class ComparedSections
{
public:
    static QList<TraceSection> of(const FilingSetComparison &comparison, const QStringList &files, qsizetype filing,
                                  const RowRef &row, qsizetype period);

private:
    // The prospectus's side of each link: shown on any of its cells, as its
    // offering's figures are no cells of their own.
    static QList<TraceSection> offeredSections(const FilingSetComparison &comparison, const QStringList &files,
                                               qsizetype filing);
};
