// SPDX-License-Identifier: GPL-3.0-or-later
// The window as it first opens on a laptop's 1280×720, and at twice the
// scale: the statement of operations shows every period whole, the
// navigator's titles fit, a label column sized by hand keeps its width, and
// the trace panel and the charts can be seen together where there is room.
// Titles and periods are typed in from the bundled release (Juniper, Q1 2007).
#include "MainWindow.h"
#include "SchedulePage.h"
#include "ScheduleView.h"
#include "TracePanel.h"
#include "charts/ChartPane.h"
#include "import/FilingImporter.h"
#include "models/NavigatorModel.h"
#include "models/ScheduleTableModel.h"
#include "support/WindowActions.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QHelpEvent>
#include <QProcess>
#include <QSettings>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {
// A window on the bundled filings, shown at `size` as it first opens.
void showAt(MainWindow &window, QSize size)
{
    window.openFiles(FilingImporter::bundledFilings());
    window.resizeWithDocks(size);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
}

} // namespace

TEST(FirstScreen, At1280x720EveryPeriodOfTheStatementOfOperationsShowsWhole)
{
    QSettings().clear();
    MainWindow window;
    showAt(window, QSize(1280, 720));
    const ScheduleTableModel *model = window.schedulePage()->model();
    const ScheduleView *view = window.schedulePage()->view();
    ASSERT_EQ(model->schedule().title, u"Condensed Consolidated Statements of Operations"_s);
    ASSERT_EQ(model->schedule().periods.size(), 2); // Three Months Ended March 31, 2007 and 2006

    // The figures start right of the frozen labels and end inside the viewport.
    const int labels = view->frozenView()->width();
    const int right = view->viewport()->width();
    for (int period = 0; period < model->schedule().periods.size(); ++period) {
        const int column = model->valueColumn(period);
        const int left = view->columnViewportPosition(column);
        EXPECT_GE(left, labels) << "period " << period;
        EXPECT_LE(left + view->columnWidth(column), right) << "period " << period << ": viewport " << right;
        EXPECT_GE(view->columnWidth(column), view->horizontalHeader()->sectionSizeHint(column));
    }
    // The labels keep a width that reads.
    EXPECT_GE(view->columnWidth(0), 200);
    // An empty trace panel leaves the table its room: it is the narrower.
    const auto *trace = window.findChild<QDockWidget *>(u"trace"_s);
    ASSERT_NE(trace, nullptr);
    EXPECT_LT(trace->width(), window.schedulePage()->width());

    // The navigator's title for the statement fits, without "Condensed Consolidated".
    const auto *tree = window.findChild<QTreeView *>();
    const QModelIndex operations =
        window.navigatorModel()->indexOf(window.currentFiling(), NavigatorModel::Node::Schedule, 0);
    ASSERT_EQ(operations.data().toString(), u"Statements of Operations"_s);
    EXPECT_EQ(operations.data(Qt::ToolTipRole).toString(), u"Condensed Consolidated Statements of Operations"_s);
    EXPECT_LE(tree->fontMetrics().horizontalAdvance(operations.data().toString()) + 8,
              tree->visualRect(operations).width());

    // A title too long for the navigator's width wraps, whole, onto more lines.
    const QModelIndex reconciliation =
        window.navigatorModel()->indexOf(window.currentFiling(), NavigatorModel::Node::Schedule, 3);
    const QString title = reconciliation.data().toString();
    ASSERT_EQ(title, u"Reconciliation between GAAP to non-GAAP Results of Operations and Earnings Per Share"_s);
    const QRect box = tree->visualRect(reconciliation);
    ASSERT_GT(tree->fontMetrics().horizontalAdvance(title), box.width());
    const QRect needed = tree->fontMetrics().boundingRect(QRect(0, 0, box.width() - 8, 10000), Qt::TextWordWrap, title);
    EXPECT_GE(box.height(), needed.height()) << "a row of " << box.height() << " px for " << needed.height();
}

// The same window with every size doubled (QT_SCALE_FACTOR=2): this binary
// again, on the test above, since the scale is read when the application starts.
TEST(FirstScreen, AtTwiceTheScaleEveryPeriodShowsWholeToo)
{
    if (qEnvironmentVariable("QT_SCALE_FACTOR") == u"2"_s)
        GTEST_SKIP() << "already at twice the scale";
    QProcess self;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_SCALE_FACTOR"_s, u"2"_s);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    self.setProcessEnvironment(environment);
    self.start(QCoreApplication::applicationFilePath(),
               {u"--gtest_filter=FirstScreen.At1280x720EveryPeriodOfTheStatementOfOperationsShowsWhole"_s});
    ASSERT_TRUE(self.waitForFinished(120000));
    const QString output = QString::fromLocal8Bit(self.readAllStandardOutput());
    EXPECT_EQ(self.exitCode(), 0) << qPrintable(output);
    EXPECT_TRUE(output.contains(u"[  PASSED  ] 1 test"_s)) << qPrintable(output);
}

TEST(FirstScreen, ALabelColumnSizedByHandKeepsItsWidthThroughAViewOption)
{
    QSettings().clear();
    MainWindow window;
    showAt(window, QSize(1280, 720));
    ScheduleView *view = window.schedulePage()->view();
    // As a drag on the frozen column's edge sizes it.
    view->frozenView()->horizontalHeader()->resizeSection(0, 333);
    ASSERT_EQ(view->columnWidth(0), 333);
    QAction *change = actionNamed(window, u"&Change Between Periods"_s);
    ASSERT_NE(change, nullptr);
    change->trigger();
    ASSERT_EQ(window.schedulePage()->model()->columnCount(), 5);
    EXPECT_EQ(view->columnWidth(0), 333);
    EXPECT_EQ(view->frozenView()->columnWidth(0), 333);
    change->trigger();
    EXPECT_EQ(view->columnWidth(0), 333);
    // The window narrower: the width is still the analyst's.
    window.resize(1100, 720);
    QCoreApplication::processEvents();
    EXPECT_EQ(view->columnWidth(0), 333);
}

TEST(FirstScreen, WhereThereIsRoomTheTraceAndTheChartsShowTogether)
{
    QSettings().clear();
    MainWindow window;
    showAt(window, QSize(1600, 1000));
    const auto *trace = window.findChild<QDockWidget *>(u"trace"_s);
    const auto *charts = window.findChild<QDockWidget *>(u"charts"_s);
    ASSERT_TRUE(trace && charts);
    EXPECT_TRUE(window.traceWithChartsAction()->isChecked());
    EXPECT_TRUE(window.tabifiedDockWidgets(const_cast<QDockWidget *>(trace)).isEmpty());
    EXPECT_FALSE(window.tracePanel()->visibleRegion().isEmpty());
    EXPECT_FALSE(window.chartPane()->visibleRegion().isEmpty());
    // One above the other.
    EXPECT_GE(charts->y(), trace->y() + trace->height());
    // The chart in view is drawn.
    ASSERT_NE(window.chartPane()->view(), nullptr);
    EXPECT_EQ(window.chartPane()->message(), QString());
}

TEST(FirstScreen, WhereThereIsNoRoomTheyAreTabsUntilTheAnalystAsksForBoth)
{
    QSettings().clear();
    MainWindow window;
    showAt(window, QSize(1280, 720));
    auto *trace = window.findChild<QDockWidget *>(u"trace"_s);
    ASSERT_NE(trace, nullptr);
    EXPECT_FALSE(window.traceWithChartsAction()->isChecked());
    EXPECT_FALSE(window.tabifiedDockWidgets(trace).isEmpty());
    // Behind the trace panel's tab, the chart is out of sight and waits to be drawn.
    EXPECT_FALSE(window.tracePanel()->visibleRegion().isEmpty());
    EXPECT_TRUE(window.chartPane()->visibleRegion().isEmpty());
    EXPECT_EQ(window.chartPane()->view(), nullptr);

    window.traceWithChartsAction()->trigger();
    QCoreApplication::processEvents();
    EXPECT_TRUE(window.tabifiedDockWidgets(trace).isEmpty());
    EXPECT_FALSE(window.tracePanel()->visibleRegion().isEmpty());
    EXPECT_FALSE(window.chartPane()->visibleRegion().isEmpty());
    EXPECT_NE(window.chartPane()->view(), nullptr);
    // And back to tabs, the trace panel in front.
    window.traceWithChartsAction()->trigger();
    QCoreApplication::processEvents();
    EXPECT_FALSE(window.tabifiedDockWidgets(trace).isEmpty());
    EXPECT_FALSE(window.tracePanel()->visibleRegion().isEmpty());
    EXPECT_TRUE(window.chartPane()->visibleRegion().isEmpty());
}

TEST(FirstScreen, ALabelCutShortSaysItselfWholeInATooltip)
{
    QSettings().clear();
    MainWindow window;
    showAt(window, QSize(1280, 720));
    ScheduleView *view = window.schedulePage()->view();
    QTableView *frozen = view->frozenView();
    frozen->horizontalHeader()->resizeSection(0, 120);
    const ScheduleTableModel *model = window.schedulePage()->model();
    const QModelIndex shares =
        model->index(int(model->schedule().findRow(u"Shares used in computing net income per share:"_s)), 0);
    ASSERT_TRUE(shares.isValid());
    view->scrollTo(shares);
    QCoreApplication::processEvents();
    const QPoint at = frozen->visualRect(shares).center();
    QHelpEvent help(QEvent::ToolTip, at, frozen->viewport()->mapToGlobal(at));
    QApplication::sendEvent(frozen->viewport(), &help);
    QTextDocument shown; // the tooltip is rich text that shows the label as written
    shown.setHtml(QToolTip::text());
    EXPECT_EQ(shown.toPlainText(), u"Shares used in computing net income per share:"_s) << qPrintable(QToolTip::text());
    QToolTip::hideText();
}
