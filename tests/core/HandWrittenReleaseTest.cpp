// SPDX-License-Identifier: GPL-3.0-or-later
// A release written by hand in the same format with another company's layout
// (tests/data/releases/README.md): three periods, amounts in millions, a
// note column with a header. It imports with no change to code. Expected
// values are typed in from the fixture.
#include "support/TestData.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using TestData::northwind;

QStringList values(const Row &row)
{
    QStringList list;
    for (const Cell &cell : row.cells)
        list << (cell.isNil() ? u"nil"_s : cell.amount.toPlainString());
    return list;
}

} // namespace

TEST(HandWrittenRelease, ReadsTheHeadlineAndDate)
{
    EXPECT_EQ(northwind().title, u"Northwind Analytics Announces Third Quarter 2011 Results"_s);
    EXPECT_EQ(northwind().subtitle, QStringList{u"Revenue of $99.5 Million, up 17% Year over Year"_s});
    EXPECT_EQ(northwind().company, u"Northwind Analytics, Inc."_s);
    EXPECT_EQ(northwind().date, QDate(2011, 10, 27));
    EXPECT_TRUE(northwind().warnings.isEmpty());
    ASSERT_EQ(northwind().schedules.size(), 3);
}

TEST(HandWrittenRelease, ReadsThreePeriodsUnderSpanningGroupHeaders)
{
    const Schedule &income = northwind().schedules[0];
    EXPECT_EQ(income.title, u"Consolidated Statements of Income"_s);
    EXPECT_EQ(income.scale, 1000000);
    ASSERT_EQ(income.periods.size(), 3);
    EXPECT_EQ(income.periods[0].labelLines, (QStringList{u"Three Months Ended"_s, u"September 30, 2011"_s}));
    EXPECT_EQ(income.periods[1].labelLines, (QStringList{u"Three Months Ended"_s, u"September 30, 2010"_s}));
    EXPECT_EQ(income.periods[2].labelLines, (QStringList{u"Nine Months Ended"_s, u"September 30, 2011"_s}));
    EXPECT_EQ(income.periods[0].months, 3);
    EXPECT_EQ(income.periods[2].months, 9);
    EXPECT_EQ(income.periods[1].date, QDate(2010, 9, 30));
    EXPECT_EQ(income.periods[2].span, Period::Span::Duration);
}

TEST(HandWrittenRelease, ReadsEveryRowOfTheIncomeStatement)
{
    struct Expected
    {
        const char16_t *label;
        RowKind kind;
        QStringList values;
    };
    const QStringList nil3{u"nil"_s, u"nil"_s, u"nil"_s};
    const Expected rows[] = {
        {u"Revenues:", RowKind::Section, nil3},
        {u"Subscription", RowKind::Item, {u"84.2"_s, u"71.5"_s, u"241.9"_s}},
        {u"Professional services", RowKind::Item, {u"15.3"_s, u"13.9"_s, u"44.6"_s}},
        {u"Total revenues", RowKind::Total, {u"99.5"_s, u"85.4"_s, u"286.5"_s}},
        {u"Cost of revenues", RowKind::Item, {u"31.1"_s, u"27.0"_s, u"90.2"_s}},
        {u"Gross profit", RowKind::Item, {u"68.4"_s, u"58.4"_s, u"196.3"_s}},
        {u"Operating expenses:", RowKind::Section, nil3},
        {u"Research and development", RowKind::Item, {u"20.5"_s, u"18.2"_s, u"60.1"_s}},
        {u"Selling, general and administrative", RowKind::Item, {u"30.2"_s, u"27.7"_s, u"88.8"_s}},
        {u"Amortization of acquired intangibles", RowKind::Item, {u"2.1"_s, u"1.4"_s, u"6.3"_s}},
        {u"Total operating expenses", RowKind::Total, {u"52.8"_s, u"47.3"_s, u"156.2"_s}},
        {u"Income from operations", RowKind::Item, {u"15.6"_s, u"11.1"_s, u"40.1"_s}},
        {u"Other income (expense), net", RowKind::Item, {u"-0.4"_s, u"0.3"_s, u"-1.1"_s}},
        {u"Income before income taxes", RowKind::Item, {u"15.2"_s, u"11.4"_s, u"39.0"_s}},
        {u"Provision for income taxes", RowKind::Item, {u"4.6"_s, u"3.4"_s, u"11.7"_s}},
        {u"Net income", RowKind::Total, {u"10.6"_s, u"8.0"_s, u"27.3"_s}},
        {u"Net income per share:", RowKind::Section, nil3},
        {u"Basic", RowKind::PerShare, {u"0.21"_s, u"0.16"_s, u"0.54"_s}},
        {u"Diluted", RowKind::PerShare, {u"0.20"_s, u"0.16"_s, u"0.53"_s}},
        {u"Weighted average shares outstanding:", RowKind::Section, nil3},
        {u"Basic", RowKind::ShareCount, {u"50.4"_s, u"49.8"_s, u"50.2"_s}},
        {u"Diluted", RowKind::ShareCount, {u"52.1"_s, u"51.0"_s, u"51.8"_s}},
    };
    const Schedule &income = northwind().schedules[0];
    ASSERT_EQ(income.rows.size(), qsizetype(std::size(rows)));
    for (qsizetype i = 0; i < income.rows.size(); ++i) {
        const Row &row = income.rows[i];
        EXPECT_EQ(row.label, QString::fromUtf16(rows[i].label)) << "row " << i;
        EXPECT_EQ(row.kind, rows[i].kind) << qPrintable(row.label);
        EXPECT_EQ(values(row), rows[i].values) << qPrintable(row.label);
    }
}

TEST(HandWrittenRelease, ReadsANoteColumnWithAHeader)
{
    const Schedule &recon = northwind().schedules[2];
    EXPECT_TRUE(recon.hasNoteColumn);
    ASSERT_EQ(recon.periods.size(), 3);
    EXPECT_EQ(recon.periods[0].labelLines, (QStringList{u"Three Months Ended"_s, u"September 30, 2011"_s}));
    ASSERT_EQ(recon.rows.size(), 11);
    EXPECT_EQ(recon.rows[1].label, u"Amortization of acquired intangibles"_s);
    EXPECT_EQ(recon.rows[1].noteText(), u"X"_s);
    EXPECT_EQ(recon.rows[1].group, u"GAAP income from operations"_s);
    EXPECT_EQ(recon.rows[1].level, 1);
    EXPECT_EQ(recon.rows[5].occurrence, 2);
    EXPECT_EQ(recon.rows[7].label, u"Income tax effect"_s);
    EXPECT_EQ(recon.rows[7].notes, (QStringList{u"X"_s, u"Y"_s}));
    EXPECT_EQ(values(recon.rows[7]), (QStringList{u"-1.9"_s, u"-1.4"_s, u"-5.4"_s}));
    EXPECT_EQ(values(recon.rows[8]), (QStringList{u"14.1"_s, u"10.9"_s, u"37.9"_s}));
    EXPECT_EQ(recon.rows[10].kind, RowKind::PerShare);
}

TEST(HandWrittenRelease, ReadsNotesWithOtherLetters)
{
    ASSERT_EQ(northwind().notes.size(), 2);
    EXPECT_EQ(northwind().notes[0].letter, u"X"_s);
    EXPECT_EQ(northwind().notes[0].title, u"Acquisition-Related Items"_s);
    ASSERT_EQ(northwind().notes[0].clauses.size(), 2);
    EXPECT_EQ(northwind().notes[0].clauses[1].text, u"the income tax effect of these exclusions"_s);
    EXPECT_EQ(northwind().notes[1].letter, u"Y"_s);
    EXPECT_TRUE(northwind().notes[1].clauses.isEmpty());
}
