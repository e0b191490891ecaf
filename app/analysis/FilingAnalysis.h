// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/TieOut.h"
#include "filing/Filing.h"
#include "narrative/NarrativeClaim.h"
#include "tracing/AdjustmentTrace.h"

#include <memory>

// An open filing together with what the analysis found in it. Views share
// one immutable instance, so opening a filing analyses it once and every
// model reads the same figures.
struct FilingAnalysis
{
    Filing filing;
    TieOut tieOut;
    QList<AdjustmentTrace> traces; // every adjustment row of the reconciliations
    QList<NarrativeClaim> claims;  // every figure quoted in the narrative

    static std::shared_ptr<const FilingAnalysis> analyze(Filing filing);

    // The trace of an adjustment row, or null when the row is none.
    const AdjustmentTrace *traceOf(const RowRef &row) const;
    // The reverse trace: the adjustment rows citing a note, or (with a
    // numeral) those whose wording matched that clause of it.
    QList<RowRef> citing(const QString &letter, const QString &clause = {}) const;
    // The adjustments of the block whose GAAP or non-GAAP row this is; empty
    // when the row opens or closes no block with adjustments.
    QList<const AdjustmentTrace *> blockOf(const RowRef &row) const;
};

using FilingAnalysisPtr = std::shared_ptr<const FilingAnalysis>;
