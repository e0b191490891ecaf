// SPDX-License-Identifier: GPL-3.0-or-later
// Every item model of the main window under Qt's model tester in Fatal
// mode, attached before the first filing opens, while the analyst opens a
// filing, picks cells, changes the view options, reads and narrows the
// tie-out list, opens a second filing and closes both. A model that breaks a
// rule of QAbstractItemModel on the way stops this binary (qFatal). After
// each step the test asserts what the window shows; expected texts are typed
// in from the bundled filings.
#include "MainWindow.h"
#include "SchedulePage.h"
#include "ScheduleView.h"
#include "TieOutPage.h"
#include "TieOutView.h"
#include "TracePanel.h"
#include "ViewOptionActions.h"
#include "models/CheckFilterModel.h"
#include "models/CheckTableModel.h"
#include "models/NavigatorModel.h"
#include "models/ScheduleTableModel.h"
#include "models/TraceModel.h"
#include "support/ModelTester.h"
#include "support/TestData.h"

#include <QAction>
#include <QComboBox>
#include <QSettings>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

QStringList childTexts(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList texts;
    for (int r = 0; r < model.rowCount(parent); ++r)
        texts << model.index(r, 0, parent).data().toString();
    return texts;
}

QModelIndex cell(const ScheduleTableModel &model, const QString &label, int column)
{
    const qsizetype row = model.schedule().findRow(label);
    EXPECT_GE(row, 0) << qPrintable(label);
    return model.index(int(row), column);
}

} // namespace

TEST(WindowModels, PassTheModelTesterFromTheFirstFilingOpenedToTheLastClosed)
{
    QSettings().clear();
    MainWindow window;
    NavigatorModel *navigator = window.navigatorModel();
    ScheduleTableModel *schedule = window.schedulePage()->model();
    TraceModel *trace = window.tracePanel()->model();
    TieOutPage *tieOut = window.tieOutPage(); // made on first use; made here to be tested from empty
    CheckTableModel *checks = tieOut->view()->checks();
    QAbstractItemModel *list = tieOut->view()->model();
    ASSERT_EQ(list, tieOut->view()->filter());
    const auto navigatorTester = attachModelTester(navigator);
    const auto scheduleTester = attachModelTester(schedule);
    const auto traceTester = attachModelTester(trace);
    const auto checksTester = attachModelTester(checks);
    const auto listTester = attachModelTester(list);
    auto *tree = window.findChild<QTreeView *>();
    ASSERT_NE(tree, nullptr);
    auto *options = window.findChild<ViewOptionActions *>();
    ASSERT_NE(options, nullptr);
    ASSERT_EQ(options->actions().size(), 3); // Change Between Periods, Common Size, In Millions

    // The release opened: the navigator lists it, the window shows its
    // statement of operations (lines 62 to 89).
    window.openFiles({TestData::releasePath()});
    ASSERT_EQ(window.filings().size(), 1);
    ASSERT_EQ(navigator->rowCount(), 1);
    EXPECT_EQ(navigator->rowCount(navigator->index(0, 0)), 11); // 7 schedules, notes, narrative, tie-out, source
    EXPECT_EQ(schedule->schedule().title, u"Condensed Consolidated Statements of Operations"_s);
    EXPECT_EQ(schedule->rowCount(), 28);
    EXPECT_EQ(schedule->columnCount(), 3);

    // A cell picked: the trace panel shows its total's components.
    window.schedulePage()->view()->setCurrentIndex(cell(*schedule, u"Total net revenues"_s, 1));
    EXPECT_EQ(trace->sheet().title, u"Total net revenues"_s);
    EXPECT_EQ(trace->texts(TraceSection::Kind::Components).value(2), u"Q1 2007: 626,936 = 509,773 + 117,163"_s);
    window.schedulePage()->view()->setCurrentIndex(cell(*schedule, u"Interest and other expense"_s, 2));
    EXPECT_EQ(trace->sheet().title, u"Interest and other expense"_s);
    EXPECT_EQ(trace->texts(TraceSection::Kind::Place).value(0), u"As filed: (1,089)"_s);

    // Change Between Periods on, then off.
    options->actions()[0]->trigger();
    EXPECT_TRUE(schedule->options().change);
    ASSERT_EQ(schedule->columnCount(), 5);
    EXPECT_EQ(cell(*schedule, u"Total net revenues"_s, 3).data().toString(), u"60,222"_s); // 626,936 − 566,714
    options->actions()[0]->trigger();
    EXPECT_EQ(schedule->columnCount(), 3);
    // In Millions.
    options->actions()[2]->trigger();
    EXPECT_EQ(cell(*schedule, u"Total net revenues"_s, 1).data().toString(), u"626.9"_s);
    options->actions()[2]->trigger();
    EXPECT_EQ(cell(*schedule, u"Total net revenues"_s, 1).data().toString(), u"626,936"_s);

    // Another schedule from the navigator: the segment table (lines 114 to 116).
    ASSERT_TRUE(window.showScheduleTitled(u"Net Product Revenue by Operating Segment"_s));
    EXPECT_EQ(childTexts(*schedule), (QStringList{u"Infrastructure"_s, u"Service Layer Technologies"_s, u"Total"_s}));

    // The tie-out list: 124 lines, every one of which ties.
    tree->setCurrentIndex(navigator->indexOf(0, NavigatorModel::Node::TieOut));
    EXPECT_EQ(checks->rowCount(), 124);
    EXPECT_EQ(list->rowCount(), 124);
    EXPECT_EQ(tieOut->countText(), u"124 rows"_s);
    tieOut->verdicts()->setCurrentIndex(1); // Failures only
    EXPECT_EQ(list->rowCount(), 0);
    EXPECT_EQ(tieOut->countText(), u"0 of 124 rows"_s);
    tieOut->verdicts()->setCurrentIndex(0);  // All checks
    tieOut->schedules()->setCurrentIndex(3); // Net Product Revenue by Operating Segment, after "All schedules"
    EXPECT_EQ(list->rowCount(), 4);
    EXPECT_EQ(tieOut->countText(), u"4 of 124 rows"_s);
    tieOut->view()->sortByColumn(CheckTableModel::Reported, Qt::DescendingOrder);
    EXPECT_EQ(list->index(0, CheckTableModel::Reported).data().toString(), u"509,773"_s);
    EXPECT_EQ(list->index(3, CheckTableModel::Reported).data().toString(), u"474,125"_s);
    // By rule: the four margins of the reconciliation ("% of revenue"), two periods each.
    tieOut->schedules()->setCurrentIndex(0);
    QStringList rules;
    for (int i = 0; i < tieOut->rules()->count(); ++i)
        rules << tieOut->rules()->itemText(i);
    EXPECT_EQ(rules,
              (QStringList{u"All rules"_s, u"total (18)"_s, u"balance (1)"_s, u"cash-flow (2)"_s, u"per-share (4)"_s,
                           u"margin (4)"_s, u"cross-schedule (25)"_s, u"reconciliation (9)"_s}));
    tieOut->rules()->setCurrentIndex(5);
    EXPECT_EQ(list->rowCount(), 8);
    EXPECT_EQ(tieOut->countText(), u"8 of 124 rows"_s);
    tieOut->rules()->setCurrentIndex(0);

    // The prospectus opened as a second filing: the window shows its holders.
    window.openFiles({TestData::prospectusPath()});
    ASSERT_EQ(window.filings().size(), 2);
    ASSERT_EQ(navigator->rowCount(), 2);
    EXPECT_EQ(childTexts(*navigator, navigator->index(1, 0)).value(0), u"Selling Security Holders"_s);
    EXPECT_EQ(schedule->schedule().title, u"Selling Security Holders"_s);
    EXPECT_EQ(childTexts(*schedule),
              (QStringList{u"Quattro Fund Ltd. Zurich Institutional Benchmark Management"_s,
                           u"c/o Quattro Fund Jeffries Umbrella Fund US"_s, u"Convertible Bonds"_s}));
    // Its tie-out list, failures only: the one holder whose shares do not tie.
    tree->setCurrentIndex(navigator->indexOf(1, NavigatorModel::Node::TieOut));
    EXPECT_EQ(checks->rowCount(), 9);
    tieOut->verdicts()->setCurrentIndex(1);
    ASSERT_EQ(list->rowCount(), 1);
    EXPECT_EQ(list->index(0, CheckTableModel::Reported).data().toString(), u"29,792"_s);
    EXPECT_EQ(list->index(0, CheckTableModel::Computed).data().toString(), u"29,791.46"_s);
    EXPECT_EQ(tieOut->countText(), u"1 of 9 rows"_s);

    // The release closed: the prospectus is all that is left, and shown.
    window.closeFiling(0);
    ASSERT_EQ(window.filings().size(), 1);
    ASSERT_EQ(navigator->rowCount(), 1);
    EXPECT_EQ(childTexts(*navigator, navigator->index(0, 0)).value(0), u"Selling Security Holders"_s);
    EXPECT_EQ(schedule->schedule().title, u"Selling Security Holders"_s);
    EXPECT_EQ(schedule->rowCount(), 3);

    // The last one closed: nothing left in the navigator, the table or the panel.
    window.closeFiling(0);
    EXPECT_TRUE(window.filings().isEmpty());
    EXPECT_EQ(navigator->rowCount(), 0);
    EXPECT_EQ(schedule->rowCount(), 0);
    EXPECT_EQ(trace->rowCount(), 0);
}
