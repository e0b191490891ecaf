// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/ScheduleHistory.h"

#include <QAbstractTableModel>
#include <QStringList>

// A schedule's history across filings as a table: its lines down, every
// period any filing reports across (oldest first, each figure as last
// reported, in the schedule's own unit), then the change and the change in
// percent between two of them, the latest two by default.
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        FilingRole = Qt::UserRole + 1, // int: the filing a figure comes from, -1 elsewhere
        ScheduleIndexRole,
        RowIndexRole,
        PeriodIndexRole,
    };

    explicit HistoryTableModel(QObject *parent = nullptr);

    // `files` names each filing, for the tool tips.
    void setHistory(const ScheduleHistory &history, const QStringList &files);
    const ScheduleHistory &history() const { return m_history; }
    // The two periods (history columns) the change columns compare.
    void setChange(int from, int to);
    int changeFrom() const { return m_from; }
    int changeTo() const { return m_to; }
    // A line's figure in a period, in the schedule's unit; nil where none.
    Amount figure(int row, int period) const;
    QString label(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int changeColumn() const { return int(m_history.columns.size()) + 1; }

    ScheduleHistory m_history;
    QStringList m_files;
    int m_from = -1;
    int m_to = -1;
};
