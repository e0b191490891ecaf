// SPDX-License-Identifier: GPL-3.0-or-later
// The keyboard in the window: Tab and Shift+Tab go from pane to pane, F6
// and Shift+F6 cycle the panes, the arrows move within a table, and the
// cell the keyboard is on is always the one highlighted and the one the
// trace panel describes. Rows are typed in from the bundled release's
// statement of operations (lines 62 to 89).
#include "MainWindow.h"
#include "PaneFocus.h"
#include "SchedulePage.h"
#include "ScheduleView.h"
#include "SourceView.h"
#include "TracePanel.h"
#include "charts/ChartPane.h"
#include "import/FilingImporter.h"
#include "models/ScheduleTableModel.h"
#include "models/TraceModel.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class KeyboardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        window.openFiles(FilingImporter::bundledFilings());
        ASSERT_TRUE(window.showScheduleTitled(u"Statements of Operations"_s));
        window.resizeWithDocks(QSize(1280, 720));
        window.show();
        QApplication::setActiveWindow(&window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        navigator = window.findChild<QTreeView *>();
        ASSERT_NE(navigator, nullptr);
    }

    ScheduleTableModel *model() const { return window.schedulePage()->model(); }
    ScheduleView *view() const { return window.schedulePage()->view(); }
    QString traced() const { return window.tracePanel()->model()->sheet().title; }

    QModelIndex cell(const QString &label, int column) const
    {
        const qsizetype row = model()->schedule().findRow(label);
        EXPECT_GE(row, 0) << qPrintable(label);
        return model()->index(int(row), column);
    }

    // The cell the keyboard is on is the one cell highlighted, and the panel's.
    void expectOneCellAgrees(const char *after) const
    {
        const QModelIndex current = view()->currentIndex();
        ASSERT_TRUE(current.isValid()) << after;
        EXPECT_EQ(view()->selectionModel()->selectedIndexes(), QModelIndexList{current}) << after;
        EXPECT_EQ(traced(), model()->schedule().rows.value(current.row()).label) << after;
    }

    static QWidget *focused() { return QApplication::focusWidget(); }
    static const char *nameOf(const QWidget *widget) { return widget ? widget->metaObject()->className() : "nothing"; }

    MainWindow window;
    QTreeView *navigator = nullptr;
};

} // namespace

TEST_F(KeyboardTest, TabLeavesTheTableForTheNextPaneAndShiftTabForThePrevious)
{
    view()->setFocus(Qt::OtherFocusReason);
    const QModelIndex revenues = cell(u"Total net revenues"_s, 1);
    view()->setCurrentIndex(revenues);
    QTest::keyClick(view(), Qt::Key_Tab);
    EXPECT_EQ(focused(), window.tracePanel()->browser()) << nameOf(focused());
    EXPECT_EQ(view()->currentIndex(), revenues); // Tab did not move to the next cell

    view()->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(view(), Qt::Key_Backtab, Qt::ShiftModifier);
    EXPECT_EQ(focused(), navigator) << nameOf(focused());
    EXPECT_EQ(view()->currentIndex(), revenues);

    // From the navigator, Tab comes back to the table; the arrows move in it.
    QTest::keyClick(navigator, Qt::Key_Tab);
    ASSERT_EQ(focused(), view()) << nameOf(focused());
    QTest::keyClick(view(), Qt::Key_Down);
    EXPECT_EQ(view()->currentIndex(), revenues.siblingAtRow(revenues.row() + 1));
    QTest::keyClick(view(), Qt::Key_Right);
    EXPECT_EQ(view()->currentIndex(), revenues.sibling(revenues.row() + 1, 2));
}

TEST_F(KeyboardTest, F6CyclesThePanesAndPassesOverThoseNotShown)
{
    navigator->setFocus(Qt::OtherFocusReason);
    ASSERT_EQ(focused(), navigator);
    QTest::keyClick(navigator, Qt::Key_F6);
    EXPECT_EQ(focused(), view());
    QTest::keyClick(focused(), Qt::Key_F6);
    EXPECT_EQ(focused(), window.tracePanel()->browser());
    // The charts sit behind the trace panel's tab: F6 passes over them.
    QTest::keyClick(focused(), Qt::Key_F6);
    EXPECT_EQ(focused(), window.sourceView());
    QTest::keyClick(focused(), Qt::Key_F6);
    EXPECT_EQ(focused(), navigator);
    QTest::keyClick(focused(), Qt::Key_F6, Qt::ShiftModifier);
    EXPECT_EQ(focused(), window.sourceView());
    QTest::keyClick(focused(), Qt::Key_F6, Qt::ShiftModifier);
    EXPECT_EQ(focused(), window.tracePanel()->browser());
    EXPECT_EQ(window.paneFocus()->nextAction()->shortcut(), QKeySequence(Qt::Key_F6));

    // The charts beside the trace panel: F6 stops at their picker.
    window.traceWithChartsAction()->trigger();
    QCoreApplication::processEvents();
    window.tracePanel()->browser()->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(focused(), Qt::Key_F6);
    ASSERT_NE(focused(), nullptr);
    EXPECT_TRUE(window.chartPane()->isAncestorOf(focused())) << nameOf(focused());
    QTest::keyClick(focused(), Qt::Key_F6);
    EXPECT_EQ(focused(), window.sourceView());
}

TEST_F(KeyboardTest, MovingWithCtrlTakesTheHighlightAndThePanelAlong)
{
    view()->setFocus(Qt::OtherFocusReason);
    view()->setCurrentIndex(cell(u"Total net revenues"_s, 1));
    expectOneCellAgrees("a click");
    QTest::keyClick(view(), Qt::Key_Down, Qt::ControlModifier);
    EXPECT_EQ(view()->currentIndex().row(), cell(u"Total net revenues"_s, 1).row() + 1);
    expectOneCellAgrees("Ctrl+Down");
    QTest::keyClick(view(), Qt::Key_Home, Qt::ControlModifier);
    EXPECT_EQ(view()->currentIndex().row(), 0);
    expectOneCellAgrees("Ctrl+Home");
    QTest::keyClick(view(), Qt::Key_Tab, Qt::ControlModifier);
    expectOneCellAgrees("Ctrl+Tab");
    QTest::keyClick(view(), Qt::Key_PageDown, Qt::ControlModifier);
    expectOneCellAgrees("Ctrl+PageDown");
}

TEST_F(KeyboardTest, TakingTheCurrentCellOutOfTheSelectionEmptiesThePanel)
{
    view()->setFocus(Qt::OtherFocusReason);
    const QModelIndex revenues = cell(u"Total net revenues"_s, 1);
    view()->setCurrentIndex(revenues);
    ASSERT_EQ(traced(), u"Total net revenues"_s);
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, Qt::ControlModifier, view()->visualRect(revenues).center());
    EXPECT_EQ(view()->currentIndex(), revenues);
    EXPECT_FALSE(view()->selectionModel()->isSelected(revenues));
    EXPECT_EQ(traced(), QString());
    // And back in: the panel describes it again.
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, Qt::ControlModifier, view()->visualRect(revenues).center());
    EXPECT_TRUE(view()->selectionModel()->isSelected(revenues));
    EXPECT_EQ(traced(), u"Total net revenues"_s);
}

TEST_F(KeyboardTest, AClickOnTheFrozenLabelsGivesTheTableTheKeyboard)
{
    navigator->setFocus(Qt::OtherFocusReason);
    const QModelIndex label = cell(u"Total net revenues"_s, 0);
    QTableView *frozen = view()->frozenView();
    QTest::mouseClick(frozen->viewport(), Qt::LeftButton, {}, frozen->visualRect(label).center());
    EXPECT_EQ(focused(), view()) << nameOf(focused());
    EXPECT_EQ(view()->currentIndex(), label);
    expectOneCellAgrees("a click on a frozen label");
    QTest::keyClick(focused(), Qt::Key_Down);
    EXPECT_EQ(view()->currentIndex(), label.siblingAtRow(label.row() + 1));
    expectOneCellAgrees("Down from a frozen label");
    QTest::keyClick(focused(), Qt::Key_Tab);
    EXPECT_EQ(focused(), window.tracePanel()->browser());
}
