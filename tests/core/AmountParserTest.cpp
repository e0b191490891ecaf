// SPDX-License-Identifier: GPL-3.0-or-later
#include "amount/AmountParser.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

struct ParseCase
{
    const char16_t *text;
    const char *value; // plain exact decimal; "" for nil
    bool currency;
    bool percent;
};

class AmountParsing : public ::testing::TestWithParam<ParseCase>
{ };

TEST_P(AmountParsing, ReadsWhatFilingsPrint)
{
    const ParseCase c = GetParam();
    const AmountParseResult r = AmountParser::parse(QStringView(c.text));
    ASSERT_TRUE(r.ok) << qPrintable(r.error);
    EXPECT_EQ(r.amount.toPlainString(), QString::fromLatin1(c.value));
    EXPECT_EQ(r.currency, c.currency);
    EXPECT_EQ(r.percent, c.percent);
}

INSTANTIATE_TEST_SUITE_P(
    Table, AmountParsing,
    ::testing::Values(ParseCase{u"626,936", "626936", false, false}, ParseCase{u"$ 66,647", "66647", true, false},
                      ParseCase{u"$66,647", "66647", true, false}, ParseCase{u"(1,064)", "-1064", false, false},
                      ParseCase{u"$ (1,064)", "-1064", true, false}, ParseCase{u"($1,064)", "-1064", true, false},
                      ParseCase{u"-1,064", "-1064", false, false}, ParseCase{u"0.11", "0.11", false, false},
                      ParseCase{u"$ 0.20", "0.20", true, false}, ParseCase{u"66.2%", "66.2", false, true},
                      ParseCase{u"(0.6%)", "-0.6", false, true}, ParseCase{u"(0.6)%", "-0.6", false, true},
                      ParseCase{u"0.00001", "0.00001", false, false},
                      ParseCase{u"  2,037,839 ", "2037839", false, false}, ParseCase{u"6", "6", false, false},
                      ParseCase{u"2007", "2007", false, false}, ParseCase{u"-", "", false, false},
                      ParseCase{u"\u2014", "", false, false}, ParseCase{u"\u2013", "", false, false},
                      ParseCase{u"", "", false, false}, ParseCase{u"   ", "", false, false},
                      ParseCase{u"999,999,999,999,999,999", "999999999999999999", false, false}));

TEST(AmountParser, NilIsNotZero)
{
    EXPECT_TRUE(AmountParser::parse(u"-").amount.isNil());
    EXPECT_TRUE(AmountParser::parse(u"-").dash);
    EXPECT_TRUE(AmountParser::parse(u"").amount.isNil());
    EXPECT_FALSE(AmountParser::parse(u"").dash);
    EXPECT_FALSE(AmountParser::parse(u"0").amount.isNil());
}

struct RejectCase
{
    const char16_t *text;
    const char *error; // a part of the message
    qsizetype offset;
};

class AmountRejecting : public ::testing::TestWithParam<RejectCase>
{ };

TEST_P(AmountRejecting, SaysWhyAndWhere)
{
    const RejectCase c = GetParam();
    const AmountParseResult r = AmountParser::parse(QStringView(c.text));
    ASSERT_FALSE(r.ok);
    EXPECT_TRUE(r.error.contains(QString::fromLatin1(c.error))) << qPrintable(r.error);
    EXPECT_EQ(r.errorOffset, c.offset);
}

INSTANTIATE_TEST_SUITE_P(
    Table, AmountRejecting,
    ::testing::Values(RejectCase{u"14l,O93", "unexpected 'l'", 2}, RejectCase{u"(1,064", "expected ')'", 6},
                      RejectCase{u"1,064)", "no matching '('", 5}, RejectCase{u"abc", "expected a number", 0},
                      RejectCase{u"1,0644", "misplaced thousands separator", 1},
                      RejectCase{u"12,34", "misplaced thousands separator", 2},
                      RejectCase{u"9,999,999,999,999,999,999", "number too large", 24},
                      RejectCase{u"0.1234567890123456789", "too many decimals", 20},
                      RejectCase{u"12.5.3", "unexpected '.'", 4}, RejectCase{u"$", "expected a number", 1}));
