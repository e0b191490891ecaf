// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportActions.h"

#include "desktop/ExportPath.h"
#include "desktop/LiteralText.h"
#include "report/ReportPainter.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

using namespace Qt::StringLiterals;

ReportActions::ReportActions(Source source, QWidget *window)
    : QObject(window), m_source(std::move(source)), m_window(window),
      m_preview(new QAction(tr("Print Pre&view…"), this)), m_print(new QAction(tr("&Print…"), this)),
      m_export(new QAction(tr("Export Report as P&DF…"), this))
{
    m_print->setShortcut(QKeySequence::Print);
    m_preview->setStatusTip(tr("See the pages of the report for what is shown, and choose paper and margins"));
    m_print->setStatusTip(tr("Print the report for what is shown"));
    m_export->setStatusTip(tr("Write the report for what is shown as a PDF"));
    connect(m_preview, &QAction::triggered, this, &ReportActions::preview);
    connect(m_print, &QAction::triggered, this, &ReportActions::print);
    connect(m_export, &QAction::triggered, this, &ReportActions::exportDialog);
}

ReportActions::~ReportActions() = default;

QList<QAction *> ReportActions::actions() const
{
    return {m_preview, m_print, m_export};
}

void ReportActions::setEnabled(bool enabled)
{
    for (QAction *action : actions())
        action->setEnabled(enabled);
}

QPrinter &ReportActions::printer()
{
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setPageLayout(ReportPainter::defaultLayout());
    }
    return *m_printer;
}

void ReportActions::preview()
{
    const std::optional<Report> report = m_source();
    if (!report)
        return;
    QPrintPreviewDialog dialog(&printer(), m_window);
    dialog.setWindowTitle(tr("Print Preview — %1").arg(report->title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&report](QPrinter *target) { ReportPainter::paint(*report, target); });
    dialog.resize(1000, 800);
    dialog.exec();
}

void ReportActions::print()
{
    const std::optional<Report> report = m_source();
    if (!report)
        return;
    QPrintDialog dialog(&printer(), m_window);
    dialog.setWindowTitle(tr("Print %1").arg(report->title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!ReportPainter::paint(*report, &printer()))
        QMessageBox::warning(m_window, tr("Print"), tr("The printer would not print."));
}

QString ReportActions::exportPdf(const QString &path)
{
    const std::optional<Report> report = m_source();
    if (!report)
        return tr("Nothing to report: open a filing first.");
    return ReportPainter::writePdf(*report, path, printer().pageLayout());
}

void ReportActions::exportDialog()
{
    const std::optional<Report> report = m_source();
    if (!report)
        return;
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export Report as PDF"),
                                     ExportPath::suggested(report->title, u"pdf"_s), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = exportPdf(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Export Report"), LiteralText::literal(error));
        return;
    }
    ExportPath::remember(path);
    Q_EMIT status(tr("Exported the report to %1").arg(QDir::toNativeSeparators(path)));
}
