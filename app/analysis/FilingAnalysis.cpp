// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilingAnalysis.h"

#include "checks/TieOutChecker.h"
#include "narrative/NarrativeMatcher.h"
#include "tracing/AdjustmentTracer.h"

std::shared_ptr<const FilingAnalysis> FilingAnalysis::analyze(Filing filing)
{
    auto analysis = std::make_shared<FilingAnalysis>();
    analysis->filing = std::move(filing);
    const Filing &read = analysis->filing;
    analysis->tieOut = TieOutChecker::run(read);
    analysis->traces = AdjustmentTracer::trace(read, analysis->tieOut);
    analysis->claims = NarrativeMatcher::match(read);
    return analysis;
}

const AdjustmentTrace *FilingAnalysis::traceOf(const RowRef &row) const
{
    for (const AdjustmentTrace &trace : traces) {
        if (trace.row == row)
            return &trace;
    }
    return nullptr;
}

QList<RowRef> FilingAnalysis::citing(const QString &letter, const QString &clause) const
{
    QList<RowRef> rows;
    for (const AdjustmentTrace &trace : traces) {
        for (const AdjustmentTrace::NoteMatch &note : trace.notes) {
            if (note.letter == letter && (clause.isEmpty() || note.clauseNumeral == clause)) {
                rows.append(trace.row);
                break;
            }
        }
    }
    return rows;
}

QList<const AdjustmentTrace *> FilingAnalysis::blockOf(const RowRef &row) const
{
    QList<const AdjustmentTrace *> block;
    for (const AdjustmentTrace &trace : traces) {
        if (trace.block == row || trace.nonGaap == row)
            block.append(&trace);
    }
    return block;
}
