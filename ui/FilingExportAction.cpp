// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilingExportAction.h"

#include "FilingExportDialog.h"
#include "desktop/ExportPath.h"
#include "desktop/LiteralText.h"
#include "desktop/Settings.h"
#include "export/ScheduleCsv.h"
#include "report/ReportPainter.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

using namespace Qt::StringLiterals;

FilingExportAction::FilingExportAction(Source source, QWidget *window)
    : QObject(window), m_source(std::move(source)), m_window(window),
      m_action(new QAction(tr("Export &Filing…"), this)), m_pdf(Settings::exportFilingAsPdf()),
      m_layout(Settings::exportPageLayout(ReportPainter::defaultLayout()))
{
    m_action->setStatusTip(tr("Write every schedule of the filing shown: a CSV file each in a folder, or one PDF"));
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, &FilingExportAction::run);
}

void FilingExportAction::setEnabled(bool enabled)
{
    m_action->setEnabled(enabled);
}

void FilingExportAction::run()
{
    const FilingAnalysisPtr analysis = m_source();
    if (!analysis)
        return;
    const Filing &filing = analysis->filing;
    // A folder of its own for the CSV files, named after the filing, in the last export folder.
    const QString folder =
        QDir(Settings::exportFolder()).filePath(ScheduleCsv::safeName(QFileInfo(filing.fileName()).completeBaseName()));
    const QString company = filing.company.isEmpty() ? QFileInfo(filing.fileName()).completeBaseName() : filing.company;
    const QString pdf = ExportPath::suggested(tr("%1 schedules").arg(company), u"pdf"_s);

    FilingExportDialog dialog(filing, folder, pdf, m_layout, m_window);
    dialog.setFormat(m_pdf ? FilingExportDialog::Format::Pdf : FilingExportDialog::Format::CsvFolder);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_pdf = dialog.format() == FilingExportDialog::Format::Pdf;
    m_layout = dialog.pageLayout();
    Settings::setExportFilingAsPdf(m_pdf);
    Settings::setExportPageLayout(m_layout);
    const QString destination = dialog.destination();
    const FilingExport::Result result = m_pdf ? FilingExport::writePdf(analysis, destination, m_layout)
                                              : FilingExport::writeCsvFolder(analysis, destination);
    if (!result.ok()) {
        QString message = result.error;
        if (!result.written.isEmpty())
            message += u"\n\n"_s + tr("%1 of the files were written before it.").arg(result.written.size());
        QMessageBox::warning(m_window, tr("Export Filing"), LiteralText::literal(message));
        return;
    }
    // The folder holding the PDF, or holding the folder of CSV files: the next filing's is offered beside it.
    ExportPath::remember(destination);
    const QString shown = QDir::toNativeSeparators(destination);
    Q_EMIT status(m_pdf ? tr("Exported every schedule to %1").arg(shown)
                        : tr("Exported %1 schedules as CSV to %2").arg(QString::number(result.written.size()), shown));
}
