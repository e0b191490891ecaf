// SPDX-License-Identifier: GPL-3.0-or-later
#include "TieOutView.h"

#include "models/CheckFilterModel.h"
#include "models/CheckTableModel.h"

#include <QHeaderView>

TieOutView::TieOutView(QWidget *parent)
    : QTableView(parent), m_checks(new CheckTableModel(this)), m_filter(new CheckFilterModel(this))
{
    m_filter->setSourceModel(m_checks);
    setModel(m_filter);
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(false);
    // Read left to right as the analyst asks: does it tie, what, when, by
    // how much; the kind and the schedule (also the page's filter) last.
    QHeaderView *header = horizontalHeader();
    for (const int last : {CheckTableModel::Kind, CheckTableModel::FilingColumn, CheckTableModel::ScheduleColumn})
        header->moveSection(header->visualIndex(last), CheckTableModel::ColumnCount - 1);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == CheckTableModel::Description && !m_fitting)
            m_descriptionSized = true;
    });
    sortByColumn(CheckTableModel::Verdict, Qt::AscendingOrder);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT cellRequested(
            index.data(CheckTableModel::FilingIndexRole).toInt(),
            index.data(CheckTableModel::ScheduleIndexRole).toInt(), index.data(CheckTableModel::RowIndexRole).toInt(),
            index.data(CheckTableModel::SourceLineRole).toInt(), index.data(CheckTableModel::SourceColumnRole).toInt());
    });
}

void TieOutView::setFilings(const QList<FilingAnalysisPtr> &filings, int only)
{
    if (m_checks->filings() == filings && m_checks->only() == only)
        return;
    m_checks->setFilings(filings, only);
    setColumnHidden(CheckTableModel::FilingColumn, only >= 0);
    // Columns fit their contents, but no column other than the check's
    // description may crowd it out: a holders table's period is a long heading.
    for (int c = 0; c < CheckTableModel::ColumnCount; ++c) {
        if (c == CheckTableModel::Description)
            continue;
        resizeColumnToContents(c);
        setColumnWidth(c, qMin(columnWidth(c), MaxColumnWidth));
    }
    fitDescription();
}

void TieOutView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitDescription();
}

void TieOutView::fitDescription()
{
    if (m_descriptionSized)
        return;
    int others = 0;
    for (int c = 0; c < CheckTableModel::ColumnCount; ++c) {
        if (c != CheckTableModel::Description && !isColumnHidden(c))
            others += columnWidth(c);
    }
    m_fitting = true;
    setColumnWidth(CheckTableModel::Description, qMax(MinDescriptionWidth, viewport()->width() - others));
    m_fitting = false;
}
