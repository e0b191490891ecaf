// SPDX-License-Identifier: GPL-3.0-or-later
#include "TracePanel.h"

using namespace Qt::StringLiterals;

TracePanel::TracePanel(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setPlaceholderText(tr("Select a line or a figure to see where it comes from and how it ties."));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QStringList parts = url.toString().split(u':');
        if (parts.size() == 3 && parts[0] == u"source")
            Q_EMIT sourceRequested(parts[1].toInt(), parts[2].toInt());
    });
}

void TracePanel::showHtml(const QString &html)
{
    setHtml(html);
}
