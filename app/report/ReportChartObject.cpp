// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportChartObject.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>
#include <utility>

namespace {
constexpr int ChartIndex = QTextFormat::UserProperty + 1;
constexpr double AspectRatio = 0.5; // height to width
// Of the page's height: what is left holds the line's descent, so the
// layout can always move a chart whole to the top of the next page.
constexpr double MaxPageShare = 0.8;
// Half a unit of the layout: how far a clip mapped back from the device may stray.
constexpr double Slack = 0.5;
} // namespace

ReportChartObject::ReportChartObject(Drawer drawer, QTextDocument *document)
    : QObject(document), m_drawer(std::move(drawer))
{ }

void ReportChartObject::registerHandler()
{
    auto *document = qobject_cast<QTextDocument *>(parent());
    document->documentLayout()->registerHandler(Type, this);
}

QList<ReportChartObject::Drawn> ReportChartObject::takeDrawn()
{
    return std::exchange(m_drawn, {});
}

void ReportChartObject::insert(QTextCursor &cursor, const ChartData &chart)
{
    QTextCharFormat format;
    format.setObjectType(Type);
    format.setProperty(ChartIndex, int(m_charts.size()));
    m_charts << chart;
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF ReportChartObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &)
{
    const QSizeF page = document->pageSize();
    const double width = std::max(200.0, page.width() - 2 * document->documentMargin() - 4);
    double height = width * AspectRatio;
    if (page.height() > 0)
        height = std::min(height, page.height() * MaxPageShare);
    return {width, height};
}

void ReportChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                   const QTextFormat &format)
{
    const int index = format.property(ChartIndex).toInt();
    if (!m_drawer || index < 0 || index >= m_charts.size())
        return;
    // A chart is drawn on the page it starts on, and only there. The
    // layout moves a chart that would not fit to the top of the next page,
    // and draws a line lying on that boundary for the page above as well;
    // the page's clip cannot hide it there, since a plot sets clips of its
    // own, and it would be printed over the footer and off the paper.
    if (painter->hasClipping()) {
        const QRectF page = painter->clipBoundingRect();
        if (rect.top() < page.top() - Slack || rect.top() >= page.bottom() - Slack)
            return;
    }
    m_drawer(*painter, rect, m_charts[index]);
    m_drawn.append({index, m_charts[index].title, painter->transform().mapRect(rect)});
}
