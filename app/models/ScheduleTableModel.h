// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/Schedule.h"

#include <QAbstractTableModel>

// A schedule as a financial table: the label column, the note column when
// the schedule cites notes, then one column per period. Values are written
// as an analyst expects (thousands separators, negatives in parentheses,
// "$" where the filing prints it, nil as "—", per-share with two decimals,
// percentages with their sign). Views read the level, kind and emphasis
// from the custom roles; the model holds no widget.
class ScheduleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        LevelRole = Qt::UserRole + 1, // int: indentation level of the row
        KindRole,                     // RowKind as int
        ValueRole,                    // the exact value as a plain decimal string, "" for nil
        LocationRole,                 // "line 154, column 47"
        NoteRole,                     // "A/B"
    };

    explicit ScheduleTableModel(QObject *parent = nullptr);

    void setSchedule(const Schedule &schedule);
    const Schedule &schedule() const { return m_schedule; }

    // Column of the first period (after the label and, if any, note columns).
    int firstPeriodColumn() const { return m_schedule.hasNoteColumn ? 2 : 1; }
    // The period of a column, or -1 for the label and note columns.
    int periodOf(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // How a cell of a row is written in the table.
    static QString displayText(const Row &row, const Cell &cell);

private:
    Schedule m_schedule;
};
