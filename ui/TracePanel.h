// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tracesheet/TraceTarget.h"

#include <QWidget>

class QAction;
class QTextBrowser;
class QToolBar;
class TraceModel;

// The side panel: why the selected line is there and where it comes from.
// It renders its model (TraceModel) as rich text; its links are handed to
// the window as targets; nothing in the panel navigates by itself.
class TracePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TracePanel(QWidget *parent = nullptr);

    TraceModel *model() const { return m_model; }
    QTextBrowser *browser() const { return m_browser; }
    // Puts the window's Back and Forward at the top of the panel.
    void addNavigation(QAction *back, QAction *forward);
    // What a click on a link of the panel does; tests call it with the link's address.
    void activateLink(const QString &url);

Q_SIGNALS:
    void targetActivated(const TraceTarget &target);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    TraceModel *m_model = nullptr;
    QToolBar *m_tools = nullptr;
    QTextBrowser *m_browser = nullptr;
};
