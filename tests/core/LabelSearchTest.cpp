// SPDX-License-Identifier: GPL-3.0-or-later
// Find compares words, not characters: case, and the spaces, hyphens and
// dashes between words, do not matter. Lines are typed in from the bundled
// release (Juniper, Q1 2007).
#include "models/LabelSearch.h"
#include "support/TestData.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(LabelSearch, WordsMatchWhateverTheirCaseAndWhatJoinsThem)
{
    EXPECT_TRUE(LabelSearch::matches(u"Stock Based Compensation by Category"_s, u"Stock-based"_s));
    EXPECT_TRUE(LabelSearch::matches(u"Stock-based compensation expense"_s, u"stock based"_s));
    EXPECT_TRUE(LabelSearch::matches(u"Stock-based compensation expense"_s, u"STOCKBASED"_s));
    EXPECT_TRUE(LabelSearch::matches(u"Cost of revenues – Service"_s, u"revenues - service"_s)); // an en dash
    EXPECT_TRUE(LabelSearch::matches(u"Non-GAAP net income"_s, u"non gaap NET"_s));
    // The words in another order.
    EXPECT_TRUE(LabelSearch::matches(u"Total net revenues"_s, u"revenues total"_s));
    EXPECT_FALSE(LabelSearch::matches(u"Total net revenues"_s, u"revenues gross"_s));
    EXPECT_FALSE(LabelSearch::matches(u"Total net revenues"_s, u"stock-based"_s));
    // Nothing but what joins words looks for nothing.
    EXPECT_FALSE(LabelSearch::matches(u"Total net revenues"_s, u" - "_s));
}

TEST(LabelSearch, FindsTheReleasesStockBasedLinesFromEitherSpelling)
{
    const FilingAnalysisPtr &release = TestData::analysedRelease();
    // "Stock-based compensation expense" in the reconciliation, and
    // "Stock-based compensation" in the cash flows.
    QList<LabelSearch::Hit> expected;
    for (const int line : {126, 130, 133, 137, 141, 144, 147, 153, 161, 256}) {
        const RowRef row = TestData::rowAtLine(release->filing, line);
        expected.append({0, int(row.schedule), int(row.row)});
    }
    EXPECT_EQ(LabelSearch::find({release}, u"Stock Based"_s), expected);
    EXPECT_EQ(LabelSearch::find({release}, u"stock-based"_s), expected);
    EXPECT_EQ(LabelSearch::find({release}, u"  "_s), QList<LabelSearch::Hit>());
}
