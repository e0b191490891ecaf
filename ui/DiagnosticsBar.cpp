// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticsBar.h"

#include "desktop/Theme.h"
#include "models/DiagnosticGroups.h"

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
    connect(m_label, &QLabel::linkActivated, this, &DiagnosticsBar::activate);
    applyColours();
    hide();
}

void DiagnosticsBar::setDiagnostics(const Diagnostics &diagnostics, int filing)
{
    setDiagnostics({}, diagnostics, filing);
}

void DiagnosticsBar::setDiagnostics(const Diagnostics &unopened, const Diagnostics &warnings, int filing)
{
    m_filing = filing;
    m_diagnostics = unopened + warnings;
    m_linkedFrom = filing >= 0 ? unopened.size() : m_diagnostics.size();
    m_open.clear();
    m_showAll = false;
    render();
    setVisible(!m_diagnostics.isEmpty());
}

void DiagnosticsBar::render()
{
    m_lines.clear();
    QStringList html;
    // A place of the filing shown is a link; one of a file that did not open is not.
    const auto place = [this](qsizetype i, const QString &text) {
        const Diagnostic &d = m_diagnostics[i];
        if (d.line <= 0 || i < m_linkedFrom)
            return text.toHtmlEscaped();
        return u"<a href=\"at:%1:%2\">%3</a>"_s.arg(d.line).arg(d.column).arg(text.toHtmlEscaped());
    };
    const auto addLine = [&](qsizetype i, bool indented) {
        const Diagnostic &d = m_diagnostics[i];
        const QString what = d.isError() ? tr("Error") : tr("Warning");
        const QString where = d.line > 0 ? u"%1:%2:%3"_s.arg(d.file).arg(d.line).arg(d.column) : d.file;
        html << (indented ? u"&nbsp;&nbsp;&nbsp;&nbsp;"_s : QString())
                    + u"<b>%1</b> %2: %3"_s.arg(what, place(i, where), d.message.toHtmlEscaped());
        m_lines << (indented ? u"    "_s : QString()) + u"%1 %2: %3"_s.arg(what, where, d.message);
    };

    const QList<DiagnosticGroups::Group> groups = DiagnosticGroups::group(m_diagnostics);
    for (int g = 0; g < groups.size() && (m_showAll || g < MaxShown); ++g) {
        const DiagnosticGroups::Group &group = groups[g];
        const qsizetype first = group.members.constFirst();
        if (!group.isGroup()) {
            addLine(first, false);
            continue;
        }
        const Diagnostic &d = m_diagnostics[first];
        QString line = u"<b>%1</b> %2: %3"_s.arg(tr("Warning"), d.file.toHtmlEscaped(), group.summary.toHtmlEscaped());
        QString plain = u"%1 %2: %3"_s.arg(tr("Warning"), d.file, group.summary);
        if (d.line > 0) {
            const QString at = tr("line %1, column %2").arg(d.line).arg(d.column);
            line += tr(" \u2014 first at %1").arg(place(first, at));
            plain += tr(" \u2014 first at %1").arg(at);
        }
        const bool open = m_open.contains(g);
        const QString toggle = open ? tr("hide them") : tr("show all %1").arg(group.members.size());
        html << line + u" (<a href=\"group:%1\">%2</a>)"_s.arg(g).arg(toggle.toHtmlEscaped());
        m_lines << plain + u" ("_s + toggle + u')';
        if (open) {
            for (const qsizetype member : group.members)
                addLine(member, true);
        }
    }
    if (!m_showAll && groups.size() > MaxShown) {
        const QString more = tr("\u2026 and %1 more").arg(groups.size() - MaxShown);
        html << u"<a href=\"more\">%1</a>"_s.arg(more.toHtmlEscaped());
        m_lines << more;
    }
    m_label->setText(html.join(u"<br>"_s));
}

void DiagnosticsBar::activate(const QString &link)
{
    const QStringList parts = link.split(u':');
    if (parts.size() == 3 && parts[0] == u"at") {
        Q_EMIT locationActivated(m_filing, parts[1].toInt(), parts[2].toInt());
    } else if (parts.size() == 2 && parts[0] == u"group") {
        const int group = parts[1].toInt();
        if (m_open.contains(group))
            m_open.remove(group);
        else
            m_open.insert(group);
        render();
    } else if (link == u"more") {
        m_showAll = true;
        render();
    }
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
