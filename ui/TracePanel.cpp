// SPDX-License-Identifier: GPL-3.0-or-later
#include "TracePanel.h"

#include "desktop/Theme.h"
#include "models/TraceModel.h"
#include "tracesheet/TraceHtml.h"

#include <QEvent>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

TracePanel::TracePanel(QWidget *parent)
    : QWidget(parent), m_model(new TraceModel(this)), m_tools(new QToolBar(this)), m_browser(new QTextBrowser(this))
{
    m_tools->setIconSize(QSize(16, 16));
    m_tools->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_tools->hide();
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setPlaceholderText(tr("Select a line or a figure to see where it comes from and how it ties."));
    m_browser->setAccessibleName(tr("Trace"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tools);
    layout->addWidget(m_browser, 1);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) { activateLink(url.toString()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TracePanel::render);
    render();
}

void TracePanel::addNavigation(QAction *back, QAction *forward)
{
    m_tools->addAction(back);
    m_tools->addAction(forward);
    m_tools->show();
}

void TracePanel::activateLink(const QString &url)
{
    const TraceTarget target = TraceTarget::fromUrl(url);
    if (target.isValid())
        Q_EMIT targetActivated(target);
}

void TracePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render();
}

void TracePanel::render()
{
    m_browser->document()->setDefaultStyleSheet(Theme::documentStyleSheet(palette()));
    m_browser->setHtml(TraceHtml::render(m_model->sheet()));
}
