// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CellKey.h"
#include "amount/Amount.h"
#include "analysis/FilingAnalysis.h"

#include <QHash>
#include <QList>

#include <functional>
#include <optional>

// Which figures of a workbook are written as live formulas over their
// terms: every total the tie-out explains as a sum (a total or subtotal, a
// reconciliation's non-GAAP line, a stated sum, a cash-flow balance, a total
// or year-to-date column, a change column), in each period its lines as
// printed add up to it exactly, and where the tie-out finds that they do
// not (a filing that does not tie): recalculated, the workbook gives every
// figure filed, and a total that does not tie its lines' sum, the
// difference apart. Such a total's filed figure is written beside the
// table, and the figures computed from it take it from there, so nothing
// below it moves. A total off by rounding only keeps its filed figure: its
// lines, rounded, cannot give it. Ratios are no formulas: a per-share
// figure or a margin is filed rounded.
class TotalFormulas
{
public:
    struct Term
    {
        CellKey cell;
        int weight = 1; // the term's sign and factor: −1 subtracts it
    };
    using Terms = QList<Term>;
    // A figure's sheet, by filing and schedule; false when it has none.
    using Exported = std::function<bool(qsizetype filing, qsizetype schedule)>;

    struct Plan
    {
        QHash<CellKey, Terms> formulas; // one per figure, of the first check that explains it
        QHash<CellKey, Amount> broken;  // formulas of totals that do not tie: what their lines add up to
        QHash<CellKey, Amount> kept;    // totals off by rounding, kept as filed: what their lines add up to
    };

    // Never a formula that would depend on itself.
    static Plan of(const QList<FilingAnalysisPtr> &filings, const Exported &exported);
    // A sum check's terms in one of its periods, as figures of the workbook:
    // nullopt for a ratio or a change in basis points, or when a term is not
    // a number on a sheet, or is in another unit (scale, or percent against money).
    static std::optional<Terms> termsOf(const Filing &filing, qsizetype filingIndex, const Check &check,
                                        qsizetype period, const Exported &exported);
    // What the terms add up to, exactly, or nullopt on overflow.
    static std::optional<Amount> sumOf(const Filing &filing, const Terms &terms);

    // Whether the cell is written as a number: a figure, or "—" (zero).
    static bool isNumber(const Cell &cell) { return cell.readable && !cell.marker && !cell.isBlank(); }
    // Whether a figure is a percentage (written as a fraction, 66.2% as 0.662).
    static bool isPercent(const Schedule &schedule, const Row &row, qsizetype period);
};
