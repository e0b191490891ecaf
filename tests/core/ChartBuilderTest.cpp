// SPDX-License-Identifier: GPL-3.0-or-later
// Chart data built from the filings' structure. Expected figures are typed
// in from the filings; growth and shares are worked out by hand beside them.
#include "chartdata/ChartBuilder.h"
#include "support/TestData.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using Kind = ChartData::Kind;

QStringList plain(const QList<Amount> &values)
{
    QStringList list;
    for (const Amount &value : values)
        list << (value.isNil() ? u"nil"_s : value.toPlainString());
    return list;
}

} // namespace

TEST(ChartBuilder, SegmentsAreTheScheduleWhoseTotalIsProductRevenue)
{
    const ChartData chart = ChartBuilder::build(*TestData::analysedRelease(), Kind::Segments);
    ASSERT_TRUE(chart.isAvailable()) << qPrintable(chart.unavailable);
    EXPECT_EQ(chart.title, u"Net Product Revenue by Operating Segment"_s);
    EXPECT_EQ(chart.subtitle, u"Juniper Networks, Inc. · Q1 2007 against Q1 2006 · $ in thousands"_s);
    EXPECT_EQ(chart.valueAxis, u"$ in thousands"_s);
    EXPECT_EQ(chart.categories, (QStringList{u"Infrastructure"_s, u"Service Layer Technologies"_s, u"Total"_s}));
    EXPECT_EQ(chart.totalCategory, 2);
    ASSERT_EQ(chart.series.size(), 2);
    // Earliest first: Q1 2006, then Q1 2007.
    EXPECT_EQ(chart.series[0].name, u"Q1 2006"_s);
    EXPECT_EQ(plain(chart.series[0].values), (QStringList{u"363004"_s, u"111121"_s, u"474125"_s}));
    EXPECT_EQ(chart.series[1].name, u"Q1 2007"_s);
    EXPECT_EQ(chart.series[1].labels, (QStringList{u"385,249"_s, u"124,524"_s, u"509,773"_s}));
    // 385,249 ÷ 363,004 − 1 = 6.13%; 124,524 ÷ 111,121 − 1 = 12.06%; 509,773 ÷ 474,125 − 1 = 7.52%.
    EXPECT_EQ(chart.growth, (QStringList{u"+6.1%"_s, u"+12.1%"_s, u"+7.5%"_s}));
}

TEST(ChartBuilder, RevenueMixStacksTheLinesOfTotalRevenues)
{
    const ChartData chart = ChartBuilder::build(*TestData::analysedRelease(), Kind::RevenueMix);
    ASSERT_TRUE(chart.isAvailable());
    EXPECT_EQ(chart.categories, (QStringList{u"Q1 2006"_s, u"Q1 2007"_s}));
    ASSERT_EQ(chart.series.size(), 2);
    EXPECT_EQ(chart.series[0].name, u"Product"_s);
    // 474,125 ÷ 566,714 = 83.7%; 509,773 ÷ 626,936 = 81.3%.
    EXPECT_EQ(chart.series[0].labels, (QStringList{u"474,125 (83.7%)"_s, u"509,773 (81.3%)"_s}));
    EXPECT_EQ(chart.series[1].name, u"Service"_s);
    EXPECT_EQ(chart.series[1].labels, (QStringList{u"92,589 (16.3%)"_s, u"117,163 (18.7%)"_s}));
}

TEST(ChartBuilder, OperatingExpensesAreTheLinesOfTheirTotal)
{
    const ChartData chart = ChartBuilder::build(*TestData::analysedRelease(), Kind::OperatingExpenses);
    ASSERT_TRUE(chart.isAvailable());
    EXPECT_EQ(chart.categories,
              (QStringList{u"Research and development"_s, u"Sales and marketing"_s, u"General and administrative"_s,
                           u"Amortization of purchased intangibles"_s, u"Other charges"_s}));
    ASSERT_EQ(chart.series.size(), 2);
    EXPECT_EQ(plain(chart.series[1].values),
              (QStringList{u"141093"_s, u"150656"_s, u"27258"_s, u"22740"_s, u"12584"_s}));
    EXPECT_EQ(plain(chart.series[0].values),
              (QStringList{u"113688"_s, u"129429"_s, u"23099"_s, u"23221"_s, u"1404"_s}));
    // 22,740 ÷ 23,221 − 1 = −2.07%: a fall reads with a minus sign, not a hyphen.
    EXPECT_EQ(chart.growth.value(3), u"\u22122.1%"_s);
}

TEST(ChartBuilder, TheFiguresPasteIntoASpreadsheetExactly)
{
    const ChartData bridge = ChartBuilder::build(*TestData::analysedRelease(), Kind::BridgeNetIncome);
    const QStringList lines = bridge.toTsv().split(u'\n');
    EXPECT_EQ(lines.value(0), u"\tQ1 2006\tQ1 2007"_s);
    EXPECT_EQ(lines.value(1), u"GAAP Net income\t75763\t66647"_s);
    // Q1 2006 prints "-" for the restructuring charges: an empty cell, not a zero.
    EXPECT_EQ(lines.value(5), u"Other charges - restructuring and acquisition charges\t\t-38"_s);
    EXPECT_EQ(lines.value(8), u"Income tax effect\t-11461\t-16930"_s);
    EXPECT_EQ(lines.value(9), u"Non-GAAP Net income\t113361\t112352"_s);

    ChartData unavailable;
    unavailable.unavailable = u"no reconciliation"_s;
    EXPECT_EQ(unavailable.toTsv(), QString());
}

TEST(ChartBuilder, TheOperatingIncomeBridgeStepsFromGaapToNonGaap)
{
    const ChartData chart = ChartBuilder::build(*TestData::analysedRelease(), Kind::BridgeOperatingIncome);
    ASSERT_TRUE(chart.isAvailable());
    EXPECT_EQ(chart.title, u"GAAP Operating income to Non-GAAP Operating income"_s);
    ASSERT_EQ(chart.categories.size(), 8);
    EXPECT_EQ(chart.categories.constFirst(), u"GAAP Operating income"_s);
    EXPECT_EQ(chart.categories.constLast(), u"Non-GAAP Operating income"_s);
    EXPECT_EQ(chart.categoryNotes, (QStringList{u""_s, u"C"_s, u"A"_s, u"A"_s, u"A/B"_s, u"B"_s, u"B"_s, u""_s}));
    const ChartData::Series &q1 = chart.series[1];
    EXPECT_EQ(q1.name, u"Q1 2007"_s);
    EXPECT_EQ(q1.labels, (QStringList{u"60,496"_s, u"+25,942"_s, u"+24,109"_s, u"+313"_s, u"\u221238"_s, u"+4,710"_s,
                                      u"+7,599"_s, u"123,131"_s}));
    // Each step starts where the one before ended: 60,496 + 25,942 = 86,438 …
    EXPECT_EQ(plain(q1.bases), (QStringList{u"0"_s, u"60496"_s, u"86438"_s, u"110547"_s, u"110860"_s, u"110822"_s,
                                            u"115532"_s, u"0"_s}));
    // Q1 2006 printed no restructuring, investigation or tax charges.
    EXPECT_EQ(chart.series[0].labels.value(4), u"\u2014"_s);
}

TEST(ChartBuilder, TheNetIncomeBridgeEndsAtNonGaapNetIncome)
{
    const ChartData chart = ChartBuilder::build(*TestData::analysedRelease(), Kind::BridgeNetIncome);
    ASSERT_TRUE(chart.isAvailable());
    EXPECT_EQ(chart.series[1].labels.constLast(), u"112,352"_s);
    EXPECT_EQ(chart.series[1].labels.value(7), u"\u221216,930"_s); // the income tax effect
    EXPECT_EQ(chart.series[0].labels.constLast(), u"113,361"_s);
}

TEST(ChartBuilder, AHandWrittenReleaseWithThreePeriodsAndOtherSegments)
{
    const FilingAnalysis &northwind = *TestData::analysed(TestData::northwindPath());
    const ChartData chart = ChartBuilder::build(northwind, Kind::Segments);
    ASSERT_TRUE(chart.isAvailable()) << qPrintable(chart.unavailable);
    EXPECT_EQ(chart.title, u"Subscription Revenues by Segment"_s);
    EXPECT_EQ(chart.valueAxis, u"$ in millions"_s);
    EXPECT_EQ(chart.subtitle, u"Northwind Analytics, Inc. · Q3 2011, Q3 2010 and 9M Sep 2011 · $ in millions"_s);
    EXPECT_EQ(chart.categories, (QStringList{u"Cloud Platform"_s, u"Data Services"_s, u"Total"_s}));
    ASSERT_EQ(chart.series.size(), 3);
    EXPECT_EQ(chart.series[0].name, u"Q3 2010"_s);
    EXPECT_EQ(chart.series[0].period, 1); // the filing's second column
    EXPECT_EQ(plain(chart.series[0].values), (QStringList{u"50.2"_s, u"21.3"_s, u"71.5"_s}));
    EXPECT_EQ(plain(chart.series[1].values), (QStringList{u"61.0"_s, u"23.2"_s, u"84.2"_s}));
    // 61.0 ÷ 50.2 − 1 = 21.5%.
    EXPECT_EQ(chart.growth.value(0), u"+21.5%"_s);
    const ChartData bridge = ChartBuilder::build(northwind, Kind::BridgeNetIncome);
    ASSERT_TRUE(bridge.isAvailable());
    EXPECT_EQ(bridge.categoryNotes, (QStringList{u""_s, u"X"_s, u"Y"_s, u"X/Y"_s, u""_s}));
}

TEST(ChartBuilder, AProspectusHasNoneOfTheStandardChartsAndSaysWhy)
{
    const FilingAnalysis &prospectus = *TestData::analysedProspectus();
    for (const Kind kind : ChartData::standardKinds()) {
        const ChartData chart = ChartBuilder::build(prospectus, kind);
        EXPECT_FALSE(chart.isAvailable()) << qPrintable(ChartData::idOf(kind));
        EXPECT_FALSE(chart.unavailable.isEmpty());
    }
}

TEST(ChartBuilder, ASelectionChartsItsRowsAcrossThePeriods)
{
    const FilingAnalysis &release = *TestData::analysedRelease();
    const RowRef product = TestData::rowAtLine(release.filing, 63);
    const RowRef service = TestData::rowAtLine(release.filing, 64);
    const RowRef heading = TestData::rowAtLine(release.filing, 62); // "Net revenues:", no figures
    const ChartData chart = ChartBuilder::selection(release, product.schedule, {heading.row, product.row, service.row});
    ASSERT_TRUE(chart.isAvailable());
    EXPECT_EQ(chart.categories, (QStringList{u"Product"_s, u"Service"_s}));
    EXPECT_EQ(chart.series[1].labels, (QStringList{u"509,773"_s, u"117,163"_s}));
    EXPECT_FALSE(ChartBuilder::selection(release, product.schedule, {heading.row}).isAvailable());
}

TEST(ChartData, KnowsItsCommandLineNames)
{
    for (const Kind kind : ChartData::standardKinds())
        EXPECT_EQ(ChartData::kindOf(ChartData::idOf(kind)), kind);
    EXPECT_FALSE(ChartData::kindOf(u"pie"_s).has_value());
}
