// SPDX-License-Identifier: GPL-3.0-or-later
// What the schedule table shows, asserted from the model: display text,
// alignment and font for a total, a negative, a nil, a per-share figure and
// a percentage. Expected text is typed in from the filing.
#include "models/ScheduleTableModel.h"
#include "support/TestData.h"

#include <QAbstractItemModelTester>
#include <QFont>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

const Filing &release()
{
    static const Filing filing = TestData::load(TestData::bundled(u"earnings"_s));
    return filing;
}

const Schedule &scheduleTitled(const QString &part)
{
    for (const Schedule &schedule : release().schedules) {
        if (schedule.title.contains(part))
            return schedule;
    }
    static const Schedule none;
    ADD_FAILURE() << "no schedule " << qPrintable(part);
    return none;
}

QString text(const ScheduleTableModel &model, const QString &label, int occurrence, int column)
{
    const qsizetype row = model.schedule().findRow(label, occurrence);
    EXPECT_GE(row, 0) << qPrintable(label);
    return model.data(model.index(int(row), column)).toString();
}

} // namespace

TEST(ScheduleTableModel, PassesTheModelTester)
{
    for (const Schedule &schedule : release().schedules) {
        ScheduleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSchedule(schedule);
        EXPECT_EQ(model.rowCount(), schedule.rows.size());
    }
}

TEST(ScheduleTableModel, WritesValuesAsTheAnalystExpects)
{
    ScheduleTableModel model;
    model.setSchedule(scheduleTitled(u"Statements of Operations"_s));
    ASSERT_EQ(model.columnCount(), 3);
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), u"Three Months Ended March 31,\n2007"_s);
    EXPECT_EQ(text(model, u"Total net revenues"_s, 1, 1), u"626,936"_s);
    EXPECT_EQ(text(model, u"Product"_s, 1, 1), u"$ 509,773"_s);          // "$" where the filing prints it
    EXPECT_EQ(text(model, u"Interest and other expense"_s, 1, 2), u"(1,089)"_s);
    EXPECT_EQ(text(model, u"Diluted"_s, 1, 1), u"$ 0.11"_s);
    EXPECT_EQ(text(model, u"Net revenues:"_s, 1, 1), QString());           // a section carries no values

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
    model.setSchedule(scheduleTitled(u"Reconciliation"_s));
    ASSERT_EQ(model.columnCount(), 4); // label, note, two periods
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), u"Note"_s);
    EXPECT_EQ(text(model, u"Other charges - stock option investigation costs"_s, 1, 1), u"B"_s);
    EXPECT_EQ(text(model, u"Other charges - stock option investigation costs"_s, 1, 3), u"\u2014"_s);
    EXPECT_EQ(text(model, u"Other charges - restructuring and acquisition charges"_s, 1, 2), u"(38)"_s);
    EXPECT_EQ(text(model, u"GAAP Gross margin % of revenue"_s, 1, 2), u"66.2%"_s);
    EXPECT_EQ(text(model, u"Stock-based compensation expense"_s, 1, 1), u"C"_s);
    EXPECT_EQ(text(model, u"Stock-based compensation expense"_s, 1, 2), u"(455)"_s);
}
