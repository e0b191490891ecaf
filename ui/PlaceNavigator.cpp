// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceNavigator.h"

#include <QAction>
#include <QGuiApplication>
#include <QIcon>

using namespace Qt::StringLiterals;

PlaceNavigator::PlaceNavigator(QObject *parent)
    : QObject(parent), m_back(new QAction(tr("&Back"), this)), m_forward(new QAction(tr("&Forward"), this))
{
    m_back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    // Tieout's own arrows: the style's load a dozen images each at start-up.
    const bool rightToLeft = QGuiApplication::isRightToLeft();
    m_back->setIcon(QIcon(rightToLeft ? u":/icons/go-forward.svg"_s : u":/icons/go-back.svg"_s));
    m_forward->setIcon(QIcon(rightToLeft ? u":/icons/go-back.svg"_s : u":/icons/go-forward.svg"_s));
    m_back->setToolTip(tr("Back to where the last link was followed from (Alt+Left)"));
    m_forward->setToolTip(tr("Forward again (Alt+Right)"));
    connect(m_back, &QAction::triggered, this, &PlaceNavigator::back);
    connect(m_forward, &QAction::triggered, this, &PlaceNavigator::forward);
    update();
}

void PlaceNavigator::follow(const Place &from, const Place &to)
{
    m_history.visit(from, to);
    update();
    Q_EMIT placeRequested(to);
}

void PlaceNavigator::forgetFiling(int filing)
{
    m_history.forgetFiling(filing);
    update();
}

void PlaceNavigator::back()
{
    const auto place = m_history.back();
    update();
    if (place)
        Q_EMIT placeRequested(*place);
}

void PlaceNavigator::forward()
{
    const auto place = m_history.forward();
    update();
    if (place)
        Q_EMIT placeRequested(*place);
}

void PlaceNavigator::update()
{
    m_back->setEnabled(m_history.canGoBack());
    m_forward->setEnabled(m_history.canGoForward());
}
