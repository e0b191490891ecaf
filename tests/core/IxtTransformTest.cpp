// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/IxtTransform.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

// The decimal a format reads from a text; the error, marked, when there is
// one, so that a failing comparison shows it.
QString read(QStringView format, QStringView shown)
{
    const IxtTransform::Result r = IxtTransform::apply(format, shown);
    if (!r.ok())
        return u"error: "_s + r.error;
    return r.decimal;
}

// The error a format gives for a text; a failure when it reads a number.
QString errorOf(QStringView format, QStringView shown)
{
    const IxtTransform::Result r = IxtTransform::apply(format, shown);
    EXPECT_FALSE(r.ok()) << "read \"" << r.decimal.toStdString() << "\"";
    EXPECT_TRUE(r.decimal.isEmpty());
    return r.error;
}

} // namespace

TEST(IxtTransform, DotDecimalReadsWhatFilingsShow)
{
    // aapl-10-q-2025-08-01.html: shares outstanding (f-45), net income (f-107).
    EXPECT_EQ(read(u"num-dot-decimal", u"14,840,390,000"), u"14840390000"_s);
    EXPECT_EQ(read(u"num-dot-decimal", u"23,434"), u"23434"_s);
    // aeon-biopharma-2023q3-10-q.htm: par value per share, registry-2 name.
    EXPECT_EQ(read(u"numdotdecimal", u"0.0001"), u"0.0001"_s);
    EXPECT_EQ(read(u"num-dot-decimal", u"1,234,567.89"), u"1234567.89"_s);
    EXPECT_EQ(read(u"num-dot-decimal", u"391,035"), u"391035"_s);
    EXPECT_EQ(read(u"num-dot-decimal", u"0.55"), u"0.55"_s);
    EXPECT_EQ(read(u"num-dot-decimal", u"0"), u"0"_s);
}

TEST(IxtTransform, DotDecimalSeparatorsAndSpacing)
{
    EXPECT_EQ(read(u"num-dot-decimal", u"1 234 567"), u"1234567"_s);
    EXPECT_EQ(read(u"num-dot-decimal", u"1\u00A0234\u00A0567.5"), u"1234567.5"_s);
    EXPECT_EQ(read(u"num-dot-decimal", u"  \u200B12,345\u00A0 \n"), u"12345"_s);
    // Registry 4 takes groups of any length: Indian grouping reads too.
    EXPECT_EQ(read(u"num-dot-decimal", u"1,23,45,678.90"), u"12345678.90"_s);
    // ... and spaced fraction digits.
    EXPECT_EQ(read(u"num-dot-decimal", u"0.123 456"), u"0.123456"_s);
    EXPECT_EQ(read(u"num-dot-decimal", u".5"), u"0.5"_s);
}

TEST(IxtTransform, LeadingZerosGoTrailingFractionZerosStay)
{
    EXPECT_EQ(read(u"num-dot-decimal", u"007"), u"7"_s);
    EXPECT_EQ(read(u"num-dot-decimal", u"000"), u"0"_s);
    EXPECT_EQ(read(u"num-dot-decimal", u"00.50"), u"0.50"_s);
    EXPECT_EQ(read(u"num-dot-decimal", u"1.50"), u"1.50"_s);
    EXPECT_EQ(read(u"num-comma-decimal", u"0012,300"), u"12.300"_s);
}

TEST(IxtTransform, OlderNamesReadTheSame)
{
    EXPECT_EQ(read(u"numdotdecimal", u"2,037,839.25"), u"2037839.25"_s);
    EXPECT_EQ(read(u"numcommadot", u"2,037,839.25"), u"2037839.25"_s);
    EXPECT_EQ(read(u"numspacedot", u"2 037 839.25"), u"2037839.25"_s);
    EXPECT_EQ(read(u"numcommadecimal", u"2.037.839,25"), u"2037839.25"_s);
    EXPECT_EQ(read(u"numdotcomma", u"2.037.839,25"), u"2037839.25"_s);
    EXPECT_EQ(read(u"numspacecomma", u"2 037 839,25"), u"2037839.25"_s);
    EXPECT_EQ(read(u"numcomma", u"839,25"), u"839.25"_s);
}

TEST(IxtTransform, DotDecimalRejectsWithTheExpectedForm)
{
    EXPECT_EQ(errorOf(u"num-dot-decimal", u"12a"),
              u"\"12a\" is not a number in the num-dot-decimal format: expected digits with \",\" or \" \" "
              u"between thousands and \".\" before decimals"_s);
    // Registry 4 dropped "." as a thousands separator here.
    EXPECT_TRUE(errorOf(u"num-dot-decimal", u"1.234.567").contains(u"\"1.234.567\" is not a number"));
    EXPECT_TRUE(errorOf(u"num-dot-decimal", u"1,234.5,6").contains(u"num-dot-decimal format"));
    EXPECT_TRUE(errorOf(u"num-dot-decimal", u"12.").contains(u"\"12.\""));
    EXPECT_TRUE(errorOf(u"num-dot-decimal", u".").contains(u"expected digits"));
    EXPECT_TRUE(errorOf(u"numdotdecimal", u"1'234").contains(u"numdotdecimal format"));
}

TEST(IxtTransform, EmptyIsNotANumber)
{
    const QString error = errorOf(u"num-dot-decimal", u" \u00A0\u200B ");
    EXPECT_TRUE(error.startsWith(u"the text is empty")) << qPrintable(error);
    EXPECT_TRUE(error.contains(u"num-dot-decimal format")) << qPrintable(error);
    EXPECT_TRUE(errorOf(u"num-dot-decimal", u",").contains(u"expected digits"));
    EXPECT_TRUE(errorOf(u"num-comma-decimal", u"").startsWith(u"the text is empty"));
}

TEST(IxtTransform, SignsAndDashesAreNotNumbers)
{
    // sign="-" carries the sign; a transform that reads a dash as zero is
    // named for it.
    QString error = errorOf(u"num-dot-decimal", u"-5");
    EXPECT_TRUE(error.contains(u"sign attribute")) << qPrintable(error);
    error = errorOf(u"num-dot-decimal", u"(1,064)");
    EXPECT_TRUE(error.contains(u"sign attribute")) << qPrintable(error);
    error = errorOf(u"num-dot-decimal", u"\u2014");
    EXPECT_TRUE(error.contains(u"fixed-zero")) << qPrintable(error);
    EXPECT_TRUE(error.contains(u"zerodash")) << qPrintable(error);
    error = errorOf(u"num-dot-decimal", u"-");
    EXPECT_TRUE(error.contains(u"dash stands for zero")) << qPrintable(error);
}

TEST(IxtTransform, CommaDecimal)
{
    EXPECT_EQ(read(u"num-comma-decimal", u"1.234.567,89"), u"1234567.89"_s);
    EXPECT_EQ(read(u"num-comma-decimal", u"1 234,5"), u"1234.5"_s);
    EXPECT_EQ(read(u"num-comma-decimal", u"1\u00A0234"), u"1234"_s);
    EXPECT_EQ(read(u"num-comma-decimal", u"0,55"), u"0.55"_s);
    const QString error = errorOf(u"num-comma-decimal", u"1,234.56");
    EXPECT_TRUE(error.contains(u"expected digits with \".\" or \" \" between thousands and \",\" before decimals"))
        << qPrintable(error);
}

TEST(IxtTransform, ApostropheGrouping)
{
    EXPECT_EQ(read(u"num-dot-decimal-apos", u"1'234'567.89"), u"1234567.89"_s);
    EXPECT_EQ(read(u"num-dot-decimal-apos", u"1\u2019234,567"), u"1234567"_s);
    EXPECT_EQ(read(u"num-comma-decimal-apos", u"1'234,50"), u"1234.50"_s);
    EXPECT_TRUE(errorOf(u"num-dot-decimal", u"1'234.5").contains(u"num-dot-decimal format"));
}

TEST(IxtTransform, IndianGrouping)
{
    EXPECT_EQ(read(u"numdotdecimalin", u"1,23,45,678.90"), u"12345678.90"_s);
    EXPECT_EQ(read(u"numdotdecimalin", u"12,345"), u"12345"_s);
    EXPECT_EQ(read(u"numdotdecimalin", u"1,234"), u"1234"_s);
    EXPECT_EQ(read(u"numdotdecimalin", u"1234567"), u"1234567"_s);
    EXPECT_EQ(read(u"numdotdecimalin", u"99 99 999"), u"9999999"_s);
    // Western grouping is not Indian: the middle groups have two digits.
    const QString error = errorOf(u"numdotdecimalin", u"1,234,567");
    EXPECT_TRUE(error.contains(u"Indian groups")) << qPrintable(error);
    EXPECT_TRUE(errorOf(u"numdotdecimalin", u"1,23,45,678.").contains(u"Indian groups"));
    EXPECT_TRUE(errorOf(u"numdotdecimalin", u"123,45,678").contains(u"Indian groups"));
}

TEST(IxtTransform, UnitDecimal)
{
    EXPECT_EQ(read(u"num-unit-decimal", u"5 dollars 25 cents"), u"5.25"_s);
    // One fraction digit is a count of hundredths: 5 cents is .05.
    EXPECT_EQ(read(u"num-unit-decimal", u"5 dollars 5 cents"), u"5.05"_s);
    EXPECT_EQ(read(u"numunitdecimal", u"1,234 dollars and 50 cents"), u"1234.50"_s);
    EXPECT_EQ(read(u"num-unit-decimal", u"0 euro 99"), u"0.99"_s);
    // Full-width digits, as Japanese filings write them: 12 yen 34 sen.
    EXPECT_EQ(read(u"num-unit-decimal", u"\uFF11\uFF12\u5186\uFF13\uFF14\u92AD"), u"12.34"_s);
    EXPECT_EQ(read(u"num-unit-decimal-apos", u"1'234 francs 50"), u"1234.50"_s);
    EXPECT_EQ(read(u"numunitdecimalin", u"1,23,456 rupees 50 paise"), u"123456.50"_s);

    QString error = errorOf(u"num-unit-decimal", u"5 dollars");
    EXPECT_TRUE(error.contains(u"one or two digits of the fraction")) << qPrintable(error);
    EXPECT_TRUE(errorOf(u"num-unit-decimal", u"dollars 25").contains(u"a whole number, a unit"));
    EXPECT_TRUE(errorOf(u"num-unit-decimal", u"5 dollars 125 cents").contains(u"num-unit-decimal format"));
    // The unit may be a space (the registry's pattern allows it), not a separator.
    EXPECT_EQ(read(u"num-unit-decimal", u"5 25"), u"5.25"_s);
    EXPECT_TRUE(errorOf(u"num-unit-decimal", u"5.25").contains(u"num-unit-decimal format"));
    EXPECT_TRUE(errorOf(u"numunitdecimalin", u"1,234,567 rupees 5").contains(u"Indian groups"));
}

TEST(IxtTransform, FixedZeroReadsAnythingAsZero)
{
    // Texts filings show under ixt:fixed-zero (americanexpress-2023q3-10-q.htm
    // and others in ../shared/edgar/ixbrl/).
    EXPECT_EQ(read(u"fixed-zero", u"\u2014"), u"0"_s);
    EXPECT_EQ(read(u"fixed-zero", u"nil"), u"0"_s);
    EXPECT_EQ(read(u"fixed-zero", u"None"), u"0"_s);
    EXPECT_EQ(read(u"fixed-zero", u"not"), u"0"_s);
    EXPECT_EQ(read(u"fixed-zero", u""), u"0"_s);
    EXPECT_EQ(read(u"fixed-zero", u"12"), u"0"_s);
}

TEST(IxtTransform, ZeroDashTakesOneDash)
{
    // aeon-biopharma-2023q3-10-q.htm shows &#8212; under ixt:zerodash.
    EXPECT_EQ(read(u"zerodash", u"\u2014"), u"0"_s);
    EXPECT_EQ(read(u"zerodash", u"-"), u"0"_s);
    EXPECT_EQ(read(u"zerodash", u" \u2013 "), u"0"_s);
    EXPECT_EQ(read(u"zerodash", u"\u2012"), u"0"_s);
    EXPECT_EQ(read(u"zerodash", u"\u2015"), u"0"_s);
    EXPECT_EQ(read(u"zerodash", u"\u2212"), u"0"_s);
    EXPECT_EQ(read(u"zero-dash", u"\u00A0-\u00A0"), u"0"_s);
    EXPECT_EQ(read(u"numdash", u"-"), u"0"_s);

    const QString error = errorOf(u"zerodash", u"0");
    EXPECT_TRUE(error.contains(u"expected a single dash standing for zero")) << qPrintable(error);
    EXPECT_TRUE(errorOf(u"zerodash", u"").startsWith(u"the text is empty"));
    EXPECT_TRUE(errorOf(u"zerodash", u"--").contains(u"single dash"));
    EXPECT_TRUE(errorOf(u"zerodash", u"n/a").contains(u"\"n/a\""));
}

TEST(IxtTransform, WordsAsFilingsShowThem)
{
    // Shown under ixt-sec:numwordsen in ../shared/edgar/ixbrl/: "none" and
    // "three" (oracle-fy2024q1-10-q.htm), "nil" and "six"
    // (americanexpress-2023q3-10-q.htm), and no, one, two, four, five, zero.
    EXPECT_EQ(read(u"numwordsen", u"none"), u"0"_s);
    EXPECT_EQ(read(u"numwordsen", u"no"), u"0"_s);
    EXPECT_EQ(read(u"numwordsen", u"nil"), u"0"_s);
    EXPECT_EQ(read(u"numwordsen", u"zero"), u"0"_s);
    EXPECT_EQ(read(u"numwordsen", u"one"), u"1"_s);
    EXPECT_EQ(read(u"numwordsen", u"two"), u"2"_s);
    EXPECT_EQ(read(u"numwordsen", u"three"), u"3"_s);
    EXPECT_EQ(read(u"numwordsen", u"four"), u"4"_s);
    EXPECT_EQ(read(u"numwordsen", u"five"), u"5"_s);
    EXPECT_EQ(read(u"numwordsen", u"six"), u"6"_s);
}

TEST(IxtTransform, WordsCompose)
{
    EXPECT_EQ(read(u"numwordsen", u"nineteen"), u"19"_s);
    EXPECT_EQ(read(u"numwordsen", u"twenty"), u"20"_s);
    EXPECT_EQ(read(u"numwordsen", u"twenty-five"), u"25"_s);
    EXPECT_EQ(read(u"numwordsen", u"twenty five"), u"25"_s);
    EXPECT_EQ(read(u"numwordsen", u"ninety\u2013nine"), u"99"_s);
    EXPECT_EQ(read(u"numwordsen", u"a hundred"), u"100"_s);
    EXPECT_EQ(read(u"numwordsen", u"One Hundred and Five"), u"105"_s);
    EXPECT_EQ(read(u"numwordsen", u"TWELVE"), u"12"_s);
    EXPECT_EQ(read(u"numwordsen", u"three hundred twenty-one thousand five"), u"321005"_s);
    EXPECT_EQ(read(u"numwordsen", u"one thousand and one"), u"1001"_s);
    EXPECT_EQ(read(u"numwordsen", u"one million, two hundred thousand"), u"1200000"_s);
    EXPECT_EQ(read(u"numwordsen", u"a thousand"), u"1000"_s);
    EXPECT_EQ(read(u"numwordsen", u"fifteen hundred"), u"1500"_s);
    EXPECT_EQ(read(u"numwordsen", u"two billion seven million"), u"2007000000"_s);
    EXPECT_EQ(read(u"numwordsen", u"\u00A0seven\u00A0"), u"7"_s);
    // Beyond 64 bits, still exact.
    EXPECT_EQ(read(u"numwordsen", u"nine hundred ninety-nine quintillion one"), u"999000000000000000001"_s);
    EXPECT_EQ(read(u"numwordsen", u"nineteen hundred quintillion"), u"1900000000000000000000"_s);
}

TEST(IxtTransform, WordsRejectWithTheReason)
{
    QString error = errorOf(u"numwordsen", u"five dollars");
    EXPECT_TRUE(error.contains(u"\"dollars\" is not a number word")) << qPrintable(error);
    EXPECT_TRUE(error.contains(u"in the numwordsen format: expected a whole number in English words"))
        << qPrintable(error);
    error = errorOf(u"numwordsen", u"thousand");
    EXPECT_TRUE(error.contains(u"\"thousand\" needs a number before it")) << qPrintable(error);
    error = errorOf(u"numwordsen", u"one thousand two million");
    EXPECT_TRUE(error.contains(u"\"million\" comes after a smaller scale word")) << qPrintable(error);
    error = errorOf(u"numwordsen", u"one-hundred");
    EXPECT_TRUE(error.contains(u"hyphen joins only tens and units")) << qPrintable(error);
    error = errorOf(u"numwordsen", u"twenty-");
    EXPECT_TRUE(error.contains(u"end with")) << qPrintable(error);
    error = errorOf(u"numwordsen", u"5");
    EXPECT_TRUE(error.contains(u"\"5\" is not part of a number in words")) << qPrintable(error);
    error = errorOf(u"numwordsen", u"twenty five six");
    EXPECT_TRUE(error.contains(u"\"six\" is out of place")) << qPrintable(error);
    error = errorOf(u"numwordsen", u"zero five");
    EXPECT_TRUE(error.contains(u"\"zero\" stands alone")) << qPrintable(error);
    error = errorOf(u"numwordsen", u"no one");
    EXPECT_TRUE(error.contains(u"\"no\" stands alone")) << qPrintable(error);
    error = errorOf(u"numwordsen", u"twenty and five");
    EXPECT_TRUE(error.contains(u"\"and\" comes only after hundred")) << qPrintable(error);
    error = errorOf(u"numwordsen", u"one hundred and");
    EXPECT_TRUE(error.contains(u"end with \"and\"")) << qPrintable(error);
    error = errorOf(u"numwordsen", u"five, six");
    EXPECT_TRUE(error.contains(u"comma comes only after thousand")) << qPrintable(error);
    error = errorOf(u"numwordsen", u"one thousand fifteen hundred");
    EXPECT_TRUE(error.contains(u"below a thousand")) << qPrintable(error);
    EXPECT_TRUE(errorOf(u"numwordsen", u"").startsWith(u"the text is empty"));
}

TEST(IxtTransform, InfinityAndNaNAreNotAmounts)
{
    QString error = errorOf(u"numinf", u"unlimited");
    EXPECT_TRUE(error.contains(u"infinity")) << qPrintable(error);
    EXPECT_TRUE(error.contains(u"not a finite amount")) << qPrintable(error);
    error = errorOf(u"numneginf", u"");
    EXPECT_TRUE(error.contains(u"negative infinity")) << qPrintable(error);
    error = errorOf(u"numnan", u"n/a");
    EXPECT_TRUE(error.contains(u"NaN")) << qPrintable(error);
    EXPECT_TRUE(error.contains(u"not a finite amount")) << qPrintable(error);
}

TEST(IxtTransform, NoFormatTakesAPlainDecimal)
{
    EXPECT_EQ(read(u"", u"1234.56"), u"1234.56"_s);
    EXPECT_EQ(read(u"", u" 12 "), u"12"_s);
    EXPECT_EQ(read(u"", u"\u00A0700000\u200B"), u"700000"_s);
    EXPECT_EQ(read(u"", u"007"), u"7"_s);
    EXPECT_EQ(read(u"", u"0.5"), u"0.5"_s);
    EXPECT_EQ(read(u"", u".5"), u"0.5"_s);
    EXPECT_EQ(read(u"", u"1."), u"1"_s);
    EXPECT_EQ(read(u"", u"1.50"), u"1.50"_s);

    QString error = errorOf(u"", u"-5");
    EXPECT_TRUE(error.contains(u"sign attribute")) << qPrintable(error);
    EXPECT_TRUE(error.contains(u"no format attribute")) << qPrintable(error);
    EXPECT_TRUE(errorOf(u"", u"+5").contains(u"sign attribute"));
    error = errorOf(u"", u"1,234");
    EXPECT_TRUE(error.contains(u"need a format such as num-dot-decimal")) << qPrintable(error);
    EXPECT_TRUE(errorOf(u"", u"").startsWith(u"the text is empty"));
    EXPECT_TRUE(errorOf(u"", u".").contains(u"expected digits"));
    EXPECT_TRUE(errorOf(u"", u"12a").contains(u"\"12a\" is not a plain number"));
    EXPECT_TRUE(errorOf(u"", u"1.2.3").contains(u"at most one \".\""));
}

TEST(IxtTransform, UnknownFormatsNameTheKnownOnes)
{
    for (const QStringView format : {u"date-monthname-day-year-en", u"fixed-true", u"fixed-empty", u"duryear",
                                     u"num-dot-decimal-in", u"NumDotDecimal", u"no-such-format"}) {
        const QString error = errorOf(format, u"12");
        EXPECT_TRUE(error.startsWith(u"unknown number format \"%1\": expected one of num-dot-decimal, "_s.arg(format)))
            << qPrintable(error);
        EXPECT_TRUE(error.contains(u"zerodash, numwordsen")) << qPrintable(error);
        EXPECT_FALSE(IxtTransform::knows(format)) << qPrintable(format.toString());
    }
}

TEST(IxtTransform, KnowsTheNumberTransforms)
{
    for (const QStringView format :
         {u"num-dot-decimal", u"numdotdecimal", u"numcommadot", u"num-comma-decimal", u"numcommadecimal",
          u"numdotcomma", u"fixed-zero", u"zerodash", u"zero-dash", u"num-unit-decimal", u"numunitdecimal",
          u"numdotdecimalin", u"numwordsen", u"numinf", u"numneginf", u"numnan"})
        EXPECT_TRUE(IxtTransform::knows(format)) << qPrintable(format.toString());
    EXPECT_FALSE(IxtTransform::knows(u""));
    // The whole QName reads by its local name.
    EXPECT_TRUE(IxtTransform::knows(u"ixt:num-dot-decimal"));
    EXPECT_EQ(read(u"ixt-sec:numwordsen", u"two"), u"2"_s);
}
