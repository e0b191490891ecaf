// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/ChartData.h"

#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QPrinter;
class QPrintPreviewDialog;
class QWidget;

// Chart > Print Chart Preview and Print Chart: the chart shown, on one page
// (ChartPrinter). One printer is kept, made when first needed, so the
// paper and orientation chosen in the preview are what Print uses; it
// starts in landscape on the locale's paper.
class ChartPrintActions : public QObject
{
    Q_OBJECT

public:
    using Source = std::function<ChartData()>;
    ChartPrintActions(Source source, QWidget *parent);
    ~ChartPrintActions() override;

    QAction *previewAction() const { return m_preview; }
    QAction *printAction() const { return m_print; }
    QList<QAction *> actions() const { return {m_preview, m_print}; }
    void setEnabled(bool enabled);

    QPrinter &printer();
    // The preview of the chart shown now, not yet shown itself: preview() runs it.
    std::unique_ptr<QPrintPreviewDialog> makePreview();

Q_SIGNALS:
    void status(const QString &text);

private:
    void preview();
    void print();

    Source m_source;
    QWidget *m_parent;
    std::unique_ptr<QPrinter> m_printer;
    QAction *m_preview;
    QAction *m_print;
};
