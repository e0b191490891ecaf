// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled 424B3 prospectus supplement, checked field by field. Every
// expected value is typed in from the filing.
#include "support/TestData.h"

#include "support/Amounts.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using TestData::prospectus;

} // namespace

TEST(ProspectusImporter, RecognisesTheDocument)
{
    const Filing &f = prospectus();
    EXPECT_EQ(f.kind, Filing::Kind::ProspectusSupplement);
    EXPECT_EQ(f.kindName(), u"prospectus-supplement"_s);
    EXPECT_EQ(f.title, u"PROSPECTUS SUPPLEMENT DATED APRIL 27, 2004"_s);
    EXPECT_EQ(f.date, QDate(2004, 4, 27));
    EXPECT_TRUE(f.warnings.isEmpty());
}

TEST(ProspectusImporter, ReadsTheOfferingFacts)
{
    ASSERT_TRUE(prospectus().offering.has_value());
    const OfferingFacts &o = *prospectus().offering;
    EXPECT_EQ(o.issuer, u"JUNIPER NETWORKS, INC."_s);
    EXPECT_EQ(o.security, u"Zero Coupon Convertible Subordinated Notes due June 15, 2008"_s);
    EXPECT_EQ(o.formType, u"424B3"_s);
    EXPECT_TRUE(o.principal.isIdenticalTo(exact(400000000)));
    EXPECT_TRUE(o.sharesIssuable.isIdenticalTo(exact(19860973)));
    EXPECT_TRUE(o.conversionPrice.isIdenticalTo(exact(2014, 2)));
    EXPECT_TRUE(o.sharesOutstanding.isIdenticalTo(exact(387916534)));
    EXPECT_EQ(o.sharesOutstandingDate, QDate(2003, 9, 30));
    // "\$400,000,000" on line 10: the digits start after "\$".
    EXPECT_EQ(o.principalLocation.line, 10);
    EXPECT_EQ(o.sharesIssuableLocation.line, 11);
    EXPECT_EQ(o.sharesIssuableLocation.column, 1);
    EXPECT_EQ(o.sharesOutstandingLocation.line, 28);
}

TEST(ProspectusImporter, KeepsTheHoldersTableColumnsAsFiled)
{
    ASSERT_EQ(prospectus().schedules.size(), 1);
    const Schedule &s = prospectus().schedules.constFirst();
    EXPECT_EQ(s.title, u"Selling Security Holders"_s);
    ASSERT_EQ(s.periods.size(), 4);
    // The conversion shifted the headings; they are shown as the file has them.
    EXPECT_EQ(s.periods[0].label(), u"Principal Amount at Maturity of Notes"_s);
    EXPECT_EQ(s.periods[1].label(), u"Beneficially Owned That May Be Sold Percentage of Notes Outstanding(1)"_s);
    EXPECT_EQ(s.periods[2].label(), u"Number of Shares of Common Stock That May Be Sold(2)"_s);
    EXPECT_EQ(s.periods[3].label(), u"Percentage of Common Stock Outstanding(3)"_s);
    EXPECT_EQ(s.periods[0].unit, RowUnit::Money);
    EXPECT_EQ(s.periods[1].unit, RowUnit::Percent);
    EXPECT_EQ(s.periods[2].unit, RowUnit::Shares);
    EXPECT_EQ(s.periods[3].unit, RowUnit::Percent);
    EXPECT_EQ(s.periods[1].footnotes, QStringList{u"(1)"_s});
    EXPECT_EQ(s.periods[2].footnotes, QStringList{u"(2)"_s});
    EXPECT_EQ(s.periods[3].footnotes, QStringList{u"(3)"_s});
    EXPECT_TRUE(s.periods[0].footnotes.isEmpty());
}

TEST(ProspectusImporter, ReadsEveryHolderWithNamesAsTheFileHasThem)
{
    const Schedule &s = prospectus().schedules.constFirst();
    struct Holder
    {
        const char16_t *name;
        qint64 principal;
        qint64 shares;
        int line;
    };
    const Holder holders[] = {
        {u"Quattro Fund Ltd. Zurich Institutional Benchmark Management", 2400000, 119166, 20},
        {u"c/o Quattro Fund Jeffries Umbrella Fund US", 600000, 29792, 21},
        {u"Convertible Bonds", 100000, 4965, 22},
    };
    ASSERT_EQ(s.rows.size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        const Row &row = s.rows[i];
        const Holder &h = holders[i];
        EXPECT_EQ(row.label, QString::fromUtf16(h.name));
        EXPECT_EQ(row.kind, RowKind::Item);
        EXPECT_EQ(row.location.line, h.line);
        ASSERT_EQ(row.cells.size(), 4);
        EXPECT_TRUE(row.cells[0].amount.isIdenticalTo(exact(h.principal))) << qPrintable(row.label);
        EXPECT_TRUE(row.cells[2].amount.isIdenticalTo(exact(h.shares))) << qPrintable(row.label);
        // "*": less than 1%, a marker, not a number.
        EXPECT_TRUE(row.cells[1].marker);
        EXPECT_EQ(prospectus().textOf(row.cells[1]), u"*"_s);
        EXPECT_TRUE(row.cells[1].isNil());
        EXPECT_TRUE(row.cells[3].marker);
        EXPECT_EQ(prospectus().textOf(row.cells[3]), u"*"_s);
        EXPECT_TRUE(row.cells[3].readable);
    }
    // 29,792 on line 21: "c/o Quattro Fund Jeffries Umbrella Fund US" is 42
    // characters, then a tab, "600,000" (7), a tab, "*", a tab: column 54.
    EXPECT_EQ(s.rows[1].cells[2].location.line, 21);
    EXPECT_EQ(s.rows[1].cells[2].location.column, 54);
}

TEST(ProspectusImporter, AttachesTheFootnotes)
{
    const Schedule &s = prospectus().schedules.constFirst();
    ASSERT_EQ(s.footnotes.size(), 4);
    EXPECT_EQ(s.footnotes[0].marker, u"*"_s);
    EXPECT_EQ(s.footnotes[0].text, u"Less than 1%"_s);
    EXPECT_EQ(s.footnotes[1].marker, u"(1)"_s);
    EXPECT_EQ(s.footnotes[1].text, u"Based on $400,000,000 principal amount of notes outstanding."_s);
    EXPECT_EQ(s.footnotes[2].marker, u"(2)"_s);
    EXPECT_TRUE(s.footnotes[2].text.startsWith(
        u"Assumes conversion of all of the holder's notes at a conversion price of approximately $20.14"_s));
    EXPECT_EQ(s.footnotes[3].marker, u"(3)"_s);
    EXPECT_TRUE(s.footnotes[3].text.startsWith(
        u"Calculated based on Rule 13d-3(d)(i) of the Exchange Act using 387,916,534 shares"_s));
    // Footnote (3) was broken across a blank line by the conversion; it is one footnote again.
    EXPECT_TRUE(s.footnotes[3].text.endsWith(
        u"do not beneficially own any common stock other than the common stock issuable upon conversion of the notes at the initial conversion rate."_s));
    EXPECT_EQ(s.footnotes[1].location.line, 26);
}
