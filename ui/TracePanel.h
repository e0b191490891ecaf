// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

// The side panel: what the selected line or cell is, where it is in the
// file and what the tie-out found for it. Links to the source view are
// handed to the window; nothing in the panel navigates by itself.
class TracePanel : public QTextBrowser
{
    Q_OBJECT

public:
    explicit TracePanel(QWidget *parent = nullptr);
    void showHtml(const QString &html);

Q_SIGNALS:
    void sourceRequested(int line, int column);
};
