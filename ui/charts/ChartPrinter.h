// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/ChartData.h"

#include <QLocale>
#include <QPageLayout>

class QPagedPaintDevice;

// Prints a chart on one page: as large as the printable area allows at
// the proportions Save Chart As uses, centred across the page and from its
// top, in the light palette, as vectors (a PDF keeps its text as text).
// The chart's title and subtitle (company, periods, units) head it.
class ChartPrinter
{
public:
    // The locale's paper (Letter in the US and Canada, A4 elsewhere), in
    // landscape, since a chart is wider than tall; 15 mm margins.
    static QPageLayout defaultLayout(const QLocale &locale = QLocale());
    // Paints the chart on the device's current page; false when the chart
    // is unavailable or the device would not paint.
    static bool print(const ChartData &chart, QPagedPaintDevice *device);
};
