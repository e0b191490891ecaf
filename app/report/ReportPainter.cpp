// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPainter.h"

#include "files/OutputFile.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportPainter", text);
}

// How far inside a page's share of the document its edges are drawn from,
// in units of the layout: less than any line, more than QFixed's 1/64.
constexpr double EdgeSlack = 0.25;

// The resolution the document is laid out at: the screen's, as on screen.
double layoutDpi()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    return screen ? screen->logicalDotsPerInchY() : 96.0;
}

// Sized in pixels of the layout, not points: the painter is scaled to the
// device already, and a point size would be scaled by its resolution again.
QFont marginFont()
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(qRound(7.5 * layoutDpi() / 72));
    return font;
}

// The page's body, in layout units: the printable area less the header and footer bands.
struct PageGeometry
{
    QSizeF page; // the printable area
    double header = 0;
    double footer = 0;
    QRectF body() const { return {0, header, page.width(), page.height() - header - footer}; }
    QRectF footerBand() const { return {0, page.height() - footer, page.width(), footer}; }
};

PageGeometry geometryFor(const QSizeF &printable)
{
    const QFontMetricsF metrics(marginFont());
    PageGeometry geometry;
    geometry.page = printable;
    geometry.header = metrics.height() * 2.6;
    geometry.footer = metrics.height() * 2.4;
    return geometry;
}

void paintMargins(QPainter &painter, const Report &report, const PageGeometry &geometry, int page, int pages)
{
    painter.save();
    painter.setFont(marginFont());
    painter.setPen(QColor(0x40, 0x44, 0x48));
    const QFontMetricsF metrics(marginFont());
    const double width = geometry.page.width();
    const QRectF top(0, 0, width, metrics.height() * 1.6);
    painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(report.header, Qt::ElideRight, width * 0.62));
    painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter,
                     metrics.elidedText(report.subheader, Qt::ElideLeft, width * 0.37));
    painter.setPen(QPen(QColor(0x90, 0x96, 0x9c), 0.6));
    painter.drawLine(QPointF(0, top.bottom() + 1), QPointF(width, top.bottom() + 1));

    const double footerTop = geometry.page.height() - metrics.height() * 1.6;
    painter.drawLine(QPointF(0, footerTop - 2), QPointF(width, footerTop - 2));
    painter.setPen(QColor(0x40, 0x44, 0x48));
    const QRectF bottom(0, footerTop, width, metrics.height() * 1.6);
    painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(report.source, Qt::ElideMiddle, width * 0.4));
    painter.drawText(bottom, Qt::AlignHCenter | Qt::AlignVCenter,
                     tr("Printed %1").arg(QLocale().toString(report.printed, QLocale::ShortFormat)));
    painter.drawText(bottom, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page).arg(pages));
    painter.restore();
}

} // namespace

bool ReportPainter::paint(const Report &report, QPagedPaintDevice *device, QList<PaintedPage> *painted)
{
    QTextDocument &document = *report.document;
    const double scaleX = device->logicalDpiX() / layoutDpi();
    const double scaleY = device->logicalDpiY() / layoutDpi();
    const PageGeometry geometry = geometryFor(QSizeF(device->width() / scaleX, device->height() / scaleY));
    const QRectF body = geometry.body();
    // The layout paginates at this height: rows move whole to the next
    // page and the table's header row repeats there.
    document.setPageSize(body.size());
    const int pages = document.pageCount();
    const QList<ReportChartObject *> charts = document.findChildren<ReportChartObject *>();
    for (ReportChartObject *chart : charts)
        chart->takeDrawn();
    if (painted)
        painted->clear();

    const std::shared_ptr<QPainter> made = report.makePainter ? report.makePainter() : std::make_shared<QPainter>();
    QPainter &painter = *made;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scaleX, scaleY);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage())
            return false;
        paintMargins(painter, report, geometry, page + 1, pages);
        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        const QRectF share(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(share);
        // The layout draws every line that touches the rectangle it is
        // given, edges included, so the lines starting the next page and
        // ending the last one would be drawn here too: hidden by the clip,
        // yet in the PDF's text, and a chart, which sets clips of its own,
        // printed over the footer. A hair inside the page's share touches
        // only what lies on it.
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = share.adjusted(0, EdgeSlack, 0, -EdgeSlack);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        // Where the charts went, back in the layout's units.
        PaintedPage done{body, geometry.footerBand(), {}};
        for (ReportChartObject *chart : charts) {
            for (ReportChartObject::Drawn drawn : chart->takeDrawn()) {
                const QRectF &r = drawn.rect;
                drawn.rect = QRectF(r.x() / scaleX, r.y() / scaleY, r.width() / scaleX, r.height() / scaleY);
                done.charts << drawn;
            }
        }
        if (painted)
            painted->append(done);
    }
    return painter.end();
}

int ReportPainter::pageCount(const Report &report, const QPageLayout &layout)
{
    const QRectF printable = layout.paintRect(QPageLayout::Inch);
    const double dpi = layoutDpi();
    const PageGeometry geometry = geometryFor(QSizeF(printable.width() * dpi, printable.height() * dpi));
    report.document->setPageSize(geometry.body().size());
    return report.document->pageCount();
}

QString ReportPainter::writePdf(const Report &report, const QString &path, const QPageLayout &layout,
                                QList<PaintedPage> *painted)
{
    OutputFile file(path);
    if (!file.open())
        return file.error();
    {
        QPdfWriter pdf(file.device());
        pdf.setTitle(report.title);
        pdf.setCreator(u"Tieout"_s);
        pdf.setPageLayout(layout);
        if (!paint(report, &pdf, painted)) {
            file.cancel(tr("cannot draw the report into %1").arg(path));
            return file.error();
        }
    }
    return file.commit() ? QString() : file.error();
}

QPageLayout ReportPainter::defaultLayout(const QLocale &locale)
{
    const bool letter = locale.territory() == QLocale::UnitedStates || locale.territory() == QLocale::Canada;
    return QPageLayout(QPageSize(letter ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}
