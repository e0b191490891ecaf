// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// The tie-out list as the analyst narrows it: by verdict (failures only,
// ties only), by filing and schedule and by the rule that made the check; sorted by the check model's SortRole.
class CheckFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Verdicts { All, Failures, Ties };

    explicit CheckFilterModel(QObject *parent = nullptr);

    void setVerdicts(Verdicts verdicts);
    Verdicts verdicts() const { return m_verdicts; }
    // Only the checks of one schedule (the filing's index in the check
    // model's list, the schedule's in the filing); a schedule of -1 for all.
    void setSchedule(int filing, int schedule);
    int schedule() const { return m_schedule; }
    // Only the checks one rule made (an int of Check::Kind); -1 for all.
    void setRule(int rule);
    int rule() const { return m_rule; }

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Compares keys read once per line: a check's figures and words are
    // written when asked for, and sorting 100,000 lines asks for each two
    // dozen times.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void forgetKeys() { m_keysColumn = -1; }

    mutable QList<QVariant> m_keys; // the sort role's value of every source row
    mutable int m_keysColumn = -1;  // the column they were read from; -1 when stale
    mutable int m_keysRole = -1;
    Verdicts m_verdicts = Verdicts::All;
    int m_filing = -1;
    int m_schedule = -1;
    int m_rule = -1;
};
