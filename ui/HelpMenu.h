// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QMenuBar;
class ShortcutsDialog;
class UserGuideDialog;

// Help: the user guide shipped with the program, the keyboard shortcuts read
// from the window's menus, and About. Each dialog is made when first asked
// for and shown again, not made again, after that.
class HelpMenu : public QMenu
{
    Q_OBJECT

public:
    // `menus` is the window's menu bar, whose shortcuts the list shows.
    HelpMenu(const QMenuBar *menus, QWidget *window);

    void showShortcuts();
    void showUserGuide();

private:
    void showAbout();

    const QMenuBar *m_menus;
    QWidget *m_window;
    ShortcutsDialog *m_shortcuts = nullptr;
    UserGuideDialog *m_guide = nullptr;
};
