// SPDX-License-Identifier: GPL-3.0-or-later
// Edit > Undo and Redo: a view option turned on, and a filing closed, taken
// back and done again. Titles are typed in from the bundled filings: the
// prospectus (Juniper, April 2004) and the release (Juniper, Q1 2007).
#include "MainWindow.h"
#include "SchedulePage.h"
#include "ScheduleView.h"
#include "desktop/Settings.h"
#include "import/FilingImporter.h"
#include "models/NavigatorModel.h"
#include "models/ScheduleTableModel.h"
#include "support/TestData.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class UndoTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        window.openFiles(FilingImporter::bundledFilings()); // the prospectus (0), the release (1)
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == u"&Change Between Periods"_s)
                change = action;
        }
        ASSERT_NE(change, nullptr);
    }

    const ScheduleTableModel *model() const { return window.schedulePage()->model(); }
    QUndoStack *undo() const { return window.undoStack(); }

    MainWindow window;
    QAction *change = nullptr;
};

} // namespace

TEST_F(UndoTest, TakesBackAViewOptionOnTheTableItWasChangedOn)
{
    ASSERT_TRUE(window.showScheduleTitled(u"Statements of Operations"_s));
    change->trigger();
    ASSERT_EQ(model()->columnCount(), 5);
    EXPECT_EQ(undo()->undoText(), u"Change Between Periods On"_s);

    undo()->undo();
    EXPECT_FALSE(model()->options().change);
    EXPECT_EQ(model()->columnCount(), 3);
    EXPECT_FALSE(change->isChecked());
    EXPECT_FALSE(Settings::viewOptions(model()->analysis()->filing.fileName(), model()->schedule().title).change);
    undo()->redo();
    EXPECT_TRUE(model()->options().change);
    EXPECT_TRUE(change->isChecked());

    // Undone from another table, it goes back to the statement first.
    ASSERT_TRUE(window.showScheduleTitled(u"Balance Sheets"_s));
    undo()->undo();
    EXPECT_EQ(model()->schedule().title, u"Condensed Consolidated Statements of Operations"_s);
    EXPECT_FALSE(model()->options().change);
}

TEST_F(UndoTest, ReopensAClosedFilingAtItsPlaceShowingWhatItShowed)
{
    ASSERT_TRUE(window.showScheduleTitled(u"Reconciliation"_s));
    const QString name = window.navigatorModel()->nameOf(1);
    window.closeFiling(1);
    ASSERT_EQ(window.filings().size(), 1);
    EXPECT_EQ(undo()->undoText(), u"Close "_s + name);

    undo()->undo();
    ASSERT_EQ(window.filings().size(), 2);
    EXPECT_EQ(window.filings()[1]->filing.path, TestData::releasePath());
    EXPECT_EQ(window.navigatorModel()->nameOf(1), name);
    EXPECT_EQ(window.currentFiling(), 1);
    EXPECT_TRUE(model()->schedule().title.startsWith(u"Reconciliation"_s));

    undo()->redo();
    ASSERT_EQ(window.filings().size(), 1);
    EXPECT_EQ(window.filings()[0]->filing.kind, Filing::Kind::ProspectusSupplement);

    // The first of two closed comes back first, ahead of the other.
    undo()->undo();
    window.closeFiling(0);
    ASSERT_EQ(window.filings()[0]->filing.kind, Filing::Kind::EarningsRelease);
    undo()->undo();
    ASSERT_EQ(window.filings().size(), 2);
    EXPECT_EQ(window.filings()[0]->filing.kind, Filing::Kind::ProspectusSupplement);
    EXPECT_EQ(window.filings()[1]->filing.kind, Filing::Kind::EarningsRelease);
}

TEST_F(UndoTest, CtrlZAndCtrlShiftZ)
{
    ASSERT_TRUE(window.showScheduleTitled(u"Statements of Operations"_s));
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QWidget *table = window.schedulePage()->view();
    table->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(table, Qt::Key_1, Qt::ControlModifier);
    ASSERT_TRUE(model()->options().change);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(model()->options().change);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(model()->options().change);
}
