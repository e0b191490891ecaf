// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartPrintActions.h"

#include "ChartPrinter.h"

#include <QAction>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QWidget>

ChartPrintActions::ChartPrintActions(Source source, QWidget *parent)
    : QObject(parent), m_source(std::move(source)), m_parent(parent),
      m_preview(new QAction(tr("Print Chart Pre&view…"), this)), m_print(new QAction(tr("&Print Chart…"), this))
{
    m_preview->setStatusTip(tr("See the chart on a page, and choose paper and orientation"));
    m_print->setStatusTip(tr("Print the chart shown, on one page"));
    connect(m_preview, &QAction::triggered, this, &ChartPrintActions::preview);
    connect(m_print, &QAction::triggered, this, &ChartPrintActions::print);
}

ChartPrintActions::~ChartPrintActions() = default;

void ChartPrintActions::setEnabled(bool enabled)
{
    for (QAction *action : actions())
        action->setEnabled(enabled);
}

QPrinter &ChartPrintActions::printer()
{
    if (!m_printer) {
        m_printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        m_printer->setPageLayout(ChartPrinter::defaultLayout());
    }
    return *m_printer;
}

std::unique_ptr<QPrintPreviewDialog> ChartPrintActions::makePreview()
{
    const ChartData chart = m_source();
    auto dialog = std::make_unique<QPrintPreviewDialog>(&printer(), m_parent);
    dialog->setWindowTitle(tr("Print Preview — %1").arg(chart.title));
    connect(dialog.get(), &QPrintPreviewDialog::paintRequested, dialog.get(),
            [chart](QPrinter *target) { ChartPrinter::print(chart, target); });
    dialog->resize(1000, 760);
    return dialog;
}

void ChartPrintActions::preview()
{
    if (!m_source().isAvailable())
        return;
    makePreview()->exec();
}

void ChartPrintActions::print()
{
    const ChartData chart = m_source();
    if (!chart.isAvailable())
        return;
    QPrintDialog dialog(&printer(), m_parent);
    dialog.setWindowTitle(tr("Print Chart"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!ChartPrinter::print(chart, &printer())) {
        QMessageBox::warning(m_parent, tr("Print Chart"), tr("The printer would not print."));
        return;
    }
    Q_EMIT status(tr("Printed the chart \"%1\"").arg(chart.title));
}
