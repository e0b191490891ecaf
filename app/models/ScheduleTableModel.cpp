// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleTableModel.h"

#include "amount/AmountFormat.h"

#include <QFont>

using namespace Qt::StringLiterals;

ScheduleTableModel::ScheduleTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void ScheduleTableModel::setSchedule(const Schedule &schedule)
{
    beginResetModel();
    m_schedule = schedule;
    endResetModel();
}

int ScheduleTableModel::periodOf(int column) const
{
    const int period = column - firstPeriodColumn();
    return period >= 0 && period < m_schedule.periods.size() ? period : -1;
}

int ScheduleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_schedule.rows.size());
}

int ScheduleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : firstPeriodColumn() + int(m_schedule.periods.size());
}

QString ScheduleTableModel::displayText(const Row &row, const Cell &cell)
{
    if (!cell.marker.isEmpty() || !cell.readable)
        return cell.text;
    AmountFormat format;
    format.currency = cell.currency;
    format.percent = cell.percent;
    if (row.unit() == RowUnit::PerShare)
        format.decimals = qMax(2, cell.amount.decimals());
    return format.format(cell.amount);
}

QVariant ScheduleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_schedule.rows[index.row()];
    const int period = periodOf(index.column());
    const bool isLabel = index.column() == 0;
    const bool isNote = !isLabel && period < 0;

    switch (role) {
    case Qt::DisplayRole:
        if (isLabel)
            return row.label;
        if (isNote)
            return row.noteText();
        if (period >= row.cells.size() || !RowKinds::carriesValues(row.kind))
            return QString();
        return displayText(row, row.cells[period]);
    case Qt::TextAlignmentRole:
        if (isLabel)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        if (isNote)
            return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        const bool strong = row.kind == RowKind::Total || row.kind == RowKind::Heading
                || row.emphasis.testFlag(EmphasisFlag::Bold);
        if (!strong)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole:
        if (period >= 0 && period < row.cells.size() && !row.cells[period].text.isEmpty())
            return u"%1\n%2\nline %3, column %4"_s.arg(row.label, m_schedule.periods[period].label())
                    .arg(row.cells[period].location.line)
                    .arg(row.cells[period].location.column);
        return {};
    case LevelRole:
        return row.level;
    case KindRole:
        return int(row.kind);
    case ValueRole:
        return period >= 0 && period < row.cells.size() ? row.cells[period].amount.toPlainString() : QString();
    case LocationRole: {
        const SourceLocation at = period >= 0 && period < row.cells.size() ? row.cells[period].location : row.location;
        return u"line %1, column %2"_s.arg(at.line).arg(at.column);
    }
    case NoteRole:
        return row.noteText();
    default:
        return {};
    }
}

QVariant ScheduleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const int period = periodOf(section);
    if (role == Qt::DisplayRole) {
        if (section == 0)
            return QString();
        if (period < 0)
            return tr("Note");
        return m_schedule.periods[period].labelLines.join(u'\n');
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QHash<int, QByteArray> ScheduleTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(LevelRole, "level");
    names.insert(KindRole, "kind");
    names.insert(ValueRole, "value");
    names.insert(LocationRole, "location");
    names.insert(NoteRole, "note");
    return names;
}
