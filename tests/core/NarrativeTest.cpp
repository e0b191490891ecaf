// SPDX-License-Identifier: GPL-3.0-or-later
// Figures in the release's narrative matched to the cells they round from.
// Expected figures are typed in from the filing.
#include "import/FilingImporter.h"
#include "narrative/NarrativeMatcher.h"
#include "support/TestData.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

struct ExpectedClaim
{
    const char16_t *text;
    int rowLine;    // 0: unmatched
    int periodYear; // the (later) period's year
    const char16_t *computed;
};

// Lines 13–25 of the release: the headline and the first paragraphs.
const ExpectedClaim Claims[] = {
    {u"$626.9M", 65, 2007, u"626936"},
    {u"11%", 65, 2007, u"10.6"}, // 626,936 ÷ 566,714 − 1
    {u"$0.11", 86, 2007, u"0.11"},
    {u"$0.19", 171, 2007, u"0.19"},
    {u"$626.9 million", 65, 2007, u"626936"},
    {u"$566.7 million", 65, 2006, u"566714"},
    {u"11 percent", 65, 2007, u"10.6"},
    {u"$66.6 million", 83, 2007, u"66647"},
    {u"$0.11", 86, 2007, u"0.11"},
    {u"$75.8 million", 83, 2006, u"75763"},
    {u"$0.13", 86, 2006, u"0.13"}, // "… per share for the first quarter of 2006"
    {u"$112.4 million", 168, 2007, u"112352"},
    {u"$0.19", 171, 2007, u"0.19"},
    {u"$113.4 million", 168, 2006, u"113361"},
    {u"$0.19", 171, 2006, u"0.19"},
    {u"$152.6 million", 267, 2007, u"152644"},
    {u"$138.6 million", 267, 2006, u"138558"},
    {u"$32.4 million", 269, 2007, u"-32373"}, // capital expenditures
    {u"$22.2 million", 0, 0, u""},            // depreciation has no cell of its own
};

} // namespace

TEST(Narrative, MatchesEachFigureToTheCellItRoundsFrom)
{
    const Filing &filing = TestData::release();
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
    const Filing &filing = TestData::release();
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

namespace {

// A release of `company` for the first quarter of `year`, whose sentence
// quotes `quote` and whose statement of operations prints net revenues of
// product, service and their total, this year and last: 16 lines, its
// total on the 15th.
QByteArray release(const QByteArray &company, int year, const QByteArray &quote, const QByteArray &product,
                   const QByteArray &service, const QByteArray &total)
{
    const QByteArray shortYear = QByteArray::number(year % 100).rightJustified(2, '0');
    return "**" + company + " Reports Q1'" + shortYear
           + " Financial Results**  \n"
             "\n"
             "Net revenues for the first quarter of "
           + QByteArray::number(year) + " were " + quote
           + ".\n"
             "\n"
             "**"
           + company
           + "**  \n"
             "**Condensed Consolidated Statements of Operations**  \n"
             "(in thousands)  \n"
             "(unaudited)\n"
             "\n"
             "\tThree Months Ended March 31,\t\n"
             "\t"
           + QByteArray::number(year) + "\t" + QByteArray::number(year - 1)
           + "\n"
             "Net revenues:\t\t\n"
             "Product\t"
           + product
           + "\n"
             "Service\t"
           + service
           + "\n"
             "Total net revenues\t"
           + total
           + "\n"
             "\n";
}

const QByteArray AlderQuote = "\\$577.0 million, compared with \\$422.8 million for the first quarter of 2001";

// Alder's first quarter of 2002: 577,012 and 422,771.
QByteArray alder2002()
{
    return release("Alder Systems, Inc.", 2002, AlderQuote, "\\$ 477,600\t\\$ 310,186", "99,412\t112,585",
                   "<u>577,012</u>\t<u>422,771</u>");
}

// Birch's, quoting the same rounded figures: 576,984 and 422,775.
QByteArray birch2002()
{
    return release("Birch Networks, Inc.", 2002, AlderQuote, "\\$ 477,562\t\\$ 310,190", "99,422\t112,585",
                   "<u>576,984</u>\t<u>422,775</u>");
}

// Each claim's schedule and the figure it was computed from, in order.
void expectClaims(const QByteArray &document, const QList<std::pair<qsizetype, QString>> &expected)
{
    const ImportResult result = FilingImporter::importBytes(document, u"companies.txt"_s);
    ASSERT_TRUE(result.filing.has_value());
    const Filing &filing = *result.filing;
    const QList<NarrativeClaim> claims = NarrativeMatcher::match(filing);
    ASSERT_EQ(claims.size(), expected.size());
    for (qsizetype i = 0; i < claims.size(); ++i) {
        ASSERT_TRUE(claims[i].matched) << i;
        if (i > 0) {
            EXPECT_LE(claims[i - 1].paragraph, claims[i].paragraph) << i; // in document order
        }
        EXPECT_EQ(claims[i].row.schedule, expected[i].first) << i;
        EXPECT_EQ(filing.schedules[claims[i].row.schedule].rows[claims[i].row.row].label, u"Total net revenues"_s) << i;
        EXPECT_EQ(claims[i].computed, expected[i].second) << i;
    }
}

} // namespace

// Two companies' releases in one document, each quoting $577.0 million:
// Alder's total is 577,012 and Birch's 576,984, and both round to the quote.
// Each release's figure is its own company's, not the first in the file.
TEST(Narrative, AQuoteIsMatchedInItsOwnCompanysSchedules)
{
    expectClaims(alder2002() + birch2002(), {{0, u"577012"_s}, {0, u"422771"_s}, {1, u"576984"_s}, {1, u"422775"_s}});
}

// Alder, Birch, then Alder again: the claims come in the order of the
// document's paragraphs, though each company's quotes are matched together.
TEST(Narrative, ClaimsFollowTheDocumentWhenCompaniesAlternate)
{
    const QByteArray alder2003 = release(
        "Alder Systems, Inc.", 2003, "\\$601.2 million, compared with \\$488.0 million for the first quarter of 2002",
        "\\$ 500,000\t\\$ 400,000", "101,230\t88,040", "<u>601,230</u>\t<u>488,040</u>");
    expectClaims(
        alder2002() + birch2002() + alder2003,
        {{0, u"577012"_s}, {0, u"422771"_s}, {1, u"576984"_s}, {1, u"422775"_s}, {2, u"601230"_s}, {2, u"488040"_s}});
}

// With as many schedules of each company, the filing is the first one's,
// whichever way a hash happens to order them in this run.
TEST(Narrative, TheFilingIsTheFirstCompanysWhenCompaniesHaveAsManySchedules)
{
    const ImportResult alderFirst = FilingImporter::importBytes(alder2002() + birch2002(), u"companies.txt"_s);
    ASSERT_TRUE(alderFirst.filing.has_value());
    EXPECT_EQ(alderFirst.filing->company, u"Alder Systems, Inc."_s);
    const ImportResult birchFirst = FilingImporter::importBytes(birch2002() + alder2002(), u"companies.txt"_s);
    ASSERT_TRUE(birchFirst.filing.has_value());
    EXPECT_EQ(birchFirst.filing->company, u"Birch Networks, Inc."_s);
}
