// SPDX-License-Identifier: GPL-3.0-or-later
#include "FactsPage.h"

#include "ListPageLayout.h"

#include "models/FactFilterModel.h"
#include "models/FactTableModel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

FactsPage::FactsPage(QWidget *parent)
    : PlaceListPage(parent), m_facts(new FactTableModel(this)), m_filter(new FactFilterModel(this)),
      m_view(new QTableView(this)), m_search(new QLineEdit(this)), m_periods(new QComboBox(this)),
      m_dimensions(new QComboBox(this)), m_units(new QComboBox(this)), m_count(new QLabel(this))
{
    m_filter->setSourceModel(m_facts);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // document order until a header is clicked
    ListPageLayout::setUpList(m_view, tr("Facts"));
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_search->setPlaceholderText(tr("Concept or label"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Concept or label shown"));
    // Axes and periods are long: the boxes keep a fixed width, their lists show all.
    for (QComboBox *box : {m_periods, m_dimensions, m_units}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_dimensions ? 18 : 11);
    }
    m_search->setMinimumWidth(160);
    m_periods->setAccessibleName(tr("Period shown"));
    m_dimensions->setAccessibleName(tr("Dimension shown"));
    m_units->setAccessibleName(tr("Unit shown"));
    m_count->setTextFormat(Qt::PlainText);

    ListPageLayout::lay(this, m_view,
                        {{tr("&Find:"), m_search},
                         {tr("&Period:"), m_periods},
                         {tr("&Dimension:"), m_dimensions},
                         {tr("&Unit:"), m_units}},
                        m_count);

    connect(m_search, &QLineEdit::textChanged, this, &FactsPage::applyFilter);
    for (QComboBox *box : {m_periods, m_dimensions, m_units})
        connect(box, &QComboBox::currentIndexChanged, this, &FactsPage::applyFilter);
    connect(m_view, &QTableView::activated, this, &FactsPage::activate);
}

void FactsPage::setAnalysis(const FilingAnalysisPtr &analysis, int filing)
{
    m_filing = filing;
    if (m_analysis == analysis)
        return;
    m_analysis = analysis;
    m_facts->setAnalysis(analysis);
    const XbrlInstance &xbrl = analysis->filing.xbrl;

    // The periods, latest first; the axes and units by name.
    QList<XbrlPeriod> periods;
    QSet<QString> axes;
    for (const XbrlContext &context : xbrl.contexts) {
        if (context.period.isValid() && !periods.contains(context.period))
            periods << context.period;
        for (const XbrlDimension &dimension : context.dimensions)
            axes.insert(dimension.axis);
    }
    std::sort(periods.begin(), periods.end(), [](const XbrlPeriod &a, const XbrlPeriod &b) {
        return a.end != b.end ? a.end > b.end : a.start > b.start;
    });
    const QSignalBlocker periodsBlocker(m_periods);
    m_periods->clear();
    m_periods->addItem(tr("All periods"), QString());
    for (const XbrlPeriod &period : std::as_const(periods)) {
        const QString text =
            period.instant ? tr("At %1").arg(period.end.toString(Qt::ISODate))
            : period.isForever
                ? tr("Forever")
                : tr("%1 to %2").arg(period.start.toString(Qt::ISODate), period.end.toString(Qt::ISODate));
        m_periods->addItem(text, period.toString());
    }
    const QSignalBlocker dimensionsBlocker(m_dimensions);
    m_dimensions->clear();
    m_dimensions->addItem(tr("Any dimensions"), FactFilterModel::AnyDimensions);
    m_dimensions->addItem(tr("No dimension (totals)"), FactFilterModel::NoDimensions);
    QStringList sortedAxes(axes.cbegin(), axes.cend());
    sortedAxes.sort();
    for (const QString &axis : std::as_const(sortedAxes))
        m_dimensions->addItem(axis, axis);
    const QSignalBlocker unitsBlocker(m_units);
    m_units->clear();
    m_units->addItem(tr("All units"), QString());
    for (const XbrlUnit &unit : xbrl.units)
        m_units->addItem(unit.name(), unit.name());
    applyFilter();
    m_view->resizeColumnsToContents();
    for (const int column : {int(FactTableModel::Concept), int(FactTableModel::Label), int(FactTableModel::Dimensions),
                             int(FactTableModel::Value)})
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 300));
}

QString FactsPage::countText() const
{
    return m_count->text();
}

void FactsPage::applyFilter()
{
    m_filter->setText(m_search->text());
    m_filter->setPeriod(m_periods->currentData().toString());
    m_filter->setDimension(m_dimensions->currentData().toString());
    m_filter->setUnit(m_units->currentData().toString());
    const int shown = m_filter->rowCount();
    const int all = m_facts->rowCount();
    m_count->setText(shown == all ? tr("%1 facts").arg(all) : tr("%1 of %2 facts").arg(shown).arg(all));
}

void FactsPage::activate(const QModelIndex &index)
{
    if (!index.isValid() || !m_analysis)
        return;
    const XbrlFact &fact = m_analysis->filing.xbrl.facts.at(index.data(FactTableModel::FactRole).toInt());
    requestPlace(m_filing, index.data(FactTableModel::ScheduleIndexRole).toInt(),
                 index.data(FactTableModel::RowIndexRole).toInt(), index.data(FactTableModel::PeriodIndexRole).toInt(),
                 fact.location.line, fact.location.column);
}
