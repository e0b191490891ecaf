// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalculationsPage.h"

#include "ListPageLayout.h"
#include "models/CalculationTableModel.h"

#include <QComboBox>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

CalculationsPage::CalculationsPage(QWidget *parent)
    : PlaceListPage(parent), m_calculations(new CalculationTableModel(this)), m_filter(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_verdicts(new QComboBox(this)), m_count(new QLabel(this))
{
    m_filter->setSourceModel(m_calculations);
    m_filter->setFilterRole(CalculationTableModel::VerdictRole);
    m_filter->setFilterKeyColumn(CalculationTableModel::Verdict);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // inconsistent first, until a header is clicked
    ListPageLayout::setUpList(m_view, tr("Calculations"));
    // The verdicts as CalculationResult::Verdict numbers them.
    m_verdicts->addItem(tr("All calculations"), QString());
    m_verdicts->addItem(tr("Inconsistent"), u"^1$"_s);
    m_verdicts->addItem(tr("Consistent"), u"^0$"_s);
    m_verdicts->addItem(tr("Does not bind"), u"^2$"_s);
    m_verdicts->addItem(tr("Not checked"), u"^[345]$"_s);
    m_verdicts->setAccessibleName(tr("Verdicts shown"));
    m_count->setTextFormat(Qt::PlainText);

    ListPageLayout::lay(this, m_view, {{tr("&Show:"), m_verdicts}}, m_count);

    connect(m_verdicts, &QComboBox::currentIndexChanged, this, &CalculationsPage::applyFilter);
    connect(m_view, &QTableView::activated, this, &CalculationsPage::activate);
}

void CalculationsPage::setAnalysis(const FilingAnalysisPtr &analysis, int filing)
{
    m_filing = filing;
    if (m_analysis == analysis)
        return;
    m_analysis = analysis;
    m_calculations->setAnalysis(analysis);
    applyFilter();
    m_view->resizeColumnsToContents();
    for (const int column : {int(CalculationTableModel::Description), int(CalculationTableModel::Items)})
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 420));
}

QString CalculationsPage::countText() const
{
    return m_count->text();
}

void CalculationsPage::applyFilter()
{
    m_filter->setFilterRegularExpression(m_verdicts->currentData().toString());
    const int shown = m_filter->rowCount();
    const int all = m_calculations->rowCount();
    m_count->setText(shown == all ? tr("%1 calculations").arg(all) : tr("%1 of %2 calculations").arg(shown).arg(all));
}

void CalculationsPage::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    requestPlace(m_filing, index.data(CalculationTableModel::ScheduleIndexRole).toInt(),
                 index.data(CalculationTableModel::RowIndexRole).toInt(),
                 index.data(CalculationTableModel::PeriodIndexRole).toInt(),
                 index.data(CalculationTableModel::LineRole).toInt(),
                 index.data(CalculationTableModel::ColumnRole).toInt());
}
