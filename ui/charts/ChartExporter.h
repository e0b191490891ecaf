// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/ChartData.h"
#include "report/ReportChartObject.h"

#include <QImage>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <memory>

// Writes a chart to a file in the light palette (what slides and paper
// want), whatever the screen shows. The format follows the extension:
// PNG and JPG are width·scale × height·scale pixels; PDF and SVG are
// vectors of width × height. Every file goes through QSaveFile, so a failed
// write leaves the old file as it was.
class QPainter;

class ChartExporter
{
public:
    struct Size
    {
        int width = 1600;
        int height = 1000;
        double scale = 2.0;
    };

    // "png", "jpg", "jpeg", "pdf", "svg".
    static QStringList formats();
    // The file dialog's filter: "PNG image (*.png);;…".
    static QString fileFilter();
    // The chart as an image of width·scale × height·scale pixels.
    static QImage image(const ChartData &chart, const Size &size);
    // How reports draw their charts: into a rectangle of the page, as
    // vectors whose text stays text, with the plot's own painter, which the
    // pages are then painted with.
    static ReportChartObject::Drawing reportDrawing();
    // Writes the chart; the error, or empty.
    static QString save(const ChartData &chart, const QString &path, const Size &size);
};
