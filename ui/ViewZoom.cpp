// SPDX-License-Identifier: GPL-3.0-or-later
#include "ViewZoom.h"

#include "desktop/Settings.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QFont>
#include <QWheelEvent>
#include <QWidget>

#include <array>
#include <cstdlib>

namespace {

// The sizes, in percent, as browsers step through them.
constexpr std::array Steps{50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300};

int stepOf(int percent)
{
    int nearest = 0;
    for (int s = 1; s < int(Steps.size()); ++s) {
        if (std::abs(Steps[s] - percent) < std::abs(Steps[nearest] - percent))
            nearest = s;
    }
    return nearest;
}

} // namespace

ViewZoom::ViewZoom(QObject *parent)
    : QObject(parent), m_step(stepOf(Settings::zoomPercent())), m_in(new QAction(tr("Zoom &In"), this)),
      m_out(new QAction(tr("Zoom &Out"), this)), m_reset(new QAction(tr("&Actual Size"), this))
{
    // Ctrl+= too: "+" is a shifted key on most keyboards.
    m_in->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_out->setShortcuts(QKeySequence::ZoomOut);
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_in->setStatusTip(tr("Larger text in the tables, notes, trace and source"));
    m_out->setStatusTip(tr("Smaller text in the tables, notes, trace and source"));
    m_reset->setStatusTip(tr("Text at its usual size"));
    connect(m_in, &QAction::triggered, this, [this] { zoom(1); });
    connect(m_out, &QAction::triggered, this, [this] { zoom(-1); });
    connect(m_reset, &QAction::triggered, this, [this] { setPercent(100); });
    update();
}

void ViewZoom::add(QWidget *widget)
{
    m_fonts.insert(widget, widget->font());
    m_widgets.append(widget);
    connect(widget, &QObject::destroyed, this, [this, widget] { m_fonts.remove(widget); });
    // The wheel turns over a scroll area's viewport, and over the views laid
    // over it (the schedule's frozen labels).
    QList<QWidget *> surfaces{widget};
    for (QAbstractScrollArea *area : widget->findChildren<QAbstractScrollArea *>())
        surfaces << area;
    for (QWidget *surface : std::as_const(surfaces)) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(surface))
            area->viewport()->installEventFilter(this);
        else
            surface->installEventFilter(this);
    }
    apply(widget);
}

int ViewZoom::percent() const
{
    return Steps[m_step];
}

void ViewZoom::zoom(int steps)
{
    setPercent(Steps[qBound(0, m_step + steps, int(Steps.size()) - 1)]);
}

void ViewZoom::setPercent(int percent)
{
    const int step = stepOf(percent);
    if (step == m_step)
        return;
    m_step = step;
    Settings::setZoomPercent(Steps[m_step]);
    for (const QPointer<QWidget> &widget : std::as_const(m_widgets)) {
        if (widget)
            apply(widget);
    }
    update();
    Q_EMIT changed(Steps[m_step]);
}

void ViewZoom::apply(QWidget *widget) const
{
    QFont font = m_fonts.value(widget, widget->font());
    const qreal factor = Steps[m_step] / 100.0;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qMax(1, qRound(font.pixelSize() * factor)));
    widget->setFont(font);
}

void ViewZoom::update()
{
    m_in->setEnabled(m_step + 1 < int(Steps.size()));
    m_out->setEnabled(m_step > 0);
    m_reset->setEnabled(Steps[m_step] != 100);
}

bool ViewZoom::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            m_wheel += wheel->angleDelta().y();
            const int steps = m_wheel / QWheelEvent::DefaultDeltasPerStep;
            m_wheel -= steps * QWheelEvent::DefaultDeltasPerStep;
            if (steps != 0)
                zoom(steps);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
