// SPDX-License-Identifier: GPL-3.0-or-later
// What the schedule table shows, asserted from the model: display text,
// alignment and font for a total, a negative, a nil, a per-share figure and
// a percentage. Expected text is typed in from the filing.
#include "models/ScheduleTableModel.h"
#include "support/ModelTester.h"
#include "support/TestData.h"

#include <QFont>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using TestData::analysedProspectus;
using TestData::analysedRelease;

qsizetype scheduleTitled(const QString &part)
{
    const QList<Schedule> &schedules = analysedRelease()->filing.schedules;
    for (qsizetype s = 0; s < schedules.size(); ++s) {
        if (schedules[s].title.contains(part))
            return s;
    }
    ADD_FAILURE() << "no schedule " << qPrintable(part);
    return -1;
}

void show(ScheduleTableModel &model, const QString &part, const ScheduleViewOptions &options = {})
{
    model.setOptions(options);
    model.setSchedule(analysedRelease(), scheduleTitled(part));
}

QModelIndex cell(const ScheduleTableModel &model, const QString &label, int occurrence, int column)
{
    const qsizetype row = model.schedule().findRow(label, occurrence);
    EXPECT_GE(row, 0) << qPrintable(label);
    return model.index(int(row), column);
}

QString text(const ScheduleTableModel &model, const QString &label, int occurrence, int column)
{
    return cell(model, label, occurrence, column).data().toString();
}

} // namespace

TEST(ScheduleTableModel, PassesTheModelTester)
{
    for (const FilingAnalysisPtr &analysis : {analysedRelease(), analysedProspectus()}) {
        for (qsizetype s = 0; s < analysis->filing.schedules.size(); ++s) {
            ScheduleTableModel model;
            const auto tester = attachModelTester(&model);
            model.setSchedule(analysis, s);
            EXPECT_EQ(model.rowCount(), analysis->filing.schedules[s].rows.size());
            model.setOptions({true, true, true});
            model.setOptions({});
        }
    }
}

// The schedule page's one model as the window drives it, under Qt's model
// tester from before it holds a row: the release opened on its statement of
// operations, its view options changed, another schedule chosen, a second
// filing shown, and every filing closed.
TEST(ScheduleTableModel, PassesTheModelTesterAsTheWindowShowsSchedulesOptionsAndFilings)
{
    ScheduleTableModel model;
    const auto tester = attachModelTester(&model);
    EXPECT_EQ(model.rowCount(), 0);

    // Opened on the statement of operations (lines 62 to 89), with the
    // options saved for it (none), as MainWindow::showFilingPage does.
    model.setOptions({});
    model.setSchedule(analysedRelease(), 0);
    EXPECT_EQ(model.schedule().title, u"Condensed Consolidated Statements of Operations"_s);
    EXPECT_EQ(model.rowCount(), 28);
    ASSERT_EQ(model.columnCount(), 3);
    EXPECT_EQ(text(model, u"Total net revenues"_s, 1, 1), u"626,936"_s);
    EXPECT_EQ(text(model, u"Interest and other expense"_s, 1, 2), u"(1,089)"_s);

    // Change Between Periods: Δ and Δ% after the two periods.
    model.setOptions({.change = true});
    EXPECT_EQ(model.rowCount(), 28);
    ASSERT_EQ(model.columnCount(), 5);
    EXPECT_EQ(text(model, u"Total net revenues"_s, 1, 3), u"60,222"_s); // 626,936 − 566,714
    EXPECT_EQ(text(model, u"Total net revenues"_s, 1, 4), u"10.6%"_s);
    // Common Size as well: a % after each period (label, 2007, %, 2006, %, Δ, Δ%).
    model.setOptions({.change = true, .commonSize = true});
    ASSERT_EQ(model.columnCount(), 7);
    EXPECT_EQ(text(model, u"Product"_s, 1, 2), u"81.3%"_s); // 509,773 ÷ 626,936
    // In Millions alone.
    model.setOptions({.millions = true});
    ASSERT_EQ(model.columnCount(), 3);
    EXPECT_EQ(text(model, u"Total net revenues"_s, 1, 1), u"626.9"_s);
    EXPECT_EQ(text(model, u"Diluted"_s, 1, 1), u"$ 0.11"_s);
    model.setOptions({});
    EXPECT_EQ(text(model, u"Total net revenues"_s, 1, 1), u"626,936"_s);

    // The segment table (lines 114 to 116), chosen in the navigator.
    model.setSchedule(analysedRelease(), scheduleTitled(u"Operating Segment"_s));
    ASSERT_EQ(model.rowCount(), 3);
    ASSERT_EQ(model.columnCount(), 3);
    EXPECT_EQ(model.index(0, 0).data().toString(), u"Infrastructure"_s);
    EXPECT_EQ(model.index(2, 0).data().toString(), u"Total"_s);
    EXPECT_EQ(model.index(2, 1).data().toString(), u"$ 509,773"_s);
    EXPECT_EQ(model.index(1, 2).data().toString(), u"111,121"_s);

    // The prospectus opened as a second filing: its holders (lines 20 to 22).
    model.setSchedule(analysedProspectus(), 0);
    EXPECT_EQ(model.schedule().title, u"Selling Security Holders"_s);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(1, 0).data().toString(), u"c/o Quattro Fund Jeffries Umbrella Fund US"_s);
    EXPECT_EQ(text(model, u"Convertible Bonds"_s, 1, 1), u"100,000"_s);

    // Back to the release, then every filing closed.
    model.setSchedule(analysedRelease(), 0);
    EXPECT_EQ(model.rowCount(), 28);
    model.setSchedule({}, -1);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.schedule().rows.size(), 0);
}

TEST(ScheduleTableModel, WritesValuesAsTheAnalystExpects)
{
    ScheduleTableModel model;
    show(model, u"Statements of Operations"_s);
    ASSERT_EQ(model.columnCount(), 3);
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), u"Three Months Ended\nMarch 31,\n2007"_s);
    EXPECT_EQ(text(model, u"Total net revenues"_s, 1, 1), u"626,936"_s);
    EXPECT_EQ(text(model, u"Product"_s, 1, 1), u"$ 509,773"_s); // "$" where the filing prints it
    EXPECT_EQ(text(model, u"Interest and other expense"_s, 1, 2), u"(1,089)"_s);
    EXPECT_EQ(text(model, u"Diluted"_s, 1, 1), u"$ 0.11"_s);
    EXPECT_EQ(text(model, u"Net revenues:"_s, 1, 1), QString()); // a section carries no values

    const qsizetype total = model.schedule().findRow(u"Total net revenues"_s);
    const QModelIndex totalCell = model.index(int(total), 1);
    EXPECT_TRUE(model.data(totalCell, Qt::FontRole).value<QFont>().bold());
    EXPECT_EQ(model.data(totalCell, Qt::TextAlignmentRole).value<Qt::Alignment>(), Qt::AlignRight | Qt::AlignVCenter);
    EXPECT_EQ(model.data(totalCell, ScheduleTableModel::ValueRole).toString(), u"626936"_s);
    EXPECT_EQ(model.data(totalCell, ScheduleTableModel::LocationRole).toString(), u"line 65, column 23"_s);
    const qsizetype product = model.schedule().findRow(u"Product"_s);
    EXPECT_FALSE(model.data(model.index(int(product), 0), Qt::FontRole).isValid());
    EXPECT_EQ(model.data(model.index(int(product), 0), ScheduleTableModel::LevelRole).toInt(), 1);
}

TEST(ScheduleTableModel, ShowsNilAsADashAndTheNoteColumn)
{
    ScheduleTableModel model;
    show(model, u"Reconciliation"_s);
    ASSERT_EQ(model.columnCount(), 4); // label, note, two periods
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), u"Note"_s);
    EXPECT_EQ(text(model, u"Other charges - stock option investigation costs"_s, 1, 1), u"B"_s);
    EXPECT_EQ(text(model, u"Other charges - stock option investigation costs"_s, 1, 3), u"\u2014"_s);
    EXPECT_EQ(text(model, u"Other charges - restructuring and acquisition charges"_s, 1, 2), u"(38)"_s);
    EXPECT_EQ(text(model, u"GAAP Gross margin % of revenue"_s, 1, 2), u"66.2%"_s);
    EXPECT_EQ(text(model, u"Stock-based compensation expense"_s, 1, 1), u"C"_s);
    EXPECT_EQ(text(model, u"Stock-based compensation expense"_s, 1, 2), u"(455)"_s);
}

TEST(ScheduleTableModel, MarksTheCellsATieOutChecks)
{
    ScheduleTableModel model;
    show(model, u"Statements of Operations"_s);
    const QModelIndex total = cell(model, u"Total net revenues"_s, 1, 1);
    EXPECT_EQ(total.data(ScheduleTableModel::TieRole).toInt(), ScheduleTableModel::Ties);
    const QString tip = total.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(u"626,936 = 509,773 + 117,163"_s)) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(u"Line 65, column 23"_s)) << qPrintable(tip);
    EXPECT_EQ(cell(model, u"Product"_s, 1, 1).data(ScheduleTableModel::TieRole).toInt(), ScheduleTableModel::NoTie);
    EXPECT_EQ(cell(model, u"Total net revenues"_s, 1, 0).data(ScheduleTableModel::TieRole).toInt(),
              ScheduleTableModel::NoTie);
}

TEST(ScheduleTableModel, RulesAboveTotalsAndADoubleRuleUnderTheLastOne)
{
    ScheduleTableModel model;
    show(model, u"Statements of Operations"_s);
    EXPECT_EQ(cell(model, u"Total net revenues"_s, 1, 1).data(ScheduleTableModel::RuleRole).toInt(),
              ScheduleTableModel::RuleAbove);
    EXPECT_EQ(cell(model, u"Net income"_s, 1, 2).data(ScheduleTableModel::RuleRole).toInt(),
              ScheduleTableModel::RuleAbove | ScheduleTableModel::DoubleRuleBelow);
    EXPECT_EQ(cell(model, u"Product"_s, 1, 1).data(ScheduleTableModel::RuleRole).toInt(), ScheduleTableModel::NoRule);
    EXPECT_EQ(cell(model, u"Net income"_s, 1, 0).data(ScheduleTableModel::RuleRole).toInt(),
              ScheduleTableModel::NoRule);
}

TEST(ScheduleTableModel, ChangeColumnsFollowTheRulesOfDerivedViews)
{
    ScheduleTableModel model;
    show(model, u"Statements of Operations"_s, {.change = true});
    ASSERT_EQ(model.columnCount(), 5); // label, 2007, 2006, Δ, Δ%
    EXPECT_EQ(model.columnKind(3), ScheduleTableModel::ColumnKind::Change);
    EXPECT_EQ(text(model, u"Total net revenues"_s, 1, 3), u"60,222"_s); // 626,936 − 566,714
    EXPECT_EQ(text(model, u"Total net revenues"_s, 1, 4), u"10.6%"_s);  // ÷ 566,714
    EXPECT_EQ(cell(model, u"Total net revenues"_s, 1, 3).data(ScheduleTableModel::ValueRole).toString(), u"60222"_s);
    EXPECT_EQ(text(model, u"Interest and other expense"_s, 1, 3), u"25"_s);  // (1,064) − (1,089)
    EXPECT_EQ(text(model, u"Interest and other expense"_s, 1, 4), u"n/m"_s); // base below zero
    EXPECT_EQ(text(model, u"Diluted"_s, 1, 3), u"(0.02)"_s);                 // 0.11 − 0.13
    EXPECT_EQ(text(model, u"Diluted"_s, 1, 4), QString());                   // per share: no Δ%

    show(model, u"Reconciliation"_s, {.change = true});
    EXPECT_EQ(text(model, u"GAAP Gross margin % of revenue"_s, 1, 4), u"(1.2) pts"_s); // 66.2% − 67.4%
    EXPECT_EQ(text(model, u"GAAP Gross margin % of revenue"_s, 1, 5), QString());
    EXPECT_EQ(text(model, u"Other charges - stock option investigation costs"_s, 1, 5), u"n/m"_s); // base nil
}

TEST(ScheduleTableModel, CommonSizeOnRevenuesAndOnTotalAssets)
{
    ScheduleTableModel model;
    show(model, u"Statements of Operations"_s, {.commonSize = true});
    ASSERT_TRUE(model.canCommonSize());
    EXPECT_EQ(model.commonSizeBaseLabel(), u"Total net revenues"_s);
    ASSERT_EQ(model.columnCount(), 5); // label, 2007, %, 2006, %
    EXPECT_EQ(model.columnKind(2), ScheduleTableModel::ColumnKind::CommonSize);
    EXPECT_EQ(text(model, u"Product"_s, 1, 2), u"81.3%"_s);    // 509,773 ÷ 626,936
    EXPECT_EQ(text(model, u"Net income"_s, 1, 2), u"10.6%"_s); // 66,647 ÷ 626,936
    EXPECT_EQ(text(model, u"Total net revenues"_s, 1, 4), u"100.0%"_s);
    EXPECT_EQ(text(model, u"Diluted"_s, 1, 2), QString()); // per share stays as filed

    show(model, u"Balance Sheets"_s, {.commonSize = true});
    EXPECT_EQ(model.commonSizeBaseLabel(), u"Total assets"_s);
    EXPECT_EQ(text(model, u"Cash and cash equivalents"_s, 1, 2), u"27.3%"_s); // 2,037,839 ÷ 7,474,335

    show(model, u"Reconciliation"_s, {.commonSize = true});
    EXPECT_FALSE(model.canCommonSize());
    EXPECT_EQ(model.columnCount(), 4);
}

TEST(ScheduleTableModel, MillionsLeavePerShareAsFiled)
{
    ScheduleTableModel model;
    show(model, u"Statements of Operations"_s, {.millions = true});
    EXPECT_EQ(text(model, u"Total net revenues"_s, 1, 1), u"626.9"_s);
    EXPECT_EQ(text(model, u"Product"_s, 1, 1), u"$ 509.8"_s);
    EXPECT_EQ(cell(model, u"Product"_s, 1, 1).data(ScheduleTableModel::ValueRole).toString(), u"509.773"_s);
    EXPECT_EQ(text(model, u"Diluted"_s, 1, 1), u"$ 0.11"_s);
    EXPECT_EQ(model.unitsText(), u"in millions, except per share amounts and percentages"_s);
}

TEST(ScheduleTableModel, ShowsTheRecomputedHolderFiguresBesideTheFiledOnes)
{
    ScheduleTableModel model;
    model.setSchedule(analysedProspectus(), 0);
    int recomputed = -1;
    for (int c = 0; c < model.columnCount(); ++c) {
        if (model.columnKind(c) == ScheduleTableModel::ColumnKind::Recomputed && recomputed < 0)
            recomputed = c;
    }
    ASSERT_GT(recomputed, 0);
    const int filed = model.valueColumn(model.periodOf(recomputed));
    const qsizetype holder = model.schedule().findRow(u"c/o Quattro Fund Jeffries Umbrella Fund US"_s);
    ASSERT_GE(holder, 0);
    // The share columns: filed 29,792, recomputed 600,000 × 19,860,973 ÷ 400,000,000 = 29,791.46.
    const int sharesColumn = [&] {
        for (int c = 0; c < model.columnCount(); ++c) {
            if (model.columnKind(c) == ScheduleTableModel::ColumnKind::Value
                && model.index(int(holder), c).data().toString() == u"29,792"_s)
                return c;
        }
        return -1;
    }();
    ASSERT_GT(sharesColumn, 0);
    EXPECT_EQ(model.index(int(holder), sharesColumn + 1).data().toString(), u"29,791.46"_s);
    EXPECT_EQ(model.index(int(holder), sharesColumn).data(ScheduleTableModel::TieRole).toInt(),
              ScheduleTableModel::Breaks);
    const qsizetype other = model.schedule().findRow(u"Quattro Fund Ltd. Zurich Institutional Benchmark Management"_s);
    EXPECT_EQ(model.index(int(other), sharesColumn).data(ScheduleTableModel::TieRole).toInt(),
              ScheduleTableModel::Ties);
    EXPECT_GE(filed, 1);
    EXPECT_TRUE(model.headerData(sharesColumn, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"(2)"_s));
}

TEST(ScheduleViewOptions, RoundTripsThroughItsText)
{
    const ScheduleViewOptions options{.change = true, .commonSize = false, .millions = true};
    EXPECT_EQ(options.toString(), u"change,millions"_s);
    EXPECT_EQ(ScheduleViewOptions::fromString(options.toString()), options);
    EXPECT_EQ(ScheduleViewOptions::fromString(QString()), ScheduleViewOptions());
}
