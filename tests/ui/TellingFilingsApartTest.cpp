// SPDX-License-Identifier: GPL-3.0-or-later
// Two filings of the same company and kind are told apart wherever the
// window names one: the navigator, the window title, the status bar; and
// Open Recent says what each file is and where it is. The filings are
// copies of the bundled release (Juniper Networks, Inc., earnings release).
#include "MainWindow.h"
#include "RecentFilesMenu.h"
#include "desktop/Settings.h"
#include "models/NavigatorModel.h"
#include "support/TestData.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

QString copyOfRelease(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    EXPECT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
    EXPECT_TRUE(QFile::copy(TestData::releasePath(), path)) << qPrintable(path);
    return path;
}

QStringList recentTexts(const MainWindow &window)
{
    QStringList texts;
    for (const QAction *action : window.recentMenu()->actions()) {
        if (!action->data().toString().isEmpty())
            texts << action->text();
    }
    return texts;
}

} // namespace

TEST(TellingFilingsApart, TheNavigatorTheTitleAndTheStatusBarNameEachCopy)
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString first = copyOfRelease(dir, u"march/q1.txt"_s);
    const QString second = copyOfRelease(dir, u"april/q1.txt"_s);
    const QString third = copyOfRelease(dir, u"q1-restated.txt"_s);
    MainWindow window;
    window.openFiles({first, second, third});
    ASSERT_EQ(window.filings().size(), 3);

    const NavigatorModel *navigator = window.navigatorModel();
    QStringList names;
    for (int f = 0; f < 3; ++f)
        names << navigator->index(f, 0).data().toString();
    for (const QString &name : std::as_const(names)) {
        EXPECT_TRUE(name.startsWith(u"Juniper Networks, Inc. — Earnings release"_s)) << qPrintable(name);
        EXPECT_EQ(names.count(name), 1) << qPrintable(name);
    }
    // The same file name in two folders: the folders tell them apart; another name is enough alone.
    EXPECT_TRUE(names[0].contains(u"q1.txt in "_s + QDir::toNativeSeparators(dir.filePath(u"march"_s))))
        << qPrintable(names[0]);
    EXPECT_TRUE(names[1].contains(QDir::toNativeSeparators(dir.filePath(u"april"_s)))) << qPrintable(names[1]);
    EXPECT_TRUE(names[2].endsWith(u"(q1-restated.txt)"_s)) << qPrintable(names[2]);

    QStringList titles;
    QStringList statuses;
    for (int f = 0; f < 3; ++f) {
        ASSERT_TRUE(window.showSchedule(f, 0));
        titles << window.windowTitle();
        statuses << window.statusText();
        EXPECT_TRUE(window.windowTitle().startsWith(names[f])) << qPrintable(window.windowTitle());
        EXPECT_TRUE(window.statusText().startsWith(names[f])) << qPrintable(window.statusText());
    }
    EXPECT_EQ(titles.removeDuplicates(), 0);
    EXPECT_EQ(statuses.removeDuplicates(), 0);

    // One closed: the two left with one file name still need their folders.
    window.closeFiling(2);
    EXPECT_TRUE(navigator->index(0, 0).data().toString().contains(u"march"_s));
    // Two closed: the one left is the company's only release, named as usual.
    window.closeFiling(0);
    EXPECT_EQ(navigator->index(0, 0).data().toString(), NavigatorModel::filingName(window.filings()[0]->filing));
}

TEST(TellingFilingsApart, OpenRecentSaysWhatEachFileIsAndWhereItIs)
{
    QSettings().clear();
    QTemporaryDir dir;
    // A file opened by an earlier version, with nothing kept but its path.
    Settings::addRecentFile(dir.filePath(u"older/earlier.txt"_s));
    const QString march = copyOfRelease(dir, u"march/q1.txt"_s);
    const QString april = copyOfRelease(dir, u"april/q1.txt"_s);
    MainWindow window;
    window.openFiles({march});
    window.openFiles({april});

    const QStringList texts = recentTexts(window);
    ASSERT_EQ(texts.size(), 3) << qPrintable(texts.join(u'|'));
    // The last opened first: company, kind, file name and folder.
    EXPECT_TRUE(texts[0].startsWith(u"Juniper Networks, Inc. — Earnings release"_s)) << qPrintable(texts[0]);
    EXPECT_TRUE(texts[0].contains(u"q1.txt"_s)) << qPrintable(texts[0]);
    EXPECT_TRUE(texts[0].contains(QDir::toNativeSeparators(dir.filePath(u"april"_s)))) << qPrintable(texts[0]);
    EXPECT_TRUE(texts[1].contains(QDir::toNativeSeparators(dir.filePath(u"march"_s)))) << qPrintable(texts[1]);
    EXPECT_NE(texts[0], texts[1]);
    // What no title was kept for is named by its file, and its folder.
    EXPECT_TRUE(texts[2].startsWith(u"earlier.txt ("_s)) << qPrintable(texts[2]);
    EXPECT_TRUE(texts[2].contains(u"older"_s)) << qPrintable(texts[2]);
}
