// SPDX-License-Identifier: GPL-3.0-or-later
#include "DifferenceTableModel.h"

#include "amount/AmountFormat.h"

using namespace Qt::StringLiterals;

DifferenceTableModel::DifferenceTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void DifferenceTableModel::setDifferences(const FigureDifferences &differences, const QStringList &files)
{
    beginResetModel();
    m_differences = differences;
    m_files = files;
    endResetModel();
}

int DifferenceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_differences.size());
}

int DifferenceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DifferenceTableModel::kindText(FigureDifference::Kind kind)
{
    switch (kind) {
    case FigureDifference::Kind::Restatement: return tr("Restatement");
    case FigureDifference::Kind::Reclassification: return tr("Reclassification");
    case FigureDifference::Kind::AsRestated: return tr("As restated");
    }
    return {};
}

QVariant DifferenceTableModel::display(const FigureDifference &difference, int column) const
{
    switch (column) {
    case Kind: return kindText(difference.kind);
    case Line: return difference.label;
    case Schedule: return difference.schedule;
    case Period: return difference.period;
    case Before: return AmountFormat{}.format(difference.earlier.value);
    case Now: return AmountFormat{}.format(difference.later.value);
    case Change: return AmountFormat::change(difference.printedChange(), u'\u2212');
    case Source:
        return tr("%1, line %2").arg(m_files.value(difference.earlier.filing)).arg(difference.earlier.location.line);
    default: return {};
    }
}

QVariant DifferenceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_differences.size())
        return {};
    const FigureDifference &difference = m_differences.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: return display(difference, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Before || index.column() == Now || index.column() == Change
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case KindRole: return int(difference.kind);
    case ScheduleIndexRole: return int(difference.later.row.schedule);
    case RowIndexRole: return int(difference.later.row.row);
    case PeriodIndexRole: return int(difference.later.period);
    default: return {};
    }
}

QVariant DifferenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind: return tr("What");
    case Line: return tr("Line");
    case Schedule: return tr("Schedule");
    case Period: return tr("Period");
    case Before: return tr("Reported before");
    case Now: return tr("Now");
    case Change: return tr("Change");
    case Source: return tr("Reported before in");
    default: return {};
    }
}
