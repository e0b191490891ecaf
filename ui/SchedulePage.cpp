// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulePage.h"

#include "ScheduleView.h"
#include "WrappedLabel.h"
#include "desktop/ExportPath.h"
#include "desktop/LiteralText.h"
#include "export/TableExport.h"
#include "files/OutputFile.h"
#include "models/FilingHtml.h"
#include "models/ScheduleTableModel.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

WrappedLabel *richLabel(QWidget *parent)
{
    auto *label = new WrappedLabel(parent);
    label->setContentsMargins(8, 6, 8, 6);
    return label;
}

} // namespace

SchedulePage::SchedulePage(QWidget *parent)
    : QWidget(parent), m_model(new ScheduleTableModel(this)), m_view(new ScheduleView(this)),
      m_heading(richLabel(this)), m_offering(richLabel(this)), m_footnotes(richLabel(this))
{
    m_view->setModel(m_model);
    m_offering->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_heading);
    layout->addWidget(m_offering);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_footnotes);
}

void SchedulePage::setSchedule(const FilingAnalysisPtr &analysis, int schedule)
{
    m_model->setSchedule(analysis, schedule);
    const Schedule &s = m_model->schedule();
    m_heading->setText(FilingHtml::heading(s));
    const bool offering = analysis && analysis->filing.offering.has_value();
    m_offering->setVisible(offering);
    if (offering)
        m_offering->setText(FilingHtml::offering(*analysis->filing.offering));
    const QString footnotes = FilingHtml::footnotes(s);
    m_footnotes->setText(footnotes);
    m_footnotes->setVisible(!footnotes.isEmpty());
    m_view->forgetLabelWidth();
    m_view->fitColumns();
}

void SchedulePage::selectRow(int row)
{
    select(m_model->index(row, 0));
}

void SchedulePage::select(const QModelIndex &index)
{
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void SchedulePage::selectPeriod(int row, int period)
{
    const int column = m_model->valueColumn(period);
    if (column < 0)
        selectRow(row);
    else
        select(m_model->index(row, column));
}

void SchedulePage::selectCell(int row, int line, int column)
{
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const QModelIndex index = m_model->index(row, c);
        if (index.data(ScheduleTableModel::SourceLineRole).toInt() == line
            && index.data(ScheduleTableModel::SourceColumnRole).toInt() == column) {
            select(index);
            return;
        }
    }
    selectRow(row);
}

QList<qsizetype> SchedulePage::selectedRows() const
{
    QList<qsizetype> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes()) {
        if (!rows.contains(index.row()))
            rows << index.row();
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

int SchedulePage::copySelection(bool withHeaders)
{
    const TableExport::Grid grid =
        TableExport::selection(*m_model, m_view->selectionModel()->selectedIndexes(), withHeaders);
    if (grid.isEmpty())
        return 0;
    auto *mime = new QMimeData;
    mime->setText(TableExport::tsv(grid));
    mime->setHtml(TableExport::html(grid));
    QApplication::clipboard()->setMimeData(mime);
    return int(grid.size());
}

void SchedulePage::setOptions(const ScheduleViewOptions &options)
{
    const QModelIndex current = m_view->currentIndex();
    const int row = current.row();
    const int period = current.isValid() ? m_model->periodOf(current.column()) : -1;
    m_model->setOptions(options);
    m_view->fitColumns();
    if (row >= 0) {
        const int column = period >= 0 ? m_model->valueColumn(period) : 0;
        m_view->setCurrentIndex(m_model->index(row, qMax(column, 0)));
    }
}

QString SchedulePage::exportCsv(const QString &path) const
{
    const Schedule &schedule = m_model->schedule();
    QString title = schedule.title;
    if (!schedule.company.isEmpty())
        title = schedule.company + u" \u2014 "_s + title;
    if (!m_model->unitsText().isEmpty())
        title += u" ("_s + m_model->unitsText() + u')';
    OutputFile file(path);
    if (!file.open())
        return file.error();
    if (file.device()->write(TableExport::csv(TableExport::whole(*m_model), title).toUtf8()) < 0) {
        file.cancel(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.device()->errorString()));
        return file.error();
    }
    return file.commit() ? QString() : file.error();
}

void SchedulePage::exportCsvAs()
{
    const QString suggested = ExportPath::suggested(m_model->schedule().title, u"csv"_s);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Schedule as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportCsv(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Schedule"), LiteralText::literal(error));
        return;
    }
    ExportPath::remember(path);
    Q_EMIT status(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}
