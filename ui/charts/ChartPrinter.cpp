// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartPrinter.h"

#include "ChartExporter.h"
#include "report/ReportPainter.h"

#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QScreen>

#include <algorithm>

namespace {

// The chart is laid out in the screen's units, as reports are, so its
// text is as large on paper as on screen, whatever the printer's resolution.
double layoutDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? screen->logicalDotsPerInchY() : 96.0;
}

// Save Chart As's default size: 1600 × 1000.
constexpr double AspectRatio = 1000.0 / 1600.0; // height to width

} // namespace

QPageLayout ChartPrinter::defaultLayout(const QLocale &locale)
{
    QPageLayout layout = ReportPainter::defaultLayout(locale);
    layout.setOrientation(QPageLayout::Landscape);
    return layout;
}

bool ChartPrinter::print(const ChartData &chart, QPagedPaintDevice *device)
{
    if (!chart.isAvailable() || !device)
        return false;
    const ReportChartObject::Drawing drawing = ChartExporter::reportDrawing();
    const std::shared_ptr<QPainter> painter = drawing.makePainter();
    if (!painter->begin(device))
        return false;
    const double scaleX = device->logicalDpiX() / layoutDpi();
    const double scaleY = device->logicalDpiY() / layoutDpi();
    painter->scale(scaleX, scaleY);
    const QSizeF page(device->width() / scaleX, device->height() / scaleY);
    QSizeF size(page.width(), page.width() * AspectRatio);
    if (size.height() > page.height())
        size = QSizeF(page.height() / AspectRatio, page.height());
    drawing.draw(*painter, QRectF(QPointF((page.width() - size.width()) / 2, 0), size), chart);
    return painter->end();
}
