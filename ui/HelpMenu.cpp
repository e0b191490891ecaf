// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpMenu.h"

#include "LibraryVersions.h"
#include "ShortcutsDialog.h"
#include "UserGuideDialog.h"

#include <QApplication>
#include <QMessageBox>

namespace {

void bringForward(QWidget *dialog)
{
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace

HelpMenu::HelpMenu(const QMenuBar *menus, QWidget *window)
    : QMenu(tr("&Help"), window), m_menus(menus), m_window(window)
{
    QAction *guide = addAction(tr("&User Guide"), this, &HelpMenu::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    addAction(tr("&Keyboard Shortcuts"), this, &HelpMenu::showShortcuts);
    addSeparator();
    addAction(tr("&About Tieout"), this, &HelpMenu::showAbout);
    addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void HelpMenu::showShortcuts()
{
    if (!m_shortcuts)
        m_shortcuts = new ShortcutsDialog(m_menus, m_window);
    m_shortcuts->refresh();
    bringForward(m_shortcuts);
}

void HelpMenu::showUserGuide()
{
    if (!m_guide)
        m_guide = new UserGuideDialog(m_window);
    bringForward(m_guide);
}

void HelpMenu::showAbout()
{
    QMessageBox::about(
        m_window, tr("About Tieout"),
        tr("<h3>Tieout %1</h3>"
           "<p>A financial statement viewer for equity analysts.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
           "<p>Built with Qt %2 and QCustomPlot %3.</p>")
            .arg(QCoreApplication::applicationVersion(), LibraryVersions::qt(), LibraryVersions::qcustomplot()));
}
