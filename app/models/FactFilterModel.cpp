// SPDX-License-Identifier: GPL-3.0-or-later
#include "FactFilterModel.h"

#include "FactTableModel.h"

FactFilterModel::FactFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FactTableModel::SortRole);
}

void FactFilterModel::setText(const QString &text)
{
    m_words = text.split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void FactFilterModel::setPeriod(const QString &period)
{
    m_period = period;
    invalidateRowsFilter();
}

void FactFilterModel::setDimension(const QString &axis)
{
    m_dimension = axis;
    invalidateRowsFilter();
}

void FactFilterModel::setUnit(const QString &unit)
{
    m_unit = unit;
    invalidateRowsFilter();
}

bool FactFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex row = model->index(sourceRow, FactTableModel::Concept, sourceParent);
    if (!m_period.isEmpty() && row.data(FactTableModel::PeriodKeyRole).toString() != m_period)
        return false;
    if (!m_unit.isEmpty() && row.data(FactTableModel::UnitKeyRole).toString() != m_unit)
        return false;
    if (m_dimension != AnyDimensions) {
        const QStringList axes = row.data(FactTableModel::DimensionKeysRole).toStringList();
        if (m_dimension.isEmpty() ? !axes.isEmpty() : !axes.contains(m_dimension))
            return false;
    }
    if (!m_words.isEmpty()) {
        const QString text = row.data().toString() + u' '
                             + model->index(sourceRow, FactTableModel::Label, sourceParent).data().toString();
        for (const QString &word : m_words) {
            if (!text.contains(word, Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}
