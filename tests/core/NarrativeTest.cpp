// SPDX-License-Identifier: GPL-3.0-or-later
// Figures in the release's narrative matched to the cells they round from.
// Expected figures are typed in from the filing.
#include "analysis/NarrativeMatcher.h"
#include "import/FilingImporter.h"
#include "support/TestData.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

struct ExpectedClaim
{
    const char16_t *text;
    int rowLine;            // 0: unmatched
    int periodYear;         // the (later) period's year
    const char16_t *computed;
};

// Lines 13–25 of the release: the headline and the first paragraphs.
const ExpectedClaim Claims[] = {
        {u"$626.9M", 65, 2007, u"626936"},
        {u"11%", 65, 2007, u"10.6"},                 // 626,936 ÷ 566,714 − 1
        {u"$0.11", 86, 2007, u"0.11"},
        {u"$0.19", 171, 2007, u"0.19"},
        {u"$626.9 million", 65, 2007, u"626936"},
        {u"$566.7 million", 65, 2006, u"566714"},
        {u"11 percent", 65, 2007, u"10.6"},
        {u"$66.6 million", 83, 2007, u"66647"},
        {u"$0.11", 86, 2007, u"0.11"},
        {u"$75.8 million", 83, 2006, u"75763"},
        {u"$0.13", 86, 2006, u"0.13"},               // "… per share for the first quarter of 2006"
        {u"$112.4 million", 168, 2007, u"112352"},
        {u"$0.19", 171, 2007, u"0.19"},
        {u"$113.4 million", 168, 2006, u"113361"},
        {u"$0.19", 171, 2006, u"0.19"},
        {u"$152.6 million", 267, 2007, u"152644"},
        {u"$138.6 million", 267, 2006, u"138558"},
        {u"$32.4 million", 269, 2007, u"-32373"},    // capital expenditures
        {u"$22.2 million", 0, 0, u""},               // depreciation has no cell of its own
};

} // namespace

TEST(Narrative, MatchesEachFigureToTheCellItRoundsFrom)
{
    const Filing filing = TestData::load(TestData::bundled(u"earnings"_s));
    const QList<NarrativeClaim> claims = NarrativeMatcher::match(filing);
    ASSERT_EQ(claims.size(), qsizetype(std::size(Claims)));
    for (qsizetype i = 0; i < claims.size(); ++i) {
        const NarrativeClaim &claim = claims[i];
        const ExpectedClaim &expected = Claims[i];
        EXPECT_EQ(claim.text, QString::fromUtf16(expected.text)) << "claim " << i;
        EXPECT_EQ(claim.matched, expected.rowLine != 0) << qPrintable(claim.text);
        if (!claim.matched)
            continue;
        const Schedule &schedule = filing.schedules[claim.row.schedule];
        EXPECT_EQ(schedule.rows[claim.row.row].location.line, expected.rowLine) << qPrintable(claim.text);
        EXPECT_EQ(schedule.periods[claim.period].date.year(), expected.periodYear) << qPrintable(claim.text);
        EXPECT_EQ(claim.computed, QString::fromUtf16(expected.computed)) << qPrintable(claim.text);
    }
}

TEST(Narrative, AGrowthRateNamesBothPeriods)
{
    const Filing filing = TestData::load(TestData::bundled(u"earnings"_s));
    const QList<NarrativeClaim> claims = NarrativeMatcher::match(filing);
    ASSERT_GE(claims.size(), 7);
    const NarrativeClaim &growth = claims[6];
    EXPECT_EQ(growth.kind, NarrativeClaim::Kind::Growth);
    EXPECT_EQ(growth.value, u"11"_s);
    const Schedule &schedule = filing.schedules[growth.row.schedule];
    EXPECT_EQ(schedule.periods[growth.basePeriod].date, QDate(2006, 3, 31));
    EXPECT_EQ(schedule.periods[growth.period].date, QDate(2007, 3, 31));
    // The figure's place in its paragraph, for a link in the narrative view.
    const QString &paragraph = filing.narrative[growth.paragraph].text;
    EXPECT_EQ(paragraph.mid(growth.offset, growth.length), u"11 percent"_s);
}

// Two companies' releases in one document, each quoting $577.0 million:
// Alder's total is 577,012 and Birch's 576,984, and both round to the quote.
// Each release's figure is its own company's, not the first in the file.
TEST(Narrative, AQuoteIsMatchedInItsOwnCompanysSchedules)
{
    const QByteArray document =
            "**Alder Systems, Inc. Reports Q1'02 Financial Results**  \n"
            "\n"
            "Net revenues for the first quarter of 2002 were \\$577.0 million, "
            "compared with \\$422.8 million for the first quarter of 2001.\n"
            "\n"
            "**Alder Systems, Inc.**  \n"
            "**Condensed Consolidated Statements of Operations**  \n"
            "(in thousands)  \n"
            "(unaudited)\n"
            "\n"
            "\tThree Months Ended March 31,\t\n"
            "\t2002\t2001\n"
            "Net revenues:\t\t\n"
            "Product\t\\$ 477,600\t\\$ 310,186\n"
            "Service\t99,412\t112,585\n"
            "Total net revenues\t<u>577,012</u>\t<u>422,771</u>\n"
            "\n"
            "**Birch Networks, Inc. Reports Q1'02 Financial Results**  \n"
            "\n"
            "Net revenues for the first quarter of 2002 were \\$577.0 million, "
            "compared with \\$422.8 million for the first quarter of 2001.\n"
            "\n"
            "**Birch Networks, Inc.**  \n"
            "**Condensed Consolidated Statements of Operations**  \n"
            "(in thousands)  \n"
            "(unaudited)\n"
            "\n"
            "\tThree Months Ended March 31,\t\n"
            "\t2002\t2001\n"
            "Net revenues:\t\t\n"
            "Product\t\\$ 477,562\t\\$ 310,190\n"
            "Service\t99,422\t112,585\n"
            "Total net revenues\t<u>576,984</u>\t<u>422,775</u>\n";
    const ImportResult result = FilingImporter::importBytes(document, u"two-companies.txt"_s);
    ASSERT_TRUE(result.filing.has_value());
    const Filing &filing = *result.filing;
    const QList<NarrativeClaim> claims = NarrativeMatcher::match(filing);
    ASSERT_EQ(claims.size(), 4);
    const int lines[] = {15, 15, 31, 31};  // "Total net revenues" of Alder, then of Birch
    const char16_t *computed[] = {u"577012", u"422771", u"576984", u"422775"};
    for (qsizetype i = 0; i < claims.size(); ++i) {
        ASSERT_TRUE(claims[i].matched) << i;
        EXPECT_EQ(filing.schedules[claims[i].row.schedule].rows[claims[i].row.row].location.line, lines[i]) << i;
        EXPECT_EQ(claims[i].computed, QString::fromUtf16(computed[i])) << i;
    }
}
