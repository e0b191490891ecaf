// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"
#include "calculation/CheckLine.h"

#include <QAbstractTableModel>

// Every check of one filing's tie-out, or of every open filing's, one row
// per check and period, failures first: verdict, kind, filing, schedule,
// what is checked, period, reported, computed and the difference. Sortable
// behind a proxy; each row knows the filing and the cell it checks.
class CheckTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Verdict,
        Kind,
        FilingColumn,
        ScheduleColumn,
        Description,
        PeriodColumn,
        Reported,
        Computed,
        Difference,
        ColumnCount
    };
    enum Role {
        ScheduleIndexRole = Qt::UserRole + 1, // int: the target's schedule
        RowIndexRole,                         // int: the target's row
        SourceLineRole,                       // int: the reported cell's line
        SourceColumnRole,                     // int: its column
        FailedRole,                           // bool
        VerdictRole,                          // int: CheckLine::Verdict
        SortRole,                             // what sorting compares: numbers by value
        KindRole,                             // int: Check::Kind, the rule that made the check
        FilingIndexRole,                      // int: the filing's index in the list set
    };

    explicit CheckTableModel(QObject *parent = nullptr);

    // The checks of filings[only], or of every filing when only is -1.
    void setFilings(const QList<FilingAnalysisPtr> &filings, int only);
    // One filing's checks; none for null.
    void setAnalysis(const FilingAnalysisPtr &analysis);
    const QList<FilingAnalysisPtr> &filings() const { return m_filings; }
    int only() const { return m_only; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        qsizetype filing = -1;
        qsizetype check = -1;
        qsizetype period = -1;
    };

    const FilingAnalysis &analysisOf(qsizetype line) const { return *m_filings[m_lines[line].filing]; }
    const Check &checkOf(qsizetype line) const;
    QVariant display(qsizetype line, int column) const;
    // The schedule's column of a line's period; null for a holder's, whose
    // words were written when its check was made.
    const Period *columnOf(qsizetype line) const;
    // "Q1 2007" for the table (as the schedule's headers name it), the
    // label as printed in its tooltip.
    QString periodName(qsizetype line) const;
    QString periodSortKey(qsizetype line) const;
    // The line's text, written when first asked for; a view asks for each
    // column of a line in turn, so the last one is kept.
    const CheckLine &writtenLine(qsizetype line) const;

    QList<FilingAnalysisPtr> m_filings;
    int m_only = -1;
    QStringList m_filingNames; // what tells the filings apart, for their column
    QList<Line> m_lines;
    QList<QList<QStringList>> m_periodNames; // per filing and schedule, PeriodNames::of
    mutable qsizetype m_textLine = -1;
    mutable CheckLine m_text;
};
