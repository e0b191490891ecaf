// SPDX-License-Identifier: GPL-3.0-or-later
// Figures in the release's narrative matched to the cells they round from.
// Expected figures are typed in from the filing.
#include "analysis/NarrativeMatcher.h"
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
