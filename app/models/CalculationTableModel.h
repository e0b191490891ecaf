// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FactPlace.h"
#include "analysis/FilingAnalysis.h"

#include <QAbstractTableModel>

// An inline XBRL filing's own calculations (its calculation linkbase,
// checked by Calculations 1.1), a row each, inconsistent ones first: the
// verdict, the summation in the filing's labels, its context, the total
// as reported, the interval its items allow and the network. Each row
// knows where its total is shown.
class CalculationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Verdict, Description, Context, Total, Items, Network, ColumnCount };
    enum Role {
        VerdictRole = Qt::UserRole + 1, // int: CalculationResult::Verdict
        ScheduleIndexRole,              // int: the schedule of the cell showing the total, -1 when none
        RowIndexRole,
        PeriodIndexRole,
        LineRole,   // int: the total fact's line
        ColumnRole, // int: its column
    };

    explicit CalculationTableModel(QObject *parent = nullptr);

    void setAnalysis(FilingAnalysisPtr analysis);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const CalculationResult &result, int column) const;

    FilingAnalysisPtr m_analysis;
    QList<qsizetype> m_order; // indices into TieOut::calculations, inconsistent first
    QList<FactPlace> m_places;
};
