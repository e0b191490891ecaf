// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Report.h"

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
    // False when the device would not paint.
    static bool paint(const Report &report, QPagedPaintDevice *device);
    // Writes a PDF through QSaveFile; the error, or empty.
    static QString writePdf(const Report &report, const QString &path, const QPageLayout &layout);
    // Letter where the locale's territory uses it (the US, Canada), A4 elsewhere; portrait, 15 mm margins.
    static QPageLayout defaultLayout(const QLocale &locale = QLocale());
    static int pageCount(const Report &report, const QPageLayout &layout);
};
