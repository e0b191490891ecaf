// SPDX-License-Identifier: GPL-3.0-or-later
#include "TieOutPage.h"

#include "ListPageLayout.h"

#include "TieOutView.h"
#include "models/CheckFilterModel.h"
#include "models/CheckTableModel.h"

#include <QComboBox>
#include <QLabel>

TieOutPage::TieOutPage(QWidget *parent)
    : QWidget(parent), m_view(new TieOutView(this)), m_verdicts(new QComboBox(this)), m_schedules(new QComboBox(this)),
      m_rules(new QComboBox(this)), m_count(new QLabel(this))
{
    m_verdicts->addItem(tr("All checks"), int(CheckFilterModel::Verdicts::All));
    m_verdicts->addItem(tr("Failures only"), int(CheckFilterModel::Verdicts::Failures));
    m_verdicts->addItem(tr("Ties only"), int(CheckFilterModel::Verdicts::Ties));
    m_verdicts->setAccessibleName(tr("Verdicts shown"));
    m_schedules->setAccessibleName(tr("Schedule shown"));
    m_schedules->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rules->setAccessibleName(tr("Rule shown"));
    m_rules->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_count->setTextFormat(Qt::PlainText);

    ListPageLayout::lay(this, m_view, {{tr("&Show:"), m_verdicts}, {tr("&In:"), m_schedules}, {tr("&Rule:"), m_rules}},
                        m_count);

    connect(m_verdicts, &QComboBox::currentIndexChanged, this, &TieOutPage::applyFilter);
    connect(m_schedules, &QComboBox::currentIndexChanged, this, &TieOutPage::applyFilter);
    connect(m_rules, &QComboBox::currentIndexChanged, this, &TieOutPage::applyFilter);
}

void TieOutPage::setAnalysis(const FilingAnalysisPtr &analysis, int filing)
{
    m_view->setAnalysis(analysis, filing);
    if (m_analysis == analysis)
        return;
    m_analysis = analysis;
    const QSignalBlocker blocker(m_schedules);
    m_schedules->clear();
    m_schedules->addItem(tr("All schedules"), -1);
    const QList<Schedule> &schedules = analysis->filing.schedules;
    for (int s = 0; s < schedules.size(); ++s)
        m_schedules->addItem(schedules[s].title, s);
    // The rules that made this filing's checks, with how many each made.
    const QSignalBlocker rulesBlocker(m_rules);
    m_rules->clear();
    m_rules->addItem(tr("All rules"), -1);
    QHash<int, int> made;
    for (const Check &check : analysis->tieOut.checks)
        ++made[int(check.kind)];
    for (const Check::Kind kind : Check::kinds()) {
        if (const int count = made.value(int(kind)))
            m_rules->addItem(tr("%1 (%2)").arg(Check::kindName(kind)).arg(count), int(kind));
    }
    applyFilter();
}

QString TieOutPage::countText() const
{
    return m_count->text();
}

void TieOutPage::applyFilter()
{
    CheckFilterModel *filter = m_view->filter();
    filter->setVerdicts(CheckFilterModel::Verdicts(m_verdicts->currentData().toInt()));
    filter->setSchedule(m_schedules->currentData().toInt());
    filter->setRule(m_rules->currentData().toInt());
    const int shown = filter->rowCount();
    const int all = m_view->checks()->rowCount();
    // A row is one check in one period.
    m_count->setText(shown == all ? tr("%1 rows").arg(all) : tr("%1 of %2 rows").arg(shown).arg(all));
}
