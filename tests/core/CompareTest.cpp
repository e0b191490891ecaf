// SPDX-License-Identifier: GPL-3.0-or-later
// Comparing filings: the figures a later filing reports differently for a
// period an earlier one reported, "as previously reported" against "as
// restated" columns, and the notes a prospectus offers against the debt a
// later balance sheet carries. Expected values are typed in from the files.
#include "compare/DocumentLinker.h"
#include "compare/FilingComparer.h"
#include "compare/FilingSetComparison.h"
#include "compare/ScheduleHistory.h"
#include "support/TestData.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

Filing release(const QString &name)
{
    return TestData::load(TestData::dataPath(u"releases/"_s + name));
}

// "Product: 33512 → 32897", in the filings' printed figures.
QStringList changes(const FigureDifferences &differences, FigureDifference::Kind kind)
{
    QStringList out;
    for (const FigureDifference &d : differences) {
        if (d.kind == kind)
            out << u"%1: %2 → %3"_s.arg(d.label, d.earlier.value.toPlainString(), d.later.value.toPlainString());
    }
    return out;
}

const QStringList RestatedQ12008 = {
    u"Product: 33512 → 32897"_s,
    u"Total net revenues: 41230 → 40615"_s,
    u"Cost of revenues: 18402 → 18285"_s,
    u"Gross profit: 22828 → 22330"_s,
    u"General and administrative: 3620 → 3704"_s,
    u"Total operating expenses: 18712 → 18796"_s,
    u"Income from operations: 4116 → 3534"_s,
    u"Income before income taxes: 4518 → 3936"_s,
    u"Provision for income taxes: 1536 → 1338"_s,
    u"Net income: 2982 → 2598"_s,
    u"Basic: 0.12 → 0.10"_s,
    u"Diluted: 0.11 → 0.10"_s,
};

} // namespace

TEST(Compare, FlagsEveryRestatedFigureAndNothingElse)
{
    const Filing first = release(u"fabrikam-q1-2008.txt"_s);
    const Filing restated = release(u"fabrikam-q1-2008-restated.txt"_s);
    qsizetype compared = 0;
    const FigureDifferences differences = FilingComparer::compare(first, 0, restated, 1, &compared);
    EXPECT_EQ(changes(differences, FigureDifference::Kind::Restatement), RestatedQ12008);
    EXPECT_EQ(differences.size(), RestatedQ12008.size());
    // Both quarters of the first release are found again: 18 lines each,
    // the 2007 quarter unchanged.
    EXPECT_EQ(compared, 36);
    const FigureDifference &product = differences.constFirst();
    EXPECT_EQ(product.period, u"Three Months Ended March 31, 2008 As Restated"_s);
    EXPECT_EQ(product.earlier.filing, 0);
    EXPECT_EQ(product.earlier.location.line, 20);
    EXPECT_EQ(product.later.filing, 1);
    EXPECT_EQ(product.later.location.line, 20);
    EXPECT_EQ(product.change.toPlainString(), u"-615000"_s);
    EXPECT_EQ(product.printedChange().toPlainString(), u"-615"_s);
}

TEST(Compare, ReadsAsReportedAndAsRestatedColumnsInOneFiling)
{
    const Filing restated = release(u"fabrikam-q1-2008-restated.txt"_s);
    const FigureDifferences differences = FilingComparer::restatedColumns(restated, 0);
    EXPECT_EQ(changes(differences, FigureDifference::Kind::AsRestated), RestatedQ12008);
}

TEST(Compare, LinesMovedBetweenCaptionsAreAReclassification)
{
    const Filing restated = release(u"fabrikam-q1-2008-restated.txt"_s);
    const Filing next = release(u"fabrikam-q1-2009.txt"_s);
    const FigureDifferences differences = FilingComparer::compare(restated, 0, next, 1);
    EXPECT_EQ(changes(differences, FigureDifference::Kind::Reclassification),
              (QStringList{u"Product: 32897 → 32397"_s, u"Service: 7718 → 8218"_s}));
    EXPECT_EQ(differences.size(), 2);
}

TEST(Compare, AnUnchangedPairOfRealTenQsFlagsNothing)
{
    const QString second = u"ixbrl/aapl-20250329-10-q/aapl-20250329.htm"_s;
    const QString third = u"ixbrl/aapl-10-q-2025-08-01.html"_s;
    if (TestData::edgarPath(second).isEmpty() || TestData::edgarPath(third).isEmpty())
        GTEST_SKIP() << TestData::edgarAbsent(second);
    // Apple's Q2 and Q3 FY2025 10-Qs share the balance sheet of September
    // 28, 2024 and the tables that analyse it, with columns of one date
    // that head different things (cost, fair value, current, non-current).
    const Filing q2 = TestData::load(TestData::edgarPath(second));
    const Filing q3 = TestData::load(TestData::edgarPath(third));
    qsizetype compared = 0;
    const FigureDifferences differences = FilingComparer::compare(q2, 0, q3, 1, &compared);
    EXPECT_TRUE(differences.isEmpty()) << qPrintable(differences.value(0).label);
    EXPECT_GE(compared, 100);
}

// A year's annual release against the next (tests/data/releases/README.md):
// the layouts of real 10-K notes that made false flags, each with a change
// it should find and figures it should leave alone.
TEST(Compare, ConsecutiveAnnualReleasesFlagWhatChangedAndNothingElse)
{
    const Filing fy2023 = release(u"contoso-fy2023.txt"_s);
    const Filing fy2024 = release(u"contoso-fy2024.txt"_s);
    qsizetype compared = 0;
    const FigureDifferences differences = FilingComparer::compare(fy2023, 0, fy2024, 1, &compared);
    // The note renumbered from 6 to 7 is the same table: point-of-sale
    // hardware split out of computer equipment, the total as it was.
    EXPECT_EQ(changes(differences, FigureDifference::Kind::Reclassification),
              QStringList{u"Computer equipment: 640 → 470"_s});
    // Other debt: "—" became 7, and total debt with it; the 2023 tax
    // rate's "All other" and the effective rate (percentages) restated.
    EXPECT_EQ(changes(differences, FigureDifference::Kind::Restatement),
              (QStringList{u"Other: 0 → 7"_s, u"Total debt: 1500 → 1507"_s, u"All other: -1.4 → -1.7"_s,
                           u"Effective tax rate: 21.0 → 20.7"_s}));
    // Compared: the income statement's 2023 column (7), the property
    // note's (5 lines both print), the debt table's (4) and the tax rate's
    // (4). Not the warehouse clubs' sales against the stores' (same
    // captions, another table), nor the performance graph rebased to 2022.
    EXPECT_EQ(compared, 20);
    const FigureDifference &other = differences.value(1);
    EXPECT_EQ(other.earlier.location.line, 43);
    EXPECT_EQ(other.later.location.line, 46);
}

TEST(Compare, ColumnsAreMatchedByWhatTheirHeadingsSayBesideThePeriod)
{
    const auto period = [](const QStringList &lines) {
        Period p;
        p.labelLines = lines;
        return FilingComparer::qualifierOf(p);
    };
    EXPECT_EQ(period({u"Three Months Ended March 31,"_s, u"2008"_s, u"As Restated"_s}), QString());
    EXPECT_EQ(period({u"Fiscal Years Ended January 31,"_s, u"2024 (1)"_s}), QString());
    EXPECT_EQ(period({u"December 31, 2023"_s, u"Level 1"_s}), u"level 1"_s);
    EXPECT_NE(period({u"December 31, 2023"_s, u"Level 2"_s}), period({u"December 31, 2023"_s, u"Level 1"_s}));
    EXPECT_EQ(period({u"Less than 12 Months"_s, u"Fair Value"_s}), u"less than 12 months fair value"_s);
    EXPECT_EQ(period({u"12 Months or Greater"_s, u"Fair Value"_s}), u"12 months or greater fair value"_s);
}

TEST(Compare, RowsOfARollForwardBelongToTheYearBlockTheyAreIn)
{
    Schedule equity;
    for (const QString &label : {u"Balance at December 31, 2021"_s, u"Net income"_s, u"Dividends"_s,
                                 u"Balance at December 31, 2022"_s, u"Net income"_s, u"Dividends"_s}) {
        Row row;
        row.label = label;
        Cell cell;
        cell.amount = Amount::fromInteger(1);
        row.cells = {cell};
        equity.rows.append(row);
    }
    QStringList keys;
    for (const auto &[key, r] : FilingComparer::rowKeys(equity))
        keys << key;
    EXPECT_EQ(keys,
              (QStringList{u" / balance at december 31, 2021#1"_s, u" / balance at december 31, 2021 / net income#1"_s,
                           u" / balance at december 31, 2021 / dividends#1"_s, u" / balance at december 31, 2022#1"_s,
                           u" / balance at december 31, 2022 / net income#1"_s,
                           u" / balance at december 31, 2022 / dividends#1"_s}));
}

TEST(Compare, LinksTheProspectusNotesToTheDebtTheReleaseCarries)
{
    const Filing &prospectus = TestData::prospectus();
    const Filing releaseOf2007 = TestData::load(TestData::releasePath());
    const DocumentLinks links = DocumentLinker::link({&prospectus, &releaseOf2007});
    ASSERT_EQ(links.size(), 1);
    const DocumentLink &link = links.constFirst();
    EXPECT_EQ(link.offeringFiling, 0);
    EXPECT_EQ(link.filing, 1);
    EXPECT_EQ(link.principal.toPlainString(), u"400000000"_s);
    EXPECT_EQ(link.carried.toPlainString(), u"399944000"_s);
    EXPECT_EQ(link.difference.toPlainString(), u"-56000"_s);
    const Schedule &balance = releaseOf2007.schedules[link.row.schedule];
    EXPECT_EQ(balance.rows[link.row.row].label, u"Long-term debt"_s);
    EXPECT_EQ(balance.periods[link.period].date, QDate(2007, 3, 31));
    EXPECT_TRUE(link.security.startsWith(u"Zero Coupon Convertible Subordinated Notes"_s));
}

TEST(Compare, FilingsOfDifferentCompaniesAreNotCompared)
{
    const Filing fabrikam = release(u"fabrikam-q1-2008-restated.txt"_s);
    Filing other = release(u"fabrikam-q1-2008.txt"_s);
    other.company = u"Contoso Ltd."_s;
    for (Schedule &schedule : other.schedules)
        schedule.company = u"Contoso Ltd."_s;
    qsizetype compared = 0;
    EXPECT_TRUE(FilingComparer::compare(other, 0, fabrikam, 1, &compared).isEmpty());
    EXPECT_EQ(compared, 0);
}

TEST(Compare, EachFigureIsComparedWithItsLastReportBefore)
{
    const Filing first = release(u"fabrikam-q1-2008.txt"_s);
    const Filing restated = release(u"fabrikam-q1-2008-restated.txt"_s);
    const Filing next = release(u"fabrikam-q1-2009.txt"_s);
    // In any order: the dates say which came first.
    const FilingSetComparison comparison = FilingSetComparison::of({&next, &first, &restated});
    EXPECT_EQ(comparison.order, (QList<qsizetype>{1, 2, 0}));
    // The 2009 release's 2008 column against the restated release, not
    // against the first report of it as well.
    EXPECT_EQ(changes(comparison.reportedBy(0), FigureDifference::Kind::Reclassification),
              (QStringList{u"Product: 32897 → 32397"_s, u"Service: 7718 → 8218"_s}));
    EXPECT_EQ(comparison.reportedBy(0).size(), 2);
    EXPECT_EQ(comparison.reportedBy(2).size(), 24); // 12 against the first report, 12 in its own columns
    EXPECT_TRUE(comparison.reportedBy(1).isEmpty());
    const FigureDifference *service = comparison.at(0, 0, 2, 1);
    ASSERT_NE(service, nullptr);
    EXPECT_EQ(service->label, u"Service"_s);
    EXPECT_EQ(comparison.at(0, 0, 2, 0), nullptr); // the 2009 column has nothing before it
}

TEST(Compare, ATableReadInAnotherUnitIsNoRestatement)
{
    // The first release with its caption's "in thousands" missed: every
    // figure of its 2007 quarter reads a thousand times smaller than the
    // restated release's, which is a unit, not a restatement.
    Filing unitless = release(u"fabrikam-q1-2008.txt"_s);
    unitless.schedules[0].scale = 1;
    const Filing restated = release(u"fabrikam-q1-2008-restated.txt"_s);
    qsizetype compared = 0;
    const FigureDifferences differences = FilingComparer::compare(unitless, 0, restated, 1, &compared);
    EXPECT_EQ(compared, 36);
    for (const FigureDifference &difference : differences)
        EXPECT_NE(difference.later.period, 2) << qPrintable(difference.label); // the 2007 quarter
}

TEST(Compare, AScheduleHistoryShowsEveryQuarterAsLastReported)
{
    const Filing first = release(u"fabrikam-q1-2008.txt"_s);
    const Filing restated = release(u"fabrikam-q1-2008-restated.txt"_s);
    const Filing next = release(u"fabrikam-q1-2009.txt"_s);
    const QList<const Filing *> filings{&first, &restated, &next};
    // From the first report's statement: three first quarters, each as last reported.
    const ScheduleHistory history = ScheduleHistory::of(filings, 0, 0);
    ASSERT_EQ(history.columns.size(), 3);
    EXPECT_EQ(history.columns[0].period.date, QDate(2007, 3, 31));
    EXPECT_EQ(history.columns[1].period.date, QDate(2008, 3, 31));
    EXPECT_EQ(history.columns[2].period.date, QDate(2009, 3, 31));
    EXPECT_EQ(history.columns[1].filing, 2); // the 2009 release reclassified it last
    EXPECT_EQ(history.columns[0].filing, 1); // the restated release, later than the first
    EXPECT_TRUE(history.addsPeriods(filings));
    QStringList product;
    QStringList income;
    for (qsizetype r = 0; r < history.rows.size(); ++r) {
        const QString label = first.schedules[0].rows[history.rows[r]].label;
        for (const ScheduleHistory::Figure &figure : history.figures[r]) {
            if (label == u"Product"_s)
                product << figure.value.toPlainString();
            if (label == u"Net income"_s)
                income << figure.value.toPlainString();
        }
    }
    EXPECT_EQ(product, (QStringList{u"30110"_s, u"32397"_s, u"35000"_s}));
    EXPECT_EQ(income, (QStringList{u"2775"_s, u"2598"_s, u"3366"_s}));
}
