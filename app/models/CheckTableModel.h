// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"
#include "calculation/CheckLine.h"

#include <QAbstractTableModel>

// Every check of a filing's tie-out, one row per check and period, failures
// first: verdict, kind, schedule, what is checked, period, reported,
// computed and the difference. Sortable behind a proxy; each row knows the
// cell it checks.
class CheckTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Verdict,
        Kind,
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
    };

    explicit CheckTableModel(QObject *parent = nullptr);

    void setAnalysis(FilingAnalysisPtr analysis);
    const FilingAnalysisPtr &analysis() const { return m_analysis; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        qsizetype check = -1;
        qsizetype period = -1;
    };

    QVariant display(const Check &check, qsizetype line, int column) const;
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

    FilingAnalysisPtr m_analysis;
    QList<Line> m_lines;
    QList<QStringList> m_periodNames; // per schedule, PeriodNames::of
    mutable qsizetype m_textLine = -1;
    mutable CheckLine m_text;
};
