// SPDX-License-Identifier: GPL-3.0-or-later
// Help: the keyboard shortcuts as the window's actions have them, and the
// user guide compiled into the program.
#include "MainWindow.h"
#include "ShortcutsDialog.h"
#include "UserGuideDialog.h"
#include "support/WindowActions.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

// Every action of the menus with a shortcut, counted as the dialog lists them.
int actionsWithShortcuts(const QMenu *menu)
{
    int count = 0;
    for (const QAction *action : menu->actions()) {
        if (action->menu())
            count += actionsWithShortcuts(action->menu());
        else if (!action->isSeparator() && !action->shortcuts().isEmpty())
            ++count;
    }
    return count;
}

} // namespace

TEST(Help, KeyboardShortcutsListsEveryActionsKeysAsTheyAreNow)
{
    QSettings().clear();
    MainWindow window;
    QAction *shortcuts = actionNamed(window, u"&Keyboard Shortcuts"_s);
    ASSERT_NE(shortcuts, nullptr);
    shortcuts->trigger();
    auto *dialog = window.findChild<ShortcutsDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    const QStringList rows = dialog->rows();
    for (const QString &row :
         {u"File|Open|Ctrl+O"_s, u"Edit|Copy|Ctrl+C"_s, u"Edit|Undo|Ctrl+Z"_s, u"Edit|Redo|Ctrl+Shift+Z, Ctrl+Y"_s,
          u"View|Change Between Periods|Ctrl+1"_s, u"View|Zoom In|Ctrl++, Ctrl+="_s, u"View|Actual Size|Ctrl+0"_s,
          u"Go|Back|Alt+Left"_s, u"Go|Next Pane|F6"_s, u"Go|Previous Pane|Shift+F6"_s})
        EXPECT_TRUE(rows.contains(row)) << qPrintable(row) << " not in\n" << qPrintable(rows.join(u'\n'));
    int inMenus = 0;
    for (const QAction *top : window.menuBar()->actions())
        inMenus += top->menu() ? actionsWithShortcuts(top->menu()) : 0;
    const qsizetype moves = rows.filter(u"Moving Around|"_s).size();
    EXPECT_EQ(rows.size() - moves, inMenus);

    // A key changed is listed as changed the next time the dialog opens.
    QAction *copy = actionNamed(window, u"&Copy"_s);
    ASSERT_NE(copy, nullptr);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    shortcuts->trigger();
    EXPECT_TRUE(dialog->rows().contains(u"Edit|Copy|Ctrl+Ins"_s)) << qPrintable(dialog->rows().join(u'\n'));
    EXPECT_EQ(window.findChildren<ShortcutsDialog *>().size(), 1);
}

TEST(Help, TheUserGuideShipsWithTheProgram)
{
    QSettings().clear();
    ASSERT_TRUE(QFile::exists(u":/help/guide.html"_s));
    MainWindow window;
    QAction *guide = actionNamed(window, u"&User Guide"_s);
    ASSERT_NE(guide, nullptr);
    EXPECT_EQ(guide->shortcut(), QKeySequence(QKeySequence::HelpContents));
    guide->trigger();
    auto *dialog = window.findChild<UserGuideDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->browser()->source().scheme(), u"qrc"_s);
    const QString text = dialog->browser()->toPlainText();
    EXPECT_TRUE(text.startsWith(u"Tieout User Guide"_s)) << qPrintable(text.left(200));
    EXPECT_TRUE(text.contains(u"The trace panel"_s));
    EXPECT_TRUE(text.contains(u"F6"_s));
}

TEST(Help, EveryMenuCommandTheGuideNamesIsInThatMenu)
{
    // The guide writes a command as "Menu > Item"; renamed or moved, the guide says so here.
    QFile file(u":/help/guide.html"_s);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString guide = QString::fromUtf8(file.readAll());
    MainWindow window;
    QHash<QString, QStringList> menus;
    for (QAction *top : window.menuBar()->actions()) {
        if (!top->menu())
            continue;
        for (QAction *action : top->menu()->actions())
            menus[top->text().remove(u'&')] << action->text().remove(u'&').remove(u'…');
    }
    static const QRegularExpression command(u"<b>([A-Z][a-z]+) &gt; ([^<]+)</b>"_s);
    int named = 0;
    for (const QRegularExpressionMatch &match : command.globalMatch(guide)) {
        ++named;
        const QString item = match.captured(2).simplified(); // the guide wraps its lines
        EXPECT_TRUE(menus.value(match.captured(1)).contains(item)) << qPrintable(match.captured(1) + u" > "_s + item);
    }
    EXPECT_GE(named, 14);
}
