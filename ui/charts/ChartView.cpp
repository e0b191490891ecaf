// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartView.h"

#include "ChartPalette.h"
#include "ChartPlotter.h"
#include "desktop/LiteralText.h"

#include <QHelpEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

ChartView::ChartView(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_plotter(std::make_unique<ChartPlotter>(m_plot))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMinimumSize(240, 180);
    m_plot->installEventFilter(this);
}

ChartView::~ChartView() = default;

void ChartView::setChart(const ChartData &chart)
{
    m_plotter->draw(chart, ChartPalette::forPalette(palette()));
    m_plotter->fit();
    m_plot->replot();
}

const ChartData &ChartView::chart() const
{
    return m_plotter->chart();
}

QString ChartView::toolTipAt(const QPoint &pos) const
{
    return m_plotter->toolTipAt(m_plot->mapFrom(this, pos));
}

void ChartView::redraw()
{
    setChart(chart());
}

bool ChartView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = m_plotter->toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), LiteralText::literal(tip), m_plot);
        return true;
    }
    // The plot has taken its new size by now: wrap the labels to it.
    if (watched == m_plot && event->type() == QEvent::Resize) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_plotter->fit();
                m_plot->replot();
            },
            Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void ChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        redraw();
    QWidget::changeEvent(event);
}
