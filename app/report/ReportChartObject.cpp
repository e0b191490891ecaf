// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportChartObject.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace {
constexpr int ChartIndex = QTextFormat::UserProperty + 1;
constexpr double AspectRatio = 0.5;  // height to width
constexpr double MaxPageShare = 0.8; // of the page's height, so a landscape page still holds it
} // namespace

ReportChartObject::ReportChartObject(Drawer drawer, QTextDocument *document)
    : QObject(document), m_drawer(std::move(drawer))
{ }

void ReportChartObject::registerHandler()
{
    auto *document = qobject_cast<QTextDocument *>(parent());
    document->documentLayout()->registerHandler(Type, this);
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
    if (m_drawer && index >= 0 && index < m_charts.size())
        m_drawer(*painter, rect, m_charts[index]);
}
