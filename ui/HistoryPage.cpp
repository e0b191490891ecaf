// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryPage.h"

#include "ListPageLayout.h"
#include "models/HistoryTableModel.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

#include <algorithm>

HistoryPage::HistoryPage(QWidget *parent)
    : PlaceListPage(parent), m_model(new HistoryTableModel(this)), m_view(new QTableView(this)),
      m_from(new QComboBox(this)), m_to(new QComboBox(this)), m_summary(new QLabel(this)),
      m_chart(new QPushButton(tr("C&hart Selected Lines"), this))
{
    m_view->setModel(m_model);
    ListPageLayout::setUpList(m_view, tr("History"));
    m_from->setAccessibleName(tr("Change from"));
    m_to->setAccessibleName(tr("Change to"));
    m_summary->setTextFormat(Qt::PlainText);

    ListPageLayout::lay(this, m_view, {{tr("&Change from"), m_from}, {tr("&to"), m_to}, {QString(), m_chart}},
                        m_summary);

    const auto changed = [this] { m_model->setChange(m_from->currentIndex(), m_to->currentIndex()); };
    connect(m_from, &QComboBox::currentIndexChanged, this, changed);
    connect(m_to, &QComboBox::currentIndexChanged, this, changed);
    connect(m_chart, &QPushButton::clicked, this, [this] { Q_EMIT chartRequested(selectedLines()); });
    connect(m_view, &QTableView::activated, this, &HistoryPage::activate);
}

void HistoryPage::setHistory(const ScheduleHistory &history, const QStringList &files)
{
    m_model->setHistory(history, files);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->clear();
    m_to->clear();
    for (const ScheduleHistory::Column &column : history.columns) {
        m_from->addItem(column.name);
        m_to->addItem(column.name);
    }
    m_from->setCurrentIndex(m_model->changeFrom());
    m_to->setCurrentIndex(m_model->changeTo());
    QStringList sources;
    for (const ScheduleHistory::Column &column : history.columns) {
        if (!sources.contains(files.value(column.filing)))
            sources << files.value(column.filing);
    }
    m_summary->setText(tr("%n period(s) from %1", nullptr, int(history.columns.size()))
                           .arg(tr("%n filing(s)", nullptr, int(sources.size()))));
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(0, std::min(m_view->columnWidth(0), 360));
}

const ScheduleHistory &HistoryPage::history() const
{
    return m_model->history();
}

void HistoryPage::selectLine(const QString &label)
{
    int row = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->label(r) == label) {
            row = r;
            break;
        }
    }
    if (m_model->rowCount() > 0)
        m_view->selectRow(row);
}

QList<qsizetype> HistoryPage::selectedLines() const
{
    QList<qsizetype> lines;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        lines << index.row();
    std::sort(lines.begin(), lines.end());
    return lines;
}

void HistoryPage::activate(const QModelIndex &index)
{
    const int filing = index.data(HistoryTableModel::FilingRole).toInt();
    if (filing < 0)
        return;
    requestPlace(filing, index.data(HistoryTableModel::ScheduleIndexRole).toInt(),
                 index.data(HistoryTableModel::RowIndexRole).toInt(),
                 index.data(HistoryTableModel::PeriodIndexRole).toInt(), 0, 0);
}
