// SPDX-License-Identifier: GPL-3.0-or-later
// Find in the window: words rather than characters, and a message when Next
// goes past the last match to the first. The ten "Stock-based compensation"
// lines are typed in from the bundled release (lines 126 to 161 and 256).
#include "FindBar.h"
#include "MainWindow.h"
#include "SchedulePage.h"
#include "ScheduleView.h"
#include "import/FilingImporter.h"

#include <QSettings>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(FindWords, StockBasedFindsTheStockBasedLinesAndSaysWhenItWraps)
{
    QSettings().clear();
    MainWindow window;
    window.openFiles(FilingImporter::bundledFilings());
    FindBar *find = window.findBar();
    find->activate();
    find->setText(u"Stock Based"_s);
    EXPECT_EQ(find->status(), u"1 of 10"_s);
    EXPECT_EQ(window.schedulePage()->view()->currentIndex().data().toString(), u"Stock-based compensation expense"_s);
    for (int n = 2; n <= 10; ++n)
        Q_EMIT find->next();
    EXPECT_EQ(find->status(), u"10 of 10"_s);
    EXPECT_EQ(window.schedulePage()->view()->currentIndex().data().toString(), u"Stock-based compensation"_s);
    Q_EMIT find->next();
    EXPECT_EQ(find->status(), u"1 of 10, from the first again"_s);
    Q_EMIT find->previous();
    EXPECT_EQ(find->status(), u"10 of 10, from the last again"_s);
    Q_EMIT find->previous();
    EXPECT_EQ(find->status(), u"9 of 10"_s);
}
