// SPDX-License-Identifier: GPL-3.0-or-later
#include "amount/Amount.h"
#include "amount/AmountInterval.h"

#include "support/QtPrinters.h"

#include "support/Amounts.h"

#include <gtest/gtest.h>

#include <limits>

using namespace Qt::StringLiterals;

TEST(Amount, DefaultIsNilAndCountsAsZeroInASum)
{
    const Amount nil;
    EXPECT_TRUE(nil.isNil());
    EXPECT_EQ(nil.toPlainString(), QString());
    const auto sum = nil.plus(exact(1369));
    ASSERT_TRUE(sum);
    EXPECT_FALSE(sum->isNil());
    EXPECT_EQ(sum->toPlainString(), u"1369"_s);
}

TEST(Amount, NilIsNotZeroWhenShownButEqualInValue)
{
    const Amount zero = exact(0);
    EXPECT_FALSE(zero.isNil());
    EXPECT_TRUE(Amount().isNil());
    EXPECT_EQ(Amount(), zero);                  // the same value
    EXPECT_FALSE(Amount().isIdenticalTo(zero)); // but not the same printed thing
}

TEST(Amount, AddsAndSubtractsExactlyAcrossDecimals)
{
    // 509,773 + 117,163 = 626,936 (thousands)
    EXPECT_EQ(exact(509773).plus(exact(117163))->toPlainString(), u"626936"_s);
    // 0.12 + 0.1 = 0.22, never 0.22000000000000003
    EXPECT_EQ(exact(12, 2).plus(exact(1, 1))->toPlainString(), u"0.22"_s);
    // 414,827 - 354,331 = 60,496
    EXPECT_EQ(exact(414827).minus(exact(354331))->toPlainString(), u"60496"_s);
    EXPECT_EQ(exact(60496).minus(exact(90926))->toPlainString(), u"-30430"_s);
}

TEST(Amount, OverflowIsAnErrorNeverAWrappedValue)
{
    const Amount max = exact(std::numeric_limits<qint64>::max());
    EXPECT_FALSE(max.plus(exact(1)).has_value());
    EXPECT_FALSE(exact(std::numeric_limits<qint64>::min()).negated().has_value());
    EXPECT_FALSE(max.times(2).has_value());
    // Aligning decimals can overflow too: 9.2e18 + 0.1 needs 10x the mantissa.
    EXPECT_FALSE(max.plus(exact(1, 1)).has_value());
}

TEST(Amount, ComparesByValueWhateverTheDecimals)
{
    EXPECT_EQ(exact(110, 2), exact(11, 1));
    EXPECT_LT(exact(-1064), exact(0));
    EXPECT_GT(exact(662, 1), exact(66199, 3));
    EXPECT_TRUE(exact(110, 2) == exact(11, 1));
    EXPECT_FALSE(exact(110, 2).isIdenticalTo(exact(11, 1)));
}

struct RoundCase
{
    qint64 mantissa;
    int decimals;
    int places;
    const char *expected;
};

class AmountRounding : public ::testing::TestWithParam<RoundCase>
{ };

TEST_P(AmountRounding, RoundsHalfAwayFromZero)
{
    const RoundCase c = GetParam();
    const auto rounded = exact(c.mantissa, c.decimals).rounded(c.places);
    ASSERT_TRUE(rounded);
    EXPECT_EQ(rounded->toPlainString(), QString::fromLatin1(c.expected));
}

INSTANTIATE_TEST_SUITE_P(Table, AmountRounding,
                         ::testing::Values(RoundCase{125, 2, 1, "1.3"}, RoundCase{-125, 2, 1, "-1.3"},
                                           RoundCase{124, 2, 1, "1.2"}, RoundCase{-124, 2, 1, "-1.2"},
                                           RoundCase{2979146, 2, 0, "29791"}, // 29,791.46 shares
                                           RoundCase{5, 1, 0, "1"}, RoundCase{-5, 1, 0, "-1"},
                                           RoundCase{11, 2, 4, "0.1100"}, RoundCase{626936, 0, 0, "626936"}));

TEST(Amount, RatioRoundsToTheRequestedDecimals)
{
    // Diluted EPS: 66,647 ÷ 604,905 = 0.1101… -> 0.11
    EXPECT_EQ(Amount::ratio(exact(66647), exact(604905), 2)->toPlainString(), u"0.11"_s);
    // Gross margin %: 414,827 ÷ 626,936 × 100 = 66.167… -> 66.2
    EXPECT_EQ(Amount::ratio(exact(41482700), exact(626936), 1)->toPlainString(), u"66.2"_s);
    // Income tax rate: 16,930 ÷ 62,635 = 27.0%
    EXPECT_EQ(Amount::ratio(exact(1693000), exact(62635), 1)->toPlainString(), u"27.0"_s);
    // Negative and half-way cases round away from zero.
    EXPECT_EQ(Amount::ratio(exact(-1), exact(8), 2)->toPlainString(), u"-0.13"_s);
    EXPECT_EQ(Amount::ratio(exact(1), exact(8), 2)->toPlainString(), u"0.13"_s);
    EXPECT_FALSE(Amount::ratio(exact(1), exact(0), 2).has_value());
}

TEST(AmountIntervalTest, APrintedValueStandsForHalfAUnitEitherSide)
{
    const AmountInterval i = exact(626936).interval();
    EXPECT_EQ(i.lowString(), u"626935.5"_s);
    EXPECT_EQ(i.highString(), u"626936.5"_s);
    const AmountInterval p = exact(11, 2).interval();
    EXPECT_EQ(p.lowString(), u"0.105"_s);
    EXPECT_EQ(p.highString(), u"0.115"_s);
    EXPECT_TRUE(p.contains(exact(1101, 4)));
    EXPECT_FALSE(p.contains(exact(116, 3)));
}

TEST(AmountIntervalTest, SumsOverlapWhenATotalTiesWithinRounding)
{
    // 0.6% + 0.2% printed against a 0.7% difference ties: [0.7, 0.9] ∩ [0.65, 0.75] ≠ ∅
    const auto sum = exact(6, 1).interval().plus(exact(2, 1).interval());
    ASSERT_TRUE(sum);
    EXPECT_EQ(sum->lowString(), u"0.70"_s);
    EXPECT_EQ(sum->highString(), u"0.90"_s);
    EXPECT_TRUE(sum->overlaps(exact(7, 1).interval()));
    EXPECT_FALSE(sum->overlaps(exact(6, 1).interval()));
    // A negative weight swaps the bounds.
    const auto negative = exact(455).interval().times(-1);
    ASSERT_TRUE(negative);
    EXPECT_EQ(negative->lowString(), u"-455.5"_s);
    EXPECT_EQ(negative->highString(), u"-454.5"_s);
}
