// SPDX-License-Identifier: GPL-3.0-or-later
#include "amount/AmountFormat.h"

#include "support/QtPrinters.h"

#include "support/Amounts.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(AmountFormatTest, WritesWhatAnAnalystExpects)
{
    AmountFormat plain;
    EXPECT_EQ(plain.format(exact(626936)), u"626,936"_s);
    EXPECT_EQ(plain.format(exact(-1064)), u"(1,064)"_s);
    EXPECT_EQ(plain.format(exact(2037839)), u"2,037,839"_s);
    EXPECT_EQ(plain.format(exact(6)), u"6"_s);
    EXPECT_EQ(plain.format(exact(-1517718)), u"(1,517,718)"_s);
    EXPECT_EQ(plain.format(Amount()), u"\u2014"_s);
    EXPECT_EQ(plain.format(exact(0)), u"0"_s);

    AmountFormat dollars;
    dollars.currency = true;
    EXPECT_EQ(dollars.format(exact(66647)), u"$ 66,647"_s);
    EXPECT_EQ(dollars.format(exact(11, 2)), u"$ 0.11"_s);

    AmountFormat percent;
    percent.percent = true;
    EXPECT_EQ(percent.format(exact(662, 1)), u"66.2%"_s);
    EXPECT_EQ(percent.format(exact(-6, 1)), u"(0.6%)"_s);

    AmountFormat minus;
    minus.parentheses = false;
    EXPECT_EQ(minus.format(exact(-1064)), u"-1,064"_s);
}

TEST(AmountFormatTest, RoundsToAChosenNumberOfDecimals)
{
    AmountFormat millions;
    millions.decimals = 1;
    EXPECT_EQ(millions.format(exact(626936, 3)), u"626.9"_s);
    EXPECT_EQ(millions.format(exact(-1064, 3)), u"(1.1)"_s);
    AmountFormat twoPlaces;
    twoPlaces.decimals = 2;
    EXPECT_EQ(twoPlaces.format(exact(1101, 4)), u"0.11"_s);
    EXPECT_EQ(twoPlaces.format(exact(19, 2)), u"0.19"_s);
    AmountFormat grouped;
    grouped.decimals = 2;
    EXPECT_EQ(grouped.format(exact(123456789, 1)), u"12,345,678.90"_s);
}

TEST(AmountFormatTest, CountsAreGroupedAsTheFilingsGroupFigures)
{
    EXPECT_EQ(AmountFormat::count(7), u"7"_s);
    EXPECT_EQ(AmountFormat::count(108971), u"108,971"_s);
    EXPECT_EQ(AmountFormat::count(5000000), u"5,000,000"_s);
    EXPECT_EQ(AmountFormat::count(-1064), u"-1,064"_s);
}
