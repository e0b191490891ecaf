// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/FigureDifference.h"

#include <QAbstractTableModel>
#include <QStringList>

// The figures one filing reports differently from what an earlier filing
// (or its own "as previously reported" column) reported for the same
// period, a row each: what it is (restatement, reclassification, as
// restated), the line, its schedule and period, the figure before and
// now, the change, and where the earlier figure was. Each row knows the
// later cell, to show it.
class DifferenceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Kind, Line, Period, Before, Now, Change, Source, Schedule, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int: FigureDifference::Kind
        ScheduleIndexRole,           // the later cell's schedule, row and period
        RowIndexRole,
        PeriodIndexRole,
    };

    explicit DifferenceTableModel(QObject *parent = nullptr);

    // `files` names each filing of the comparison, for the source column.
    void setDifferences(const FigureDifferences &differences, const QStringList &files);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(FigureDifference::Kind kind);

private:
    QVariant display(const FigureDifference &difference, int column) const;

    FigureDifferences m_differences;
    QStringList m_files;
};
