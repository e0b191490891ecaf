// SPDX-License-Identifier: GPL-3.0-or-later
#include "TieOutPage.h"

#include "ListPageLayout.h"

#include "TieOutView.h"
#include "models/CheckFilterModel.h"
#include "models/CheckTableModel.h"

#include <QComboBox>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace {

// The schedule item's filing, beside its index (Qt::UserRole).
constexpr int FilingRole = Qt::UserRole + 1;

} // namespace

TieOutPage::TieOutPage(QWidget *parent)
    : QWidget(parent), m_view(new TieOutView(this)), m_scope(new QComboBox(this)), m_verdicts(new QComboBox(this)),
      m_schedules(new QComboBox(this)), m_rules(new QComboBox(this)), m_count(new QLabel(this))
{
    m_scope->addItem(tr("This filing"), int(Scope::ThisFiling));
    m_scope->addItem(tr("All open filings"), int(Scope::AllFilings));
    m_scope->setAccessibleName(tr("Filings shown"));
    m_verdicts->addItem(tr("All checks"), int(CheckFilterModel::Verdicts::All));
    m_verdicts->addItem(tr("Failures only"), int(CheckFilterModel::Verdicts::Failures));
    m_verdicts->addItem(tr("Ties only"), int(CheckFilterModel::Verdicts::Ties));
    m_verdicts->setAccessibleName(tr("Verdicts shown"));
    m_schedules->setAccessibleName(tr("Schedule shown"));
    // As wide as a schedule's title needs, up to a point: every open
    // filing's titles, under their file names, would push the window wide.
    m_schedules->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_schedules->setMinimumContentsLength(28);
    m_rules->setAccessibleName(tr("Rule shown"));
    m_rules->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_count->setTextFormat(Qt::PlainText);

    ListPageLayout::lay(
        this, m_view,
        {{tr("&Filings:"), m_scope}, {tr("&Show:"), m_verdicts}, {tr("&In:"), m_schedules}, {tr("&Rule:"), m_rules}},
        m_count);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &TieOutPage::fill);
    connect(m_verdicts, &QComboBox::currentIndexChanged, this, &TieOutPage::applyFilter);
    connect(m_schedules, &QComboBox::currentIndexChanged, this, &TieOutPage::applyFilter);
    connect(m_rules, &QComboBox::currentIndexChanged, this, &TieOutPage::applyFilter);
}

void TieOutPage::setFilings(const QList<FilingAnalysisPtr> &filings, int filing)
{
    if (m_filings == filings && m_filing == filing)
        return;
    m_filings = filings;
    m_filing = filing;
    const bool several = m_filings.size() > 1;
    m_scope->setEnabled(several);
    m_scope->setToolTip(several ? QString() : tr("Open another filing to list the checks of every open filing"));
    m_scope->setItemText(1, several ? tr("All %1 open filings").arg(m_filings.size()) : tr("All open filings"));
    if (!several) {
        const QSignalBlocker blocker(m_scope);
        m_scope->setCurrentIndex(0);
    }
    fill();
}

QList<FilingAnalysisPtr> TieOutPage::inScope() const
{
    if (Scope(m_scope->currentData().toInt()) == Scope::AllFilings)
        return m_filings;
    if (m_filing >= 0 && m_filing < m_filings.size())
        return {m_filings[m_filing]};
    return {};
}

void TieOutPage::fill()
{
    const bool all = Scope(m_scope->currentData().toInt()) == Scope::AllFilings;
    // No filing shown (the one shown has just closed): no checks, not every filing's.
    if (all || m_filing >= 0)
        m_view->setFilings(m_filings, all ? -1 : m_filing);
    else
        m_view->setFilings({}, -1);
    // The schedules to narrow to: the filing's, or every filing's under its file's name.
    const QSignalBlocker blocker(m_schedules);
    m_schedules->clear();
    m_schedules->addItem(tr("All schedules"), -1);
    const QList<FilingAnalysisPtr> shown = inScope();
    for (int f = 0; f < m_filings.size(); ++f) {
        if (!shown.contains(m_filings[f]))
            continue;
        const QList<Schedule> &schedules = m_filings[f]->filing.schedules;
        for (int s = 0; s < schedules.size(); ++s) {
            const QString name =
                all ? u"%1 \u2014 %2"_s.arg(m_filings[f]->filing.fileName(), schedules[s].title) : schedules[s].title;
            m_schedules->addItem(name, s);
            m_schedules->setItemData(m_schedules->count() - 1, f, FilingRole);
        }
    }
    // The rules that made these checks, with how many each made.
    const QSignalBlocker rulesBlocker(m_rules);
    m_rules->clear();
    m_rules->addItem(tr("All rules"), -1);
    QHash<int, int> made;
    for (const FilingAnalysisPtr &analysis : shown) {
        for (const Check &check : analysis->tieOut.checks)
            ++made[int(check.kind)];
    }
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
    filter->setSchedule(m_schedules->currentData(FilingRole).toInt(), m_schedules->currentData().toInt());
    filter->setRule(m_rules->currentData().toInt());
    const int shown = filter->rowCount();
    const int all = m_view->checks()->rowCount();
    // A row is one check in one period.
    m_count->setText(shown == all ? tr("%1 rows").arg(all) : tr("%1 of %2 rows").arg(shown).arg(all));
}
