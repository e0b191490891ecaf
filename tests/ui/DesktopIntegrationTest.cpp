// SPDX-License-Identifier: GPL-3.0-or-later
// What ties the running program to its installed desktop entry: the window
// icon and desktop file name, and File > Open starting where a package puts
// the examples.
#include "GuiSession.h"
#include "desktop/Settings.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(DesktopIntegration, TheApplicationNamesItsDesktopEntryAndDrawsItsIcon)
{
    GuiSession::identifyApplication();
    EXPECT_EQ(QGuiApplication::desktopFileName(), u"org.tieout.Tieout"_s);

    const QImage icon = QApplication::windowIcon().pixmap(QSize(64, 64)).toImage();
    ASSERT_FALSE(icon.isNull());
    EXPECT_EQ(icon.size(), QSize(64, 64));
    // The page in the middle, and the green tick in the lower right.
    EXPECT_EQ(icon.pixelColor(32, 32).alpha(), 255);
    const QColor tick = icon.pixelColor(45, 46);
    EXPECT_GT(tick.green(), tick.red() + 40) << qPrintable(tick.name());
}

TEST(DesktopIntegration, OpenStartsInTheInstalledExamplesThenWhereTheLastFilingWas)
{
    QTemporaryDir home;
    QTemporaryDir system;
    ASSERT_TRUE(QDir(system.path()).mkpath(u"tieout/examples"_s));
    qputenv("XDG_DATA_HOME", home.path().toUtf8());
    qputenv("XDG_DATA_DIRS", system.path().toUtf8());

    EXPECT_EQ(QDir(Settings::openFolder()), QDir(system.filePath(u"tieout/examples"_s)));
    Settings::setOpenFolder(home.path());
    EXPECT_EQ(Settings::openFolder(), home.path());
}
