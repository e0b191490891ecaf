// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartExporter.h"

#include "ChartPalette.h"
#include "ChartPlotter.h"
#include "files/OutputFile.h"

#include <QFileInfo>
#include <QObject>
#include <QPageSize>
#include <QPdfWriter>
#include <QSet>
#include <QSvgGenerator>

#include <qcustomplot.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Text grows with the canvas, so a chart pasted on a slide reads from the
// back of the room; up to 1400 units wide it is the size of the screen's.
QCustomPlot *withTextFor(QCustomPlot *plot, const ChartExporter::Size &size)
{
    // In pixels of the chart, not points: a page's painter is scaled to its
    // device already, and a point size would be scaled by its resolution again.
    QFont font = plot->font();
    const double points = font.pointSizeF() * std::clamp(size.width / 1400.0, 1.0, 2.5);
    font.setPixelSize(qRound(points * plot->logicalDpiY() / 72.0));
    plot->setFont(font);
    return plot;
}

constexpr double ReportWidth = 1100;

// The painters makePainter() made and has not deleted: QCPPainters.
QSet<const QPainter *> &plotPainters()
{
    static QSet<const QPainter *> painters;
    return painters;
}

// A plot of its own, never shown, laid out at the size asked for.
class OffscreenChart
{
public:
    OffscreenChart(const ChartData &chart, const ChartExporter::Size &size) : m_plotter(withTextFor(&m_plot, size))
    {
        m_plot.setViewport(QRect(0, 0, size.width, size.height));
        m_plotter.draw(chart, ChartPalette::light());
        m_plotter.fit();
    }
    QCustomPlot &plot() { return m_plot; }

private:
    QCustomPlot m_plot;
    ChartPlotter m_plotter;
};

// Draws the plot as vectors on a paint device of width × height units.
bool paintVectors(QCustomPlot &plot, QPaintDevice *device, const ChartExporter::Size &size)
{
    QCPPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setWindow(0, 0, size.width, size.height);
    plot.toPainter(&painter, size.width, size.height);
    return painter.end();
}

} // namespace

QStringList ChartExporter::formats()
{
    return {u"png"_s, u"jpg"_s, u"jpeg"_s, u"pdf"_s, u"svg"_s};
}

QString ChartExporter::fileFilter()
{
    return QObject::tr("PNG image (*.png);;JPEG image (*.jpg *.jpeg);;PDF document (*.pdf);;SVG drawing (*.svg)");
}

QImage ChartExporter::image(const ChartData &chart, const Size &size)
{
    OffscreenChart offscreen(chart, size);
    return offscreen.plot().toPixmap(size.width, size.height, size.scale).toImage();
}

ReportChartObject::Drawing ChartExporter::reportDrawing()
{
    const auto makePainter = []() -> std::shared_ptr<QPainter> {
        auto *painter = new QCPPainter;
        plotPainters().insert(painter);
        return {painter, [](QPainter *made) {
                    plotPainters().remove(made);
                    delete static_cast<QCPPainter *>(made);
                }};
    };
    const auto draw = [](QPainter &painter, const QRectF &rect, const ChartData &chart) {
        // QPainter has no virtual functions to ask; the painters made here are known.
        if (!plotPainters().contains(&painter)) {
            qWarning("tieout: a report chart was asked of a painter the plot cannot paint with");
            return;
        }
        // Laid out at least a screen wide, then scaled into the rectangle: a
        // page's column is too narrow for the chart's names to stand upright.
        const double zoom = std::max(1.0, ReportWidth / rect.width());
        const Size size{qRound(rect.width() * zoom), qRound(rect.height() * zoom), 1.0};
        OffscreenChart offscreen(chart, size);
        auto *own = static_cast<QCPPainter *>(&painter);
        own->save();
        own->translate(rect.topLeft());
        own->scale(1 / zoom, 1 / zoom);
        own->setMode(QCPPainter::pmVectorized);
        own->setMode(QCPPainter::pmNoCaching);
        offscreen.plot().toPainter(own, size.width, size.height);
        own->restore();
    };
    return {draw, makePainter};
}

QString ChartExporter::save(const ChartData &chart, const QString &path, const Size &size)
{
    if (!chart.isAvailable())
        return QObject::tr("%1 is not available for this filing: %2")
            .arg(ChartData::nameOf(chart.kind), chart.unavailable);
    if (size.width < 16 || size.height < 16 || size.width > 20000 || size.height > 20000 || size.scale <= 0
        || size.scale > 8)
        return QObject::tr("%1 × %2 at scale %3 is not a size a chart can be drawn at")
            .arg(size.width)
            .arg(size.height)
            .arg(size.scale);
    const QString format = QFileInfo(path).suffix().toLower();
    if (!formats().contains(format))
        return QObject::tr("%1: unknown format \"%2\"; the name must end in .png, .jpg, .pdf or .svg")
            .arg(path, format);
    OutputFile file(path);
    if (!file.open())
        return file.error();
    bool drawn = false;
    if (format == u"pdf") {
        OffscreenChart offscreen(chart, size);
        QPdfWriter pdf(file.device());
        pdf.setTitle(chart.title);
        pdf.setCreator(u"Tieout"_s);
        pdf.setPageSize(QPageSize(QSizeF(size.width, size.height), QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        // Text was measured for the plot's own resolution; the page must agree or the letters outgrow their places.
        pdf.setResolution(offscreen.plot().logicalDpiY());
        drawn = paintVectors(offscreen.plot(), &pdf, size);
    } else if (format == u"svg") {
        OffscreenChart offscreen(chart, size);
        QSvgGenerator svg;
        svg.setOutputDevice(file.device());
        svg.setSize(QSize(size.width, size.height));
        svg.setViewBox(QRect(0, 0, size.width, size.height));
        svg.setTitle(chart.title);
        svg.setDescription(chart.subtitle);
        svg.setResolution(offscreen.plot().logicalDpiY());
        drawn = paintVectors(offscreen.plot(), &svg, size);
    } else {
        const QImage picture = image(chart, size);
        drawn = !picture.isNull()
                && picture.save(file.device(), format == u"png" ? "PNG" : "JPG", format == u"png" ? -1 : 92);
    }
    if (!drawn) {
        file.cancel(QObject::tr("cannot draw the chart into %1").arg(path));
        return file.error();
    }
    return file.commit() ? QString() : file.error();
}
