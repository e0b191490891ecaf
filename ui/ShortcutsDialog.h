// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

// Help > Keyboard Shortcuts: every action of the window's menus that has a
// shortcut, under its menu, read from the actions themselves each time the
// dialog opens, so it says what the keys do now; then the keys that move
// around the window without an action of their own.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    // Reads the menus again.
    void refresh();
    // "Edit|Copy|Ctrl+C", one per action listed: for tests.
    QStringList rows() const;

private:
    const QMenuBar *m_menus = nullptr;
    QTreeWidget *m_list = nullptr;
};
