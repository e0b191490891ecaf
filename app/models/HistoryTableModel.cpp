// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryTableModel.h"

#include "amount/AmountFormat.h"

using namespace Qt::StringLiterals;

HistoryTableModel::HistoryTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void HistoryTableModel::setHistory(const ScheduleHistory &history, const QStringList &files)
{
    beginResetModel();
    m_history = history;
    m_files = files;
    const int columns = int(m_history.columns.size());
    m_to = columns - 1;
    m_from = columns - 2;
    // The same kind of period a year before the latest, when there is one:
    // this quarter against last year's, not against the year to date.
    for (int c = columns - 2; c >= 0; --c) {
        const Period &a = m_history.columns[c].period;
        const Period &b = m_history.columns[m_to].period;
        if (a.span == b.span && a.months == b.months) {
            m_from = c;
            break;
        }
    }
    endResetModel();
}

void HistoryTableModel::setChange(int from, int to)
{
    m_from = from;
    m_to = to;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, changeColumn()), index(rowCount() - 1, changeColumn() + 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, changeColumn(), changeColumn() + 1);
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.rows.size());
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_history.columns.isEmpty() ? 0 : int(m_history.columns.size()) + 3;
}

QString HistoryTableModel::label(int row) const
{
    return m_history.labels.value(row);
}

Amount HistoryTableModel::figure(int row, int period) const
{
    return m_history.shown(row, period);
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const int period = column - 1;
    const bool isFigure = period >= 0 && period < m_history.columns.size();
    const ScheduleHistory::Figure *source = isFigure ? &m_history.figures[row][period] : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (column == 0)
            return label(row);
        if (isFigure)
            return AmountFormat{}.format(figure(row, period));
        if (column == changeColumn() || column == changeColumn() + 1) {
            const Amount from = figure(row, m_from);
            const Amount to = figure(row, m_to);
            const std::optional<Amount> change = from.isNil() || to.isNil() ? std::nullopt : to.minus(from);
            if (!change)
                return QString();
            if (column == changeColumn())
                return AmountFormat{}.format(*change);
            const std::optional<Amount> percent =
                from.isZero() ? std::nullopt : Amount::ratio(change->times(100).value_or(Amount()), from.abs(), 1);
            AmountFormat format;
            format.percent = true;
            return percent ? format.format(*percent) : tr("n/m");
        }
        return {};
    case Qt::ToolTipRole:
        if (source && !source->value.isNil())
            return tr("%1, %2\nAs reported in %3, line %4")
                .arg(label(row), m_history.columns[period].period.label(),
                     m_files.value(m_history.columns[period].filing))
                .arg(source->location.line);
        return {};
    case Qt::TextAlignmentRole:
        return column == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case FilingRole: return source ? int(m_history.columns[period].filing) : -1;
    case ScheduleIndexRole: return source ? int(source->row.schedule) : -1;
    case RowIndexRole: return source ? int(source->row.row) : -1;
    case PeriodIndexRole: return source ? int(m_history.columns[period].column) : -1;
    default: return {};
    }
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const int period = section - 1;
    const bool isPeriod = period >= 0 && period < m_history.columns.size();
    if (role == Qt::DisplayRole) {
        if (section == 0)
            return m_history.units.isEmpty() ? tr("Line") : m_history.units;
        if (isPeriod)
            return m_history.columns[period].name;
        const QString from = m_history.columns.value(m_from).name;
        const QString to = m_history.columns.value(m_to).name;
        return section == changeColumn() ? tr("Δ %1 vs %2").arg(to, from) : tr("Δ% %1 vs %2").arg(to, from);
    }
    if (role == Qt::ToolTipRole && isPeriod)
        return tr("%1\nAs last reported, in %2")
            .arg(m_history.columns[period].period.label(), m_files.value(m_history.columns[period].filing));
    return {};
}
