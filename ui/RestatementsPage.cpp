// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestatementsPage.h"

#include "ListPageLayout.h"
#include "models/DifferenceTableModel.h"

#include <QComboBox>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

RestatementsPage::RestatementsPage(QWidget *parent)
    : PlaceListPage(parent), m_differences(new DifferenceTableModel(this)), m_filter(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_kinds(new QComboBox(this)), m_count(new QLabel(this))
{
    m_filter->setSourceModel(m_differences);
    m_filter->setFilterRole(DifferenceTableModel::KindRole);
    m_filter->setFilterKeyColumn(DifferenceTableModel::Kind);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // in the filing's order until a header is clicked
    ListPageLayout::setUpList(m_view, tr("Restatements"));
    // The kinds as FigureDifference::Kind numbers them.
    m_kinds->addItem(tr("Every difference"), QString());
    m_kinds->addItem(tr("Restatements"), u"^0$"_s);
    m_kinds->addItem(tr("Reclassifications"), u"^1$"_s);
    m_kinds->addItem(tr("As restated in this filing"), u"^2$"_s);
    m_kinds->setAccessibleName(tr("Differences shown"));
    m_count->setTextFormat(Qt::PlainText);

    ListPageLayout::lay(this, m_view, {{tr("&Show:"), m_kinds}}, m_count);

    connect(m_kinds, &QComboBox::currentIndexChanged, this, &RestatementsPage::applyFilter);
    connect(m_view, &QTableView::activated, this, &RestatementsPage::activate);
}

void RestatementsPage::setDifferences(const FigureDifferences &differences, const QStringList &files, int filing)
{
    m_filing = filing;
    m_differences->setDifferences(differences, files);
    applyFilter();
    m_view->resizeColumnsToContents();
    for (const int column : {int(DifferenceTableModel::Schedule), int(DifferenceTableModel::Period)})
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 260));
}

QString RestatementsPage::countText() const
{
    return m_count->text();
}

void RestatementsPage::applyFilter()
{
    m_filter->setFilterRegularExpression(m_kinds->currentData().toString());
    const int shown = m_filter->rowCount();
    const int all = m_differences->rowCount();
    m_count->setText(shown == all ? tr("%n figure(s) reported differently", nullptr, all)
                                  : tr("%1 of %n figure(s) reported differently", nullptr, all).arg(shown));
}

void RestatementsPage::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    requestPlace(m_filing, index.data(DifferenceTableModel::ScheduleIndexRole).toInt(),
                 index.data(DifferenceTableModel::RowIndexRole).toInt(),
                 index.data(DifferenceTableModel::PeriodIndexRole).toInt(), 0, 0);
}
