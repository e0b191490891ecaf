// SPDX-License-Identifier: GPL-3.0-or-later
// Tie-outs within rounding on the bundled filings, a mutated copy of the
// release and the hand-written release. Expected figures are typed in from
// the filings.
#include "checks/CheckText.h"
#include "checks/TieOutChecker.h"
#include "support/TestData.h"

#include <QFile>

#include <algorithm>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using TestData::release;

const Check *find(const Filing &filing, const TieOut &tieOut, Check::Kind kind, const QString &target,
                  const QString &schedulePart = {})
{
    const CheckText text(filing);
    for (const Check &check : tieOut.checks) {
        if (check.kind == kind && text.targetLabel(check) == target && text.schedule(check).contains(schedulePart))
            return &check;
    }
    return nullptr;
}

QString labelOf(const Filing &filing, const RowRef &row)
{
    return filing.schedules[row.schedule].rows[row.row].label;
}

QStringList termLabels(const Filing &filing, const Check &check)
{
    QStringList labels;
    for (const Check::Term &term : check.terms)
        labels << (term.weight < 0 ? u"-"_s : u"+"_s) + labelOf(filing, term.row);
    return labels;
}

QStringList failures(const Filing &filing, const TieOut &tieOut)
{
    QStringList list;
    for (const Check &check : tieOut.checks) {
        if (!check.passed())
            list << labelOf(filing, check.target);
    }
    return list;
}

// A period as the analyst reads it, written from the filing.
CheckLine textOf(const Filing &filing, const Check &check, qsizetype period)
{
    return CheckText(filing).period(check, period);
}

} // namespace

TEST(TieOut, EveryCheckOfTheBundledReleasePasses)
{
    const TieOut tieOut = TieOutChecker::run(release());
    EXPECT_GT(tieOut.checks.size(), 40);
    EXPECT_EQ(tieOut.failed(), 0) << qPrintable(failures(release(), tieOut).join(u", "_s));
    for (const ScheduleStructure &structure : tieOut.structures)
        EXPECT_TRUE(structure.unexplained.isEmpty());
}

TEST(TieOut, InfersSubtotalsAsSignedCombinations)
{
    const TieOut tieOut = TieOutChecker::run(release());
    const Check *gross = find(release(), tieOut, Check::Kind::Total, u"Gross margin"_s);
    ASSERT_NE(gross, nullptr);
    EXPECT_EQ(termLabels(release(), *gross), (QStringList{u"+Total net revenues"_s, u"-Total cost of revenues"_s}));
    EXPECT_EQ(CheckText(release()).description(*gross),
              u"Gross margin = Total net revenues \u2212 Total cost of revenues"_s);
    const Check *operating = find(release(), tieOut, Check::Kind::Total, u"Operating income"_s);
    ASSERT_NE(operating, nullptr);
    EXPECT_EQ(termLabels(release(), *operating), (QStringList{u"+Gross margin"_s, u"-Total operating expenses"_s}));
    const Check *pretax = find(release(), tieOut, Check::Kind::Total, u"Income before income taxes"_s);
    ASSERT_NE(pretax, nullptr);
    EXPECT_EQ(termLabels(release(), *pretax),
              (QStringList{u"+Operating income"_s, u"+Interest and other income"_s, u"+Interest and other expense"_s}));
    ASSERT_EQ(pretax->periods.size(), 2);
    EXPECT_EQ(textOf(release(), *pretax, 0).reported, u"93409"_s);
    EXPECT_EQ(textOf(release(), *pretax, 0).computed, u"[93407.5, 93410.5]"_s);
    EXPECT_EQ(textOf(release(), *pretax, 0).difference, u"0"_s);
    EXPECT_EQ(textOf(release(), *pretax, 0).location.line, 81);
}

TEST(TieOut, ChecksTheBalanceSheetAndCashFlows)
{
    const TieOut tieOut = TieOutChecker::run(release());
    const Check *balance =
        find(release(), tieOut, Check::Kind::Balance, u"Total liabilities and stockholders' equity"_s);
    ASSERT_NE(balance, nullptr);
    EXPECT_TRUE(balance->passed());
    EXPECT_EQ(textOf(release(), *balance, 0).reported, u"7474335"_s);
    // No "Total liabilities" line: the sum runs over the liability lines and equity.
    const Check *claims = find(release(), tieOut, Check::Kind::Total, u"Total liabilities and stockholders' equity"_s);
    ASSERT_NE(claims, nullptr);
    EXPECT_EQ(termLabels(release(), *claims),
              (QStringList{u"+Total current liabilities"_s, u"+Long-term deferred revenue"_s,
                           u"+Other long-term liabilities"_s, u"+Long-term debt"_s, u"+Total stockholders' equity"_s}));
    const Check *change =
        find(release(), tieOut, Check::Kind::CashFlow, u"Net increase (decrease) in cash and cash equivalents"_s);
    ASSERT_NE(change, nullptr);
    EXPECT_EQ(change->terms.size(), 3);
    EXPECT_EQ(textOf(release(), *change, 1).reported, u"-14106"_s);
    const Check *ending =
        find(release(), tieOut, Check::Kind::CashFlow, u"Cash and cash equivalents at end of period"_s);
    ASSERT_NE(ending, nullptr);
    EXPECT_EQ(termLabels(release(), *ending), (QStringList{u"+Net increase (decrease) in cash and cash equivalents"_s,
                                                           u"+Cash and cash equivalents at beginning of period"_s}));
    // Investing was a net inflow in 2007 and sums as printed.
    const Check *investing = find(release(), tieOut, Check::Kind::Total, u"Net cash used in investing activities"_s);
    ASSERT_NE(investing, nullptr);
    EXPECT_EQ(textOf(release(), *investing, 0).reported, u"303030"_s);
    EXPECT_TRUE(investing->passed());
}

TEST(TieOut, ChecksPerShareFiguresAndMarginsAsRoundedRatios)
{
    const TieOut tieOut = TieOutChecker::run(release());
    const Check *diluted = find(release(), tieOut, Check::Kind::PerShare, u"Diluted"_s, u"Statements of Operations"_s);
    ASSERT_NE(diluted, nullptr);
    // 66,647 ÷ 604,905 = 0.110178… printed 0.11.
    EXPECT_EQ(textOf(release(), *diluted, 0).reported, u"0.11"_s);
    EXPECT_EQ(textOf(release(), *diluted, 0).computed, u"0.1102"_s);
    EXPECT_TRUE(diluted->passed());
    const Check *nonGaap = find(release(), tieOut, Check::Kind::PerShare, u"Diluted"_s, u"Reconciliation"_s);
    ASSERT_NE(nonGaap, nullptr);
    // 112,352 ÷ 604,905 = 0.1857… printed 0.19.
    EXPECT_EQ(textOf(release(), *nonGaap, 0).computed, u"0.1857"_s);
    const Check *margin = find(release(), tieOut, Check::Kind::Margin, u"GAAP Gross margin % of revenue"_s);
    ASSERT_NE(margin, nullptr);
    // 414,827 ÷ 626,936 = 66.167…% printed 66.2%.
    EXPECT_EQ(textOf(release(), *margin, 0).reported, u"66.2"_s);
    EXPECT_EQ(textOf(release(), *margin, 0).computed, u"66.167"_s);
    const Check *sbc = find(release(), tieOut, Check::Kind::Margin, u"Stock-based compensation expense % of revenue"_s);
    ASSERT_NE(sbc, nullptr);
    EXPECT_EQ(labelOf(release(), sbc->terms[0].row), u"Stock-based compensation expense"_s);
    EXPECT_EQ(textOf(release(), *sbc, 1).computed, u"0.332"_s); // 1,883 ÷ 566,714
}

TEST(TieOut, ChecksEveryReconciliationBlock)
{
    const TieOut tieOut = TieOutChecker::run(release());
    int blocks = 0;
    for (const Check &check : tieOut.checks)
        blocks += check.kind == Check::Kind::Reconciliation ? 1 : 0;
    EXPECT_EQ(blocks, 9);
    const Check *percent =
        find(release(), tieOut, Check::Kind::Reconciliation, u"Non-GAAP Gross margin % of revenue"_s);
    ASSERT_NE(percent, nullptr);
    // 66.2 + 0.6 + 0.2 = 67.0 within rounding: [66.85, 67.15].
    EXPECT_EQ(textOf(release(), *percent, 0).computed, u"[66.85, 67.15]"_s);
    EXPECT_TRUE(percent->passed());
}

TEST(TieOut, ChecksTheSameFigureAcrossSchedules)
{
    const TieOut tieOut = TieOutChecker::run(release());
    const Check *segments = find(release(), tieOut, Check::Kind::CrossSchedule, u"Total"_s, u"Segment"_s);
    ASSERT_NE(segments, nullptr);
    EXPECT_EQ(labelOf(release(), segments->terms[0].row), u"Product"_s);
    // Written from the rows when shown, saying where the other figure is.
    EXPECT_EQ(CheckText(release()).description(*segments),
              u"Total = Product (Condensed Consolidated Statements of Operations)"_s);
    EXPECT_EQ(textOf(release(), *segments, 0).reported, u"509773"_s);
    const Check *addBack =
        find(release(), tieOut, Check::Kind::CrossSchedule, u"Stock-based compensation"_s, u"Cash Flows"_s);
    ASSERT_NE(addBack, nullptr);
    EXPECT_EQ(labelOf(release(), addBack->terms[0].row), u"Total"_s);
    EXPECT_EQ(textOf(release(), *addBack, 0).reported, u"25942"_s);
    const Check *ending =
        find(release(), tieOut, Check::Kind::CrossSchedule, u"Cash and cash equivalents at end of period"_s);
    ASSERT_NE(ending, nullptr);
    ASSERT_EQ(ending->periods.size(), 1); // only March 31, 2007 has a balance sheet column
    EXPECT_EQ(textOf(release(), *ending, 0).reported, u"2037839"_s);
    const Check *beginning =
        find(release(), tieOut, Check::Kind::CrossSchedule, u"Cash and cash equivalents at beginning of period"_s);
    ASSERT_NE(beginning, nullptr);
    EXPECT_EQ(textOf(release(), *beginning, 0).reported, u"1596333"_s); // = December 31, 2006
    int reconciliationToSbc = 0;
    for (const Check &check : tieOut.checks) {
        if (check.kind == Check::Kind::CrossSchedule
            && labelOf(release(), check.target) == u"Stock-based compensation expense"_s)
            ++reconciliationToSbc;
    }
    EXPECT_EQ(reconciliationToSbc, 7); // five lines and the total, twice
}

// A release may print its company in capitals over one schedule: the
// schedules are still one company's, and their figures are matched.
TEST(TieOut, ACompanyPrintedInCapitalsIsTheSameCompany)
{
    QFile file(TestData::releasePath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    const QByteArray heading = "**Juniper Networks, Inc.**  \n**Condensed Consolidated Statements of Cash Flows**";
    ASSERT_TRUE(text.contains(heading));
    text.replace(heading, "**JUNIPER NETWORKS,  INC.**  \n**Condensed Consolidated Statements of Cash Flows**");
    const ImportResult result = FilingImporter::importBytes(text, u"capitals.txt"_s);
    ASSERT_TRUE(result.ok());
    const Filing &filing = *result.filing;
    const TieOut tieOut = TieOutChecker::run(filing);

    EXPECT_EQ(tieOut.checks.size(), TieOutChecker::run(release()).checks.size());
    const Check *ending =
        find(filing, tieOut, Check::Kind::CrossSchedule, u"Cash and cash equivalents at end of period"_s);
    ASSERT_NE(ending, nullptr);
    EXPECT_EQ(textOf(filing, *ending, 0).reported, u"2037839"_s);
    const Check *addBack =
        find(filing, tieOut, Check::Kind::CrossSchedule, u"Stock-based compensation"_s, u"Cash Flows"_s);
    ASSERT_NE(addBack, nullptr);
    EXPECT_EQ(textOf(filing, *addBack, 0).reported, u"25942"_s);
}

TEST(TieOut, TheProspectusHasExactlyOneDiscrepancy)
{
    const Filing &prospectus = TestData::prospectus();
    const TieOut tieOut = TieOutChecker::run(prospectus);
    EXPECT_EQ(tieOut.checks.size(), 9);
    ASSERT_EQ(tieOut.failed(), 1);
    const Checks sorted = tieOut.failuresFirst();
    const Check &failed = sorted.constFirst();
    EXPECT_EQ(failed.kind, Check::Kind::Holder);
    EXPECT_EQ(labelOf(prospectus, failed.target), u"c/o Quattro Fund Jeffries Umbrella Fund US"_s);
    ASSERT_EQ(failed.periods.size(), 1);
    // 600,000 × 19,860,973 ÷ 400,000,000 = 29,791.46 shares, printed 29,792.
    EXPECT_EQ(textOf(prospectus, failed, 0).reported, u"29792"_s);
    EXPECT_EQ(textOf(prospectus, failed, 0).computed, u"29791.46"_s);
    EXPECT_EQ(textOf(prospectus, failed, 0).difference, u"0.54"_s);
    EXPECT_EQ(textOf(prospectus, failed, 0).location.line, 21);
}

TEST(TieOut, AChangedNumberFailsExactlyTheChecksThatUseIt)
{
    QFile file(TestData::releasePath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray text = file.readAll();
    text.replace("141,093", "141,993");
    const ImportResult result = FilingImporter::importBytes(text, u"mutated.txt"_s);
    ASSERT_TRUE(result.ok());
    const TieOut tieOut = TieOutChecker::run(*result.filing);
    EXPECT_EQ(failures(*result.filing, tieOut),
              (QStringList{u"Total operating expenses"_s, u"Non-GAAP Research and development"_s}));
    EXPECT_EQ(tieOut.checks.size(), TieOutChecker::run(release()).checks.size());
    for (const Check &check : tieOut.checks) {
        if (check.passed())
            continue;
        EXPECT_EQ(check.failedPeriods(), 1);
        EXPECT_EQ(textOf(*result.filing, check, 0).difference, u"-900"_s);
    }
}

TEST(TieOut, AHandWrittenReleaseWithATotalThatDoesNotFoot)
{
    const Filing &northwind = TestData::northwind();
    const TieOut tieOut = TieOutChecker::run(northwind);
    EXPECT_EQ(failures(northwind, tieOut), QStringList{u"Total operating expenses"_s});
    const Check *opex = find(northwind, tieOut, Check::Kind::Total, u"Total operating expenses"_s);
    ASSERT_NE(opex, nullptr);
    ASSERT_EQ(opex->periods.size(), 3);
    EXPECT_EQ(opex->periods[0].verdict, CheckLine::Verdict::Pass);
    EXPECT_EQ(opex->periods[1].verdict, CheckLine::Verdict::Pass);
    EXPECT_EQ(opex->periods[2].verdict, CheckLine::Verdict::Fail);
    EXPECT_EQ(textOf(northwind, *opex, 2).reported, u"156.2"_s);
    EXPECT_EQ(textOf(northwind, *opex, 2).difference, u"1.0"_s); // 156.2 − (60.1 + 88.8 + 6.3)
    // Three periods of per-share checks and the non-GAAP block tie.
    const Check *eps = find(northwind, tieOut, Check::Kind::PerShare, u"Diluted"_s, u"Income"_s);
    ASSERT_NE(eps, nullptr);
    EXPECT_EQ(eps->periods.size(), 3);
    EXPECT_TRUE(eps->passed());
    const Check *block = find(northwind, tieOut, Check::Kind::Reconciliation, u"Non-GAAP net income"_s);
    ASSERT_NE(block, nullptr);
    EXPECT_TRUE(block->passed());
}

// tests/data/html/tailspin-q1-2025-release.htm: the layouts of an industrial
// company's release with consolidating schedules, and of a bank's lettered
// non-GAAP table. Figures typed in from the fixture.
namespace {

const Filing &tailspin()
{
    static const Filing filing = TestData::load(TestData::dataPath(u"html/tailspin-q1-2025-release.htm"_s));
    return filing;
}

} // namespace

TEST(TieOut, TakesTheSignsThatTieInEveryPeriod)
{
    // Interest expense is printed positive and nil in 2024, where
    // "Operating profit + Interest expense + Other income" would tie too.
    const TieOut tieOut = TieOutChecker::run(tailspin());
    // The one figure that does not foot is across columns: consolidated
    // common stock 340 is not Machinery's 340 plus Financial Products' 60,
    // the elimination not being printed.
    EXPECT_EQ(failures(tailspin(), tieOut), QStringList{u"Common stock"_s});
    const Check *pretax = find(tailspin(), tieOut, Check::Kind::Total, u"Profit before taxes"_s);
    ASSERT_NE(pretax, nullptr);
    EXPECT_EQ(termLabels(tailspin(), *pretax),
              (QStringList{u"+Operating profit"_s, u"-Interest expense"_s, u"+Other income (expense)"_s}));
    EXPECT_EQ(pretax->periods.size(), 2);
    // "Less: …" attributable to noncontrolling interests is nil in 2025.
    const Check *profit = find(tailspin(), tieOut, Check::Kind::Total, u"Profit"_s);
    ASSERT_NE(profit, nullptr);
    EXPECT_EQ(termLabels(tailspin(), *profit),
              (QStringList{u"+Profit of consolidated companies"_s,
                           u"-Less: Profit (loss) attributable to noncontrolling interests"_s}));
    EXPECT_EQ(textOf(tailspin(), *profit, 1).reported, u"143"_s);
}

TEST(TieOut, AddsUpASectionClosedByALineNotCalledTotal)
{
    const TieOut tieOut = TieOutChecker::run(tailspin());
    const Check *financing =
        find(tailspin(), tieOut, Check::Kind::Total, u"Net cash provided by (used for) financing activities"_s);
    ASSERT_NE(financing, nullptr);
    EXPECT_EQ(termLabels(tailspin(), *financing),
              (QStringList{u"+Dividends paid"_s, u"+Common shares repurchased"_s, u"+Proceeds from debt issued"_s,
                           u"+Payments on debt"_s, u"+Short-term borrowings \u2013 net"_s}));
    ASSERT_EQ(financing->periods.size(), 3);
    EXPECT_EQ(textOf(tailspin(), *financing, 0).reported, u"-110"_s);
    EXPECT_EQ(textOf(tailspin(), *financing, 1).reported, u"-115"_s);
    EXPECT_EQ(textOf(tailspin(), *financing, 2).reported, u"5"_s);
}

TEST(TieOut, AConsolidatingScheduleTakesThePeriodItsTitleNames)
{
    const Schedule &position = tailspin().schedules[3];
    ASSERT_EQ(position.title, u"Supplemental Data for Financial Position At December 31, 2024"_s);
    ASSERT_EQ(position.periods.size(), 3);
    EXPECT_EQ(position.periods[0].date, QDate(2024, 12, 31));
    EXPECT_EQ(position.periods[0].span, Period::Span::Instant);
    EXPECT_EQ(position.periods[0].shortLabel(), u"Consolidated"_s); // the column still reads as printed
    const Schedule &cash = tailspin().schedules[2];
    EXPECT_EQ(cash.periods[1].date, QDate(2025, 3, 31));
    EXPECT_EQ(cash.periods[1].months, 3);

    // The consolidated column is the statements' own, the others are not:
    // common stock is 340 at December 31, 2024 (350 at March 31, 2025).
    const TieOut tieOut = TieOutChecker::run(tailspin());
    const Check *stock = find(tailspin(), tieOut, Check::Kind::CrossSchedule, u"Common stock"_s, u"At December"_s);
    ASSERT_NE(stock, nullptr);
    ASSERT_EQ(stock->periods.size(), 1);
    EXPECT_EQ(textOf(tailspin(), *stock, 0).period, u"Consolidated"_s);
    EXPECT_EQ(textOf(tailspin(), *stock, 0).reported, u"340"_s);
    EXPECT_TRUE(stock->passed());
    const Check *profit =
        find(tailspin(), tieOut, Check::Kind::CrossSchedule, u"Profit of consolidated companies"_s, u"Cash Flow"_s);
    ASSERT_NE(profit, nullptr);
    EXPECT_TRUE(profit->passed());
}

TEST(TieOut, ChecksTheFormulasATablePrintsBesideItsLabels)
{
    const TieOut tieOut = TieOutChecker::run(tailspin());
    const Check *adjusted =
        find(tailspin(), tieOut, Check::Kind::Stated, u"Adjusted profit before taxes (c)=(a)+\u2211(b)"_s);
    ASSERT_NE(adjusted, nullptr);
    EXPECT_EQ(termLabels(tailspin(), *adjusted),
              (QStringList{u"+Profit before taxes (a)"_s, u"+Add: Restructuring costs (b)"_s,
                           u"+Add: Pension mark-to-market loss (b)"_s}));
    EXPECT_EQ(textOf(tailspin(), *adjusted, 1).reported, u"205"_s);
    const Check *profit = find(tailspin(), tieOut, Check::Kind::Stated, u"Adjusted profit (c)-(f)"_s);
    ASSERT_NE(profit, nullptr);
    EXPECT_EQ(termLabels(tailspin(), *profit), (QStringList{u"+Adjusted profit before taxes (c)=(a)+\u2211(b)"_s,
                                                            u"-Adjusted provision for income taxes (f)=(d)+(e)"_s}));
    // 45 ÷ 195 = 23.1%; 41 ÷ 205 = 20.0%.
    const Check *rate = find(tailspin(), tieOut, Check::Kind::StatedRatio, u"Adjusted effective tax rate (f)/(c)"_s);
    ASSERT_NE(rate, nullptr);
    EXPECT_EQ(rate->periods.size(), 2);
    EXPECT_TRUE(rate->passed());
    // A quarter's profit over an average balance is annualised: not checked.
    EXPECT_EQ(find(tailspin(), tieOut, Check::Kind::StatedRatio, u"Return on average assets (c)/(g)"_s), nullptr);
    // A lettered adjustment is given, not a total to explain.
    EXPECT_EQ(find(tailspin(), tieOut, Check::Kind::Total, u"Tax effects of adjustments (e)"_s), nullptr);
    EXPECT_EQ(failures(tailspin(), tieOut), QStringList{u"Common stock"_s}); // across columns, as above
}

// The column rules on what a release should not contain: nothing is
// checked that cannot be, and nothing is flagged.
namespace {

TieOut tieOutOf(const QByteArray &release)
{
    const ImportResult result = FilingImporter::importBytes(release, u"columns.txt"_s);
    EXPECT_TRUE(result.ok()) << qPrintable(result.firstError());
    return result.ok() ? TieOutChecker::run(*result.filing) : TieOut();
}

qsizetype countOf(const TieOut &tieOut, Check::Kind kind)
{
    return std::count_if(tieOut.checks.cbegin(), tieOut.checks.cend(),
                         [kind](const Check &c) { return c.kind == kind; });
}

} // namespace

TEST(TieOut, ColumnRulesCheckNothingTheyCannot)
{
    const QByteArray head = "**Example Corp.**  \n**Revenue**  \n(in thousands)  \n\n";
    // Every figure nil, the change "n/m": nothing to check, nothing fails.
    TieOut nil = tieOutOf(head
                          + "\t2007\t2006\t% Change\nLicense\t-\t-\tn/m\nService\t-\t-\tn/m\n"
                            "Total revenue\t<u>-</u>\t<u>-</u>\tn/m\n");
    EXPECT_EQ(nil.failed(), 0);
    EXPECT_EQ(countOf(nil, Check::Kind::Growth), 0);
    // Two columns of one period: which is the base is unsaid; no growth.
    TieOut same = tieOutOf(head
                           + "\t2007\t2007\t% Change\nLicense\t120\t100\t20%\nService\t80\t100\t(20)%\n"
                             "Total revenue\t<u>200</u>\t<u>200</u>\t0%\n");
    EXPECT_EQ(countOf(same, Check::Kind::Growth), 0);
    EXPECT_EQ(same.failed(), 0);
    // A share of a revenue of nil: "n/m", no check; the other year is checked:
    // 30 ÷ 100 = 30%, 70 ÷ 100 = 70%.
    TieOut share = tieOutOf(head
                            + "\t2007\t% of revenue\t2006\t% of revenue\n"
                              "License\t-\tn/m\t30\t30%\nService\t-\tn/m\t70\t70%\n"
                              "Total revenue\t<u>-</u>\tn/m\t<u>100</u>\t100%\n");
    EXPECT_EQ(share.failed(), 0);
    EXPECT_EQ(countOf(share, Check::Kind::Share), 2);
    // A row of text in a numeric column: a warning, and no check of it.
    const ImportResult text = FilingImporter::importBytes(
        head
            + "\t2007\t2006\t% Change\nLicense\t120\t100\t20%\nService\tsee note\t100\tn/m\n"
              "Total revenue\t<u>200</u>\t<u>200</u>\t0%\n",
        u"text.txt"_s);
    ASSERT_TRUE(text.ok()) << qPrintable(text.firstError());
    EXPECT_FALSE(text.filing->warnings.isEmpty());
    const TieOut textTieOut = TieOutChecker::run(*text.filing);
    EXPECT_EQ(countOf(textTieOut, Check::Kind::Growth), 2); // License 20%, Total revenue 0%
}

// A restatement laid out in columns: as reported, the adjustments, as
// restated, each line adding across (figures typed in as Fabrikam's
// restatement prints them: $615 thousand of product revenue deferred).
TEST(TieOut, ARestatementInColumnsAddsItsAdjustments)
{
    const TieOut tieOut = tieOutOf(
        "**Example Corp.**  \n**Statement of Operations**  \n(in thousands)  \n\n"
        "\tThree Months Ended March 31, 2008\tThree Months Ended March 31, 2008\tThree Months Ended March 31, 2008\n"
        "\tAs Reported\tAdjustments\tAs Restated\n"
        "Product\t\\$ 33,512\t\\$ (615)\t\\$ 32,897\nService\t7,718\t-\t7,718\n"
        "Total net revenues\t<u>41,230</u>\t<u>(615)</u>\t<u>40,615</u>\n");
    EXPECT_EQ(tieOut.failed(), 0);
    QStringList restated;
    for (const Check &check : tieOut.checks) {
        if (check.kind == Check::Kind::Reconciliation && check.wording)
            restated << check.wording->description;
    }
    EXPECT_EQ(restated, (QStringList{u"Product: As Restated = As Reported + Adjustments"_s,
                                     u"Service: As Restated = As Reported + Adjustments"_s,
                                     u"Total net revenues: As Restated = As Reported + Adjustments"_s}));
}

// tests/data/html/woodgrove-q3-2025-release.htm: a bank's statements as
// American Express lays them out, figures typed in from the fixture.
namespace {

const Filing &woodgrove()
{
    static const Filing filing = TestData::load(TestData::dataPath(u"html/woodgrove-q3-2025-release.htm"_s));
    return filing;
}

} // namespace

TEST(TieOut, EarningsPerShareDividesTheIncomeLeftToCommonShareholders)
{
    // Basic: 930 / 300 = 3.10, not 950 / 300 = 3.17; the statement prints
    // net income alone, and Note 9 takes out preferred dividends (15) and
    // what participating share awards earn (5).
    const TieOut tieOut = TieOutChecker::run(woodgrove());
    const Check *basic = find(woodgrove(), tieOut, Check::Kind::PerShare, u"Basic"_s, u"Statements of Income"_s);
    ASSERT_NE(basic, nullptr);
    EXPECT_TRUE(basic->passed());
    ASSERT_FALSE(basic->terms.isEmpty());
    EXPECT_EQ(labelOf(woodgrove(), basic->terms[0].row), u"Net income attributable to common shareholders"_s);
    EXPECT_EQ(woodgrove().schedules[basic->terms[0].row.schedule].title, u"Note 9. Earnings per Common Share"_s);
    EXPECT_EQ(tieOut.failed(), 0);
}

TEST(TieOut, ANoteThatAnalysesBalancesByLevelIsNoBalanceSheet)
{
    // Note 7 prints cash of $34 billion at December 31, 2024 five times
    // over (carrying value, fair value, levels 1 to 3, the last a dash):
    // no balance of the statement of cash flows is checked against it.
    const TieOut tieOut = TieOutChecker::run(woodgrove());
    EXPECT_EQ(
        find(woodgrove(), tieOut, Check::Kind::CrossSchedule, u"Cash and cash equivalents at beginning of period"_s),
        nullptr);
}

TEST(TieOut, UnitsAloneInParenthesesAreTheTablesScale)
{
    // "(Millions, except per share amounts)", "(Millions)", "(Billions)".
    const Filing &filing = woodgrove();
    ASSERT_EQ(filing.schedules.size(), 6);
    EXPECT_EQ(filing.schedules[0].scale, 1'000'000);
    EXPECT_EQ(filing.schedules[2].scale, 1'000'000);
    EXPECT_EQ(filing.schedules[4].title, u"Note 7. Fair Values of Financial Instruments"_s);
    EXPECT_EQ(filing.schedules[4].scale, 1'000'000'000);
    // "Average common shares outstanding for earnings per common share:"
    // heads share counts, though it says "per common share".
    const Schedule &income = filing.schedules[0];
    ASSERT_EQ(income.rows.size(), 11);
    EXPECT_EQ(income.rows[9].label, u"Basic"_s);
    EXPECT_EQ(income.rows[9].kind, RowKind::ShareCount);
}

TEST(TieOut, AChangeColumnOpenedByANotMeaningfulPercentIsPercent)
{
    // Table 3's second change column prints "# %" for net write-offs, then
    // 2 and 101 without "%": percentages, which do not add up (# + 2 is no
    // 101), so the total is checked in the other columns only.
    const Filing &filing = woodgrove();
    const auto table = std::find_if(filing.schedules.cbegin(), filing.schedules.cend(), [](const Schedule &schedule) {
        return schedule.title.startsWith(u"Table 3: Provisions for Credit Losses Summary"_s);
    });
    ASSERT_NE(table, filing.schedules.cend());
    ASSERT_EQ(table->periods.size(), 4);
    EXPECT_EQ(table->periods[2].unit, RowUnit::None);
    EXPECT_EQ(table->periods[3].unit, RowUnit::Percent);
    const TieOut tieOut = TieOutChecker::run(filing);
    const Check *total = find(filing, tieOut, Check::Kind::Total, u"Total provisions for credit losses"_s);
    ASSERT_NE(total, nullptr);
    EXPECT_TRUE(total->passed());
    EXPECT_EQ(total->periods.size(), 3);
}
