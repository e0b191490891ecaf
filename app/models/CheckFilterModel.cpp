// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckFilterModel.h"

#include "CheckTableModel.h"
#include "calculation/CheckLine.h"

CheckFilterModel::CheckFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CheckTableModel::SortRole);
}

void CheckFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    forgetKeys();
    // Connected before the proxy's own handlers, which sort again, so that
    // they never compare keys of lines that have changed.
    if (model) {
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &CheckFilterModel::forgetKeys);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, &CheckFilterModel::forgetKeys);
        connect(model, &QAbstractItemModel::dataChanged, this, &CheckFilterModel::forgetKeys);
        connect(model, &QAbstractItemModel::rowsInserted, this, &CheckFilterModel::forgetKeys);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &CheckFilterModel::forgetKeys);
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void CheckFilterModel::setVerdicts(Verdicts verdicts)
{
    if (verdicts == m_verdicts)
        return;
    m_verdicts = verdicts;
    invalidateRowsFilter();
}

void CheckFilterModel::setSchedule(int filing, int schedule)
{
    if (filing == m_filing && schedule == m_schedule)
        return;
    m_filing = filing;
    m_schedule = schedule;
    invalidateRowsFilter();
}

void CheckFilterModel::setRule(int rule)
{
    if (rule == m_rule)
        return;
    m_rule = rule;
    invalidateRowsFilter();
}

bool CheckFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_schedule >= 0
        && (index.data(CheckTableModel::ScheduleIndexRole).toInt() != m_schedule
            || index.data(CheckTableModel::FilingIndexRole).toInt() != m_filing))
        return false;
    if (m_rule >= 0 && index.data(CheckTableModel::KindRole).toInt() != m_rule)
        return false;
    const auto verdict = CheckLine::Verdict(index.data(CheckTableModel::VerdictRole).toInt());
    switch (m_verdicts) {
    case Verdicts::All: return true;
    case Verdicts::Failures: return verdict == CheckLine::Verdict::Fail;
    case Verdicts::Ties: return verdict == CheckLine::Verdict::Pass;
    }
    return true;
}

bool CheckFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_keysColumn != left.column() || m_keysRole != sortRole()) {
        m_keys.clear();
        m_keys.reserve(source->rowCount());
        for (int row = 0; row < source->rowCount(); ++row)
            m_keys.append(source->index(row, left.column()).data(sortRole()));
        m_keysColumn = left.column();
        m_keysRole = sortRole();
    }
    // As QSortFilterProxyModel compares: text by the proxy's case and locale
    // settings, anything else (numbers) by value.
    const QVariant &l = m_keys.at(left.row());
    const QVariant &r = m_keys.at(right.row());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        const QString &a = *static_cast<const QString *>(l.constData());
        const QString &b = *static_cast<const QString *>(r.constData());
        return isSortLocaleAware() ? QString::localeAwareCompare(a, b) < 0
                                   : QString::compare(a, b, sortCaseSensitivity()) < 0;
    }
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}
