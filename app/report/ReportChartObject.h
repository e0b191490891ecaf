// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartdata/ChartData.h"

#include <QObject>
#include <QRectF>
#include <QTextObjectInterface>

#include <functional>

class QTextCursor;

// A chart inside a report's text: the document keeps its place and size,
// and the drawer (given by the widgets layer, which owns the plotting)
// paints it with the painter of the page, so a PDF gets vectors, not a
// bitmap. The core itself draws nothing.
class ReportChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using Drawer = std::function<void(QPainter &painter, const QRectF &rect, const ChartData &chart)>;
    // The drawer and the painter it draws with, given together by the
    // widgets layer so a report never pairs a drawer with a painter it cannot use.
    struct Drawing
    {
        Drawer draw;
        std::function<std::shared_ptr<QPainter>()> makePainter; // shared: QPainter's destructor is not virtual
    };
    // A chart as it was drawn: which one, and where on the device.
    struct Drawn
    {
        qsizetype chart = -1; // in the order inserted
        QString title;
        QRectF rect; // in the device's coordinates: the painter's transformation applied
    };
    static constexpr int Type = QTextFormat::UserObject + 1;

    ReportChartObject(Drawer drawer, QTextDocument *document);

    // Inserts the chart at the cursor, as wide as the page.
    void insert(QTextCursor &cursor, const ChartData &chart);
    // Makes the document's layout draw the charts. Called once the text is
    // complete: asking for the layout any earlier makes every later edit
    // lay the whole document out again.
    void registerHandler();
    // The charts drawn since last asked, and forgets them: ReportPainter
    // asks after each page.
    QList<Drawn> takeDrawn();

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    Drawer m_drawer;
    QList<ChartData> m_charts;
    QList<Drawn> m_drawn;
};
