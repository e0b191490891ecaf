// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckFilterModel.h"

#include "CheckTableModel.h"
#include "analysis/CheckPeriod.h"

CheckFilterModel::CheckFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CheckTableModel::SortRole);
}

void CheckFilterModel::setVerdicts(Verdicts verdicts)
{
    if (verdicts == m_verdicts)
        return;
    m_verdicts = verdicts;
    invalidateRowsFilter();
}

void CheckFilterModel::setSchedule(int schedule)
{
    if (schedule == m_schedule)
        return;
    m_schedule = schedule;
    invalidateRowsFilter();
}

bool CheckFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_schedule >= 0 && index.data(CheckTableModel::ScheduleIndexRole).toInt() != m_schedule)
        return false;
    const auto verdict = CheckPeriod::Verdict(index.data(CheckTableModel::VerdictRole).toInt());
    switch (m_verdicts) {
    case Verdicts::All: return true;
    case Verdicts::Failures: return verdict == CheckPeriod::Verdict::Fail;
    case Verdicts::Ties: return verdict == CheckPeriod::Verdict::Pass;
    }
    return true;
}
