// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Report.h"
#include "ReportChartObject.h"

#include <QPageLayout>

class QPagedPaintDevice;

// Pages a report onto a printer or a PDF writer: the header (company and
// schedule, periods and units) and a rule above each page's share of the
// document, the footer (file name, date printed, "Page X of Y") below it.
// The document is laid out in screen units and the painter scaled to the
// device, so fonts, padding and charts keep their proportions at any
// resolution.
class ReportPainter
{
public:
    // What was painted on a page, in units of the layout from the top left
    // of the printable area: where the document's share of it goes, the
    // footer's band, and where each chart was drawn (its rect in these
    // units too), so a test can hold the charts to the body.
    struct PaintedPage
    {
        QRectF body;
        QRectF footer;
        QList<ReportChartObject::Drawn> charts;
    };

    // False when the device would not paint. With `painted`, what went on each page.
    static bool paint(const Report &report, QPagedPaintDevice *device, QList<PaintedPage> *painted = nullptr);
    // Writes a PDF through QSaveFile; the error, or empty.
    static QString writePdf(const Report &report, const QString &path, const QPageLayout &layout,
                            QList<PaintedPage> *painted = nullptr);
    // Letter where the locale's territory uses it (the US, Canada), A4 elsewhere; portrait, 15 mm margins.
    static QPageLayout defaultLayout(const QLocale &locale = QLocale());
    static int pageCount(const Report &report, const QPageLayout &layout);
};
