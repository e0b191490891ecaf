// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/MarkupText.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

struct MarkupCase
{
    const char16_t *raw;
    const char16_t *clean;
};

class MarkupCleaning : public ::testing::TestWithParam<MarkupCase>
{ };

TEST_P(MarkupCleaning, RemovesTheConversionsMarkupOnly)
{
    const MarkupCase c = GetParam();
    EXPECT_EQ(MarkupText::plain(QStringView(c.raw)), QString::fromUtf16(c.clean));
}

INSTANTIATE_TEST_SUITE_P(
    Table, MarkupCleaning,
    ::testing::Values(MarkupCase{u"<u>\\$ 66,647</u>", u"$ 66,647"}, MarkupCase{u"<b>Total</b>", u"Total"},
                      MarkupCase{u"**Juniper**", u"Juniper"},
                      MarkupCase{u"*Share-Based Payment*", u"Share-Based Payment"},
                      MarkupCase{u"* Less than 1%", u"* Less than 1%"}, MarkupCase{u"*", u"*"},
                      MarkupCase{u"[www.x.com](http://www.x.com)", u"www.x.com"},
                      MarkupCase{u"call <http://x.com/a.html>.", u"call http://x.com/a.html."},
                      MarkupCase{u"<img src=x>", u"<img src=x>"}, MarkupCase{u"a < b > c", u"a < b > c"},
                      MarkupCase{u"Q1\\'07", u"Q1'07"}, MarkupCase{u"2 * 3 * 4", u"2 * 3 * 4"},
                      // Two runs the conversion joined, as the release's contacts
                      // (lines 3 and 7): a bold run closed and another opened at
                      // once, or a link with a bold run right after it.
                      MarkupCase{u"**Investor Relations Contact:****Michelle Levine**",
                                 u"Investor Relations Contact: Michelle Levine"},
                      MarkupCase{u"[a@x.net](mailto:a@x.net)**Public Relations Contact:****Michael Hakkert**",
                                 u"a@x.net Public Relations Contact: Michael Hakkert"},
                      MarkupCase{u"**INC.****\\$400,000,000**", u"INC. $400,000,000"},
                      MarkupCase{u"**[x.com](http://x.com)**", u"x.com"}, MarkupCase{u"****", u""},
                      MarkupCase{u"**a** **b**", u"a b"}));

TEST(MarkupText, KnowsWhereEachCharacterCameFrom)
{
    const CleanText clean = MarkupText::clean(u"<u>\\$ 626,936</u>");
    EXPECT_EQ(clean.text, u"$ 626,936"_s);
    EXPECT_TRUE(clean.emphasis.testFlag(EmphasisFlag::Underline));
    EXPECT_EQ(clean.rawOffset(0), 3); // the backslash of "\$"
    EXPECT_EQ(clean.rawOffset(2), 6); // the first digit
    EXPECT_EQ(clean.rawOffset(clean.text.size()), 17);
}
