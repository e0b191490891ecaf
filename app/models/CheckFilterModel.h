// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// The tie-out list as the analyst narrows it: by verdict (failures only,
// ties only) and by schedule; sorted by the check model's SortRole.
class CheckFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Verdicts { All, Failures, Ties };

    explicit CheckFilterModel(QObject *parent = nullptr);

    void setVerdicts(Verdicts verdicts);
    Verdicts verdicts() const { return m_verdicts; }
    // Only the checks of this schedule (its index in the filing); -1 for all.
    void setSchedule(int schedule);
    int schedule() const { return m_schedule; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Verdicts m_verdicts = Verdicts::All;
    int m_schedule = -1;
};
