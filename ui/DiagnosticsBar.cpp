// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticsBar.h"

#include "desktop/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxShown = 8;
}

DiagnosticsBar::DiagnosticsBar(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(u"diagnosticsBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss import messages"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_label, &QLabel::linkActivated, this, [this](const QString &link) {
        const QStringList parts = link.split(u':');
        if (parts.size() == 3 && parts[0] == u"at")
            Q_EMIT locationActivated(m_filing, parts[1].toInt(), parts[2].toInt());
    });
    applyColours();
    hide();
}

void DiagnosticsBar::setDiagnostics(const Diagnostics &diagnostics, int filing)
{
    m_filing = filing;
    QStringList lines;
    for (qsizetype i = 0; i < diagnostics.size() && i < MaxShown; ++i) {
        const Diagnostic &d = diagnostics[i];
        const QString what = d.isError() ? tr("Error") : tr("Warning");
        QString place = d.file.toHtmlEscaped();
        if (d.line > 0) {
            const QString at = u"%1:%2:%3"_s.arg(place).arg(d.line).arg(d.column);
            place = filing >= 0 ? u"<a href=\"at:%1:%2\">%3</a>"_s.arg(d.line).arg(d.column).arg(at) : at;
        }
        lines << u"<b>%1</b> %2: %3"_s.arg(what, place, d.message.toHtmlEscaped());
    }
    if (diagnostics.size() > MaxShown)
        lines << tr("… and %1 more").arg(diagnostics.size() - MaxShown);
    m_label->setText(lines.join(u"<br>"_s));
    setVisible(!diagnostics.isEmpty());
}

QString DiagnosticsBar::text() const
{
    return m_label->text();
}

void DiagnosticsBar::applyColours()
{
    QPalette colours = palette();
    colours.setColor(QPalette::Window,
                     Theme::warningBackground(parentWidget() ? parentWidget()->palette() : palette()));
    setPalette(colours);
}

void DiagnosticsBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::ParentChange)
        applyColours();
}
