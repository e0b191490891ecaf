// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbookExportAction.h"

#include "desktop/ExportPath.h"
#include "desktop/LiteralText.h"
#include "workbook/WorkbookWriter.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

WorkbookExportAction::WorkbookExportAction(Source source, QWidget *window)
    : QObject(window), m_source(std::move(source)), m_window(window),
      m_filing(new QAction(tr("Export &Workbook…"), this)),
      m_schedule(new QAction(tr("Export Schedule as Wor&kbook…"), this))
{
    m_filing->setStatusTip(tr("Write every schedule of the filing shown as an Excel workbook: totals as live "
                              "formulas, and a Tie-out sheet"));
    m_schedule->setStatusTip(tr("Write the schedule shown as an Excel workbook: totals as live formulas, and its "
                                "tie-out"));
    connect(m_filing, &QAction::triggered, this, [this] { run(false); });
    connect(m_schedule, &QAction::triggered, this, [this] { run(true); });
    update();
}

void WorkbookExportAction::update()
{
    const Shown shown = m_source();
    m_filing->setEnabled(shown.analysis && !shown.analysis->filing.schedules.isEmpty());
    m_schedule->setEnabled(shown.analysis && shown.schedule >= 0);
}

QString WorkbookExportAction::exportTo(const QString &path, bool scheduleOnly)
{
    const Shown shown = m_source();
    if (!shown.analysis || (scheduleOnly && shown.schedule < 0))
        return tr("No schedule is shown to export");
    WorkbookWriter::Part part{shown.analysis, {}};
    if (scheduleOnly)
        part.schedules = {shown.schedule};
    return WorkbookWriter::write({part}, path).error;
}

void WorkbookExportAction::run(bool scheduleOnly)
{
    const Shown shown = m_source();
    if (!shown.analysis)
        return;
    const Filing &filing = shown.analysis->filing;
    const QString name = scheduleOnly && shown.schedule >= 0
                             ? filing.schedules[shown.schedule].title
                             : (filing.company.isEmpty() ? QFileInfo(filing.fileName()).completeBaseName()
                                                         : tr("%1 schedules").arg(filing.company));
    const QString title = scheduleOnly ? tr("Export Schedule as Workbook") : tr("Export Workbook");
    QString path = QFileDialog::getSaveFileName(m_window, title, ExportPath::suggested(name, u"xlsx"_s),
                                                tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".xlsx"_s, Qt::CaseInsensitive))
        path += u".xlsx"_s;
    const QString error = exportTo(path, scheduleOnly);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, title, LiteralText::literal(error));
        return;
    }
    ExportPath::remember(path);
    Q_EMIT status(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}
