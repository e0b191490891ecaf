// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Filings as an Excel workbook an analyst can build on (libxlsxwriter):
//
// - a sheet per schedule, laid out as the window shows it: the company,
//   title and units above; labels indented by level; the note column;
//   periods as columns; numbers as numbers in formats that print them as
//   filed (#,##0;(#,##0), "$" where the filing prints it, per-share and
//   percentages with their decimals, "—" for a dash); totals bold with
//   their rules as borders; the footnotes below;
// - every total the tie-out explains as a sum written as a live formula
//   over its terms (TotalFormulas), the filed figure kept as its cached
//   result: recalculated, it prints the filed figure where the filing ties
//   and differs by the difference where it does not;
// - a tagged figure's concept, period, dimensions and unit as its comment;
// - a "Tie-out" sheet: every check in every period, failures first, its
//   verdict, reported and computed figures (the computed one the formula's
//   cell where there is one), the difference as a formula, and a link to
//   the figure checked;
// - for an inline XBRL filing with its linkbases, a "Calculations" sheet:
//   each of the filing's own calculations as the Calculations page lists
//   it, its total linked to the figure that shows it.
class WorkbookWriter
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookWriter)

public:
    // A filing and the schedules of it to write (their indexes); all when empty.
    struct Part
    {
        FilingAnalysisPtr analysis;
        QList<qsizetype> schedules;
    };
    struct Result
    {
        QStringList sheets; // in order, "Tie-out" last
        qsizetype formulas = 0;
        qsizetype checks = 0;       // lines of the Tie-out sheet
        qsizetype calculations = 0; // lines of the Calculations sheet
        QString error;              // why nothing was written; empty when the workbook was
        bool ok() const { return error.isEmpty(); }
    };

    static constexpr int FirstTableRow = 4; // 0-based: the header row, under company, title and units
    static QString tieOutSheetName() { return tr("Tie-out"); }
    static QString calculationsSheetName() { return tr("Calculations"); }

    // Writes the workbook through OutputFile: whole or not at all, never
    // over a filing that is open.
    static Result write(const QList<Part> &parts, const QString &path);
};
