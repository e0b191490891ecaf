// SPDX-License-Identifier: GPL-3.0-or-later
// Earnings releases in HTML, as filed on EDGAR. The fixture
// tests/data/html/contoso-q2-2024-release.htm is written by hand in the
// layout filing agents use ("$" and ")" in cells of their own, a negative
// split over two cells, header rows spanning the periods, hidden spacer
// cells, CSS indentation, rules above totals); the same text is also read
// inside EDGAR's <DOCUMENT> wrapper and in a submission with an 8-K. Values
// are typed in from the fixture.
#include "analysis/FilingAnalysis.h"
#include "checks/CheckText.h"
#include "checks/TieOutCount.h"
#include "import/FilingImporter.h"
#include "import/FootnoteMarker.h"
#include "import/NoteReader.h"
#include "support/Amounts.h"
#include "support/TestData.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

QString fixture()
{
    return TestData::dataPath(u"html/contoso-q2-2024-release.htm"_s);
}

const Schedule &onlySchedule(const Filing &filing)
{
    EXPECT_EQ(filing.schedules.size(), 1);
    return filing.schedules.constFirst();
}

const Row &rowOf(const Schedule &schedule, const QString &label, int occurrence = 1)
{
    const qsizetype r = schedule.findRow(label, occurrence);
    EXPECT_GE(r, 0) << qPrintable(label);
    static const Row none;
    return r >= 0 ? schedule.rows[r] : none;
}

// The figures of a row as printed, one per period.
QStringList printed(const Filing &filing, const Row &row)
{
    QStringList texts;
    for (const Cell &cell : row.cells)
        texts << filing.textOf(cell).toString();
    return texts;
}

ImportResult importText(const QByteArray &bytes, const QString &name)
{
    return FilingImporter::importBytes(bytes, name);
}

// EDGAR's wrapper around one document of a submission, written here by hand:
// its type and file name, then the document between <TEXT> and </TEXT>.
QByteArray wrapped(const QByteArray &type, const QByteArray &fileName, const QByteArray &sequence,
                   const QByteArray &text)
{
    return "<DOCUMENT>\n<TYPE>" + type + "\n<SEQUENCE>" + sequence + "\n<FILENAME>" + fileName + "\n<TEXT>\n" + text
           + "</TEXT>\n</DOCUMENT>\n";
}

} // namespace

TEST(HtmlRelease, ReadsTheHeadlineDateAndTheScheduleTitleBlock)
{
    const Filing filing = TestData::load(fixture());
    EXPECT_EQ(filing.kind, Filing::Kind::EarningsRelease);
    EXPECT_EQ(filing.title, u"Contoso Robotics Reports Second Quarter 2024 Results"_s);
    EXPECT_EQ(filing.date, QDate(2024, 7, 25));
    const Schedule &schedule = onlySchedule(filing);
    EXPECT_EQ(schedule.company, u"CONTOSO ROBOTICS, INC."_s);
    EXPECT_EQ(schedule.title, u"CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS"_s);
    EXPECT_EQ(schedule.captions, (QStringList{u"(in thousands, except per share data)"_s, u"(unaudited)"_s}));
    // "billions" in a sentence of the body above is not the table's scale.
    EXPECT_EQ(schedule.scale, 1000);
    EXPECT_EQ(filing.company, u"CONTOSO ROBOTICS, INC."_s);
}

TEST(HtmlRelease, HeaderRowsSpanningThePeriodsMakeTwoQuarters)
{
    const Filing filing = TestData::load(fixture());
    const Schedule &schedule = onlySchedule(filing);
    // The hidden cell of the first header row is no column.
    ASSERT_EQ(schedule.periods.size(), 2);
    EXPECT_EQ(schedule.periods[0].label(), u"Three Months Ended June 30, 2024"_s);
    EXPECT_EQ(schedule.periods[1].label(), u"Three Months Ended June 30, 2023"_s);
    EXPECT_EQ(schedule.periods[0].date, QDate(2024, 6, 30));
    EXPECT_EQ(schedule.periods[0].months, 3);
    EXPECT_EQ(schedule.periods[1].shortLabel(), u"Q2 2023"_s);
}

TEST(HtmlRelease, FiguresJoinTheirDollarSignsAndParenthesesFromCellsOfTheirOwn)
{
    const Filing filing = TestData::load(fixture());
    const Schedule &schedule = onlySchedule(filing);
    EXPECT_EQ(printed(filing, rowOf(schedule, u"Product"_s)), (QStringList{u"$31,410"_s, u"$28,006"_s}));
    // "(3,250" then ")" in the next cell: one negative figure.
    const Row &loss = rowOf(schedule, u"Loss from operations"_s);
    EXPECT_EQ(printed(filing, loss), (QStringList{u"(3,250)"_s, u"(3,700)"_s}));
    EXPECT_TRUE(loss.cells[0].amount.isIdenticalTo(exact(-3250)));
    // In one cell, "(410)" reads the same.
    EXPECT_TRUE(rowOf(schedule, u"Other income, net"_s).cells[1].amount.isIdenticalTo(exact(-410)));
    const Row &net = rowOf(schedule, u"Net loss"_s);
    EXPECT_EQ(printed(filing, net), (QStringList{u"$(2,130)"_s, u"$(4,110)"_s}));
    EXPECT_TRUE(net.cells[1].amount.isIdenticalTo(exact(-4110)));
    // An em dash is nil, not zero and not unreadable.
    const Row &restructuring = rowOf(schedule, u"Restructuring"_s);
    EXPECT_TRUE(restructuring.cells[0].isNil());
    EXPECT_TRUE(restructuring.cells[0].readable);
    EXPECT_TRUE(restructuring.cells[1].amount.isIdenticalTo(exact(845)));
}

TEST(HtmlRelease, PerShareFiguresKeepTheirSignAndShareCountsTheirs)
{
    const Filing filing = TestData::load(fixture());
    const Schedule &schedule = onlySchedule(filing);
    // "$", "(0.09" and ")" in three cells: a loss per share, never +0.09.
    const Row &diluted = rowOf(schedule, u"Diluted"_s, 1);
    EXPECT_EQ(diluted.kind, RowKind::PerShare);
    EXPECT_EQ(printed(filing, diluted), (QStringList{u"$(0.09)"_s, u"$(0.18)"_s}));
    EXPECT_TRUE(diluted.cells[0].amount.isNegative());
    const Row &shares = rowOf(schedule, u"Diluted"_s, 2);
    EXPECT_EQ(shares.kind, RowKind::ShareCount);
    EXPECT_EQ(printed(filing, shares), (QStringList{u"23,610"_s, u"22,840"_s}));
}

TEST(HtmlRelease, IndentationAndRulesShapeTheRows)
{
    const Filing filing = TestData::load(fixture());
    const Schedule &schedule = onlySchedule(filing);
    EXPECT_EQ(rowOf(schedule, u"Revenue:"_s).kind, RowKind::Section);
    // 12pt of padding (or margin inside the cell) is a level deeper than none.
    EXPECT_GT(rowOf(schedule, u"Product"_s).level, rowOf(schedule, u"Revenue:"_s).level);
    EXPECT_GT(rowOf(schedule, u"Research and development"_s).level, rowOf(schedule, u"Operating expenses:"_s).level);
    EXPECT_EQ(rowOf(schedule, u"Total revenue"_s).kind, RowKind::Total);
    EXPECT_EQ(rowOf(schedule, u"Total operating expenses"_s).kind, RowKind::Total);
    EXPECT_EQ(rowOf(schedule, u"Product"_s).kind, RowKind::Item);
}

TEST(HtmlRelease, EveryFigureKnowsItsLineAndColumnInTheHtml)
{
    const Filing filing = TestData::load(fixture());
    const Schedule &schedule = onlySchedule(filing);
    // Line 34: <td>$</td><td style="text-align:right">31,410</td><td></td>;
    // the figure starts after 10 + 29 characters of markup.
    const Cell &product = rowOf(schedule, u"Product"_s).cells[0];
    EXPECT_EQ(product.location.line, 34);
    EXPECT_EQ(product.location.column, 40);
    // Line 92: the loss from operations, "(3,250" in its cell.
    EXPECT_EQ(rowOf(schedule, u"Loss from operations"_s).cells[0].location.line, 92);
    EXPECT_EQ(rowOf(schedule, u"Product"_s).location.line, 33);
    // The source view shows the file as filed.
    EXPECT_TRUE(filing.text.startsWith(u"<!DOCTYPE html>"_s));
}

TEST(HtmlRelease, EveryTotalTies)
{
    const FilingAnalysisPtr analysis = TestData::loadAnalysed(fixture());
    const TieOutCount count = TieOutCount::of(analysis->tieOut.checks);
    // Total revenue, gross profit, operating expenses, loss from operations,
    // net loss, and basic and diluted loss per share, in both quarters.
    EXPECT_EQ(count.summary(), u"7 checks, 14 figures, all tie"_s);
}

TEST(HtmlRelease, TextOutsideTheTablesIsTheNarrativeWithoutScriptsOrStyles)
{
    const Filing filing = TestData::load(fixture());
    QStringList texts;
    for (const Paragraph &paragraph : filing.narrative)
        texts << paragraph.text;
    const QString all = texts.join(u'\n');
    EXPECT_TRUE(all.contains(u"Contoso Robotics, Inc. today reported revenue of $48.2 million"_s));
    // A layout table of bullets reads as lines of text, not as a schedule.
    EXPECT_TRUE(texts.contains(u"\u2022 Layout tables for bullets are narrative, not schedules."_s)) << qPrintable(all);
    EXPECT_FALSE(all.contains(u"never run"_s));
    EXPECT_FALSE(all.contains(u"font-family"_s));
    EXPECT_FALSE(all.contains(u"hidden"_s));
}

TEST(HtmlRelease, TheSameExhibitInsideEdgarsDocumentWrapper)
{
    const QByteArray html = TestData::bytesOf(fixture());
    const ImportResult result = importText(wrapped("EX-99.1", "ex991.htm", "2", html), u"ex991.htm"_s);
    ASSERT_TRUE(result.ok()) << qPrintable(result.firstError());
    const Schedule &schedule = onlySchedule(*result.filing);
    EXPECT_EQ(schedule.title, u"CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS"_s);
    // Five lines of wrapper above: the figure of line 34 is on line 39.
    EXPECT_EQ(rowOf(schedule, u"Product"_s).cells[0].location.line, 39);
    // The wrapper's own lines are not narrative.
    for (const Paragraph &paragraph : result.filing->narrative)
        EXPECT_FALSE(paragraph.text.contains(u"EX-99.1"_s)) << qPrintable(paragraph.text);
}

TEST(HtmlRelease, ASubmissionOpensItsExhibitAndNamesWhatItLeaves)
{
    const QByteArray html = TestData::bytesOf(fixture());
    const QByteArray form = "<html><body><p>Item 2.02 Results of Operations</p>"
                            "<table><tr><td>Exhibit</td><td>99.1</td></tr></table></body></html>\n";
    const QByteArray submission = "<SEC-DOCUMENT>\n<SEC-HEADER>\n</SEC-HEADER>\n"
                                  + wrapped("8-K", "form8-k.htm", "1", form)
                                  + wrapped("EX-99.1", "ex991.htm", "2", html) + "</SEC-DOCUMENT>\n";
    const ImportResult result = importText(submission, u"0000000000-24-000001.txt"_s);
    ASSERT_TRUE(result.ok()) << qPrintable(result.firstError());
    EXPECT_EQ(onlySchedule(*result.filing).title, u"CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS"_s);
    bool named = false;
    for (const Diagnostic &warning : result.filing->warnings)
        named = named || warning.message.contains(u"not opened: 8-K (form8-k.htm)"_s);
    EXPECT_TRUE(named);
}

TEST(HtmlRelease, ADocumentWithoutATableSaysSoWithItsName)
{
    const ImportResult result =
        importText("<html><body><p>Results will follow on Monday.</p></body></html>", u"empty.htm"_s);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.firstError().contains(u"empty.htm"_s)) << qPrintable(result.firstError());
    EXPECT_TRUE(result.firstError().contains(u"no schedule found"_s)) << qPrintable(result.firstError());
}

TEST(HtmlRelease, BrokenMarkupReadsWhatCanBeRead)
{
    // Unclosed cells and rows, an absurd colspan, a comment never closed.
    const QByteArray html = "<html><body><p><b>Widget Co.</b></p><p><b>Statement of Operations</b></p>"
                            "<p>(in thousands)</p><table><tr><td></td><td colspan=1000000>2024<td>2023"
                            "<tr><td>Revenue<td>1,200<td>1,100"
                            "<tr><td>Cost<td>(200<td>)</td><td>(150)"
                            "<tr><td>Gross profit<td>1,000<td>950</table><!-- never closed <p>lost";
    const ImportResult result = importText(html, u"broken.htm"_s);
    ASSERT_TRUE(result.ok()) << qPrintable(result.firstError());
    const Schedule &schedule = onlySchedule(*result.filing);
    EXPECT_EQ(schedule.title, u"Statement of Operations"_s);
    EXPECT_EQ(schedule.periods.size(), 2);
    EXPECT_TRUE(rowOf(schedule, u"Revenue"_s).cells[0].amount.isIdenticalTo(exact(1200)));
    EXPECT_TRUE(rowOf(schedule, u"Gross profit"_s).cells[1].amount.isIdenticalTo(exact(950)));
}

TEST(HtmlRelease, AColumnOfPercentagesIsNotAddedUp)
{
    // Loans of a bank's release: 1.7% + 1.2% is not the 1.5% change of the total.
    const QByteArray html = "<html><body><p><b>Loan Portfolio</b></p><p>($ in thousands)</p><table>"
                            "<tr><td></td><td>September 30, 2025</td><td>June 30, 2025</td><td>% Change</td></tr>"
                            "<tr><td>Commercial</td><td>$15,231</td><td>$14,978</td><td>1.7</td></tr>"
                            "<tr><td>Multifamily</td><td>5,037</td><td>4,978</td><td>1.2</td></tr>"
                            "<tr><td>Total loans</td><td style='border-top:1px solid'>20,268</td>"
                            "<td style='border-top:1px solid'>19,956</td><td>1.6</td></tr></table></body></html>";
    const ImportResult result = importText(html, u"loans.htm"_s);
    ASSERT_TRUE(result.ok()) << qPrintable(result.firstError());
    const Schedule &schedule = onlySchedule(*result.filing);
    ASSERT_EQ(schedule.periods.size(), 3);
    EXPECT_TRUE(schedule.periods[0].isAdditive());
    EXPECT_FALSE(schedule.periods[2].isAdditive());
    const FilingAnalysisPtr analysis = FilingAnalysis::analyze(*result.filing);
    // 15,231 + 5,037 = 20,268 and 14,978 + 4,978 = 19,956. The change column
    // is not added up but checked line by line as growth over June:
    // 15,231 ÷ 14,978 − 1 = 1.69%, 5,037 ÷ 4,978 − 1 = 1.19%, 20,268 ÷ 19,956 − 1 = 1.56%.
    EXPECT_EQ(TieOutCount::of(analysis->tieOut.checks).summary(), u"4 checks, 5 figures, all tie"_s);
    const auto growth = std::count_if(analysis->tieOut.checks.cbegin(), analysis->tieOut.checks.cend(),
                                      [](const Check &c) { return c.kind == Check::Kind::Growth; });
    EXPECT_EQ(growth, 3);
}

TEST(HtmlRelease, ABareTotalUnderAPlainListIsCheckedThoughItDoesNotTie)
{
    // A milestone table: 200,000 + 296,000 + 200,000 is 696,000, printed 702,000.
    const QByteArray html = "<html><body><p><b>Milestone Income</b></p><table>"
                            "<tr><td>Partner</td><td>Cash Collected</td><td>Remaining Potential</td></tr>"
                            "<tr><td>Alpha Inc.</td><td>$200,000</td><td>$6,800,000</td></tr>"
                            "<tr><td>Beta Corp.</td><td>$296,000</td><td>$6,704,000</td></tr>"
                            "<tr><td>Gamma Inc.</td><td>$200,000</td><td>$4,800,000</td></tr>"
                            "<tr><td>Total</td><td>$702,000</td><td>$18,298,000</td></tr></table></body></html>";
    const ImportResult result = importText(html, u"milestones.htm"_s);
    ASSERT_TRUE(result.ok()) << qPrintable(result.firstError());
    const FilingAnalysisPtr analysis = FilingAnalysis::analyze(*result.filing);
    ASSERT_EQ(analysis->tieOut.checks.size(), 1);
    const CheckText text(analysis->filing);
    const Check &total = analysis->tieOut.checks.constFirst();
    ASSERT_EQ(total.periods.size(), 2);
    EXPECT_EQ(text.period(total, 0).difference, u"6000"_s);
    EXPECT_EQ(text.period(total, 1).difference, u"-6000"_s);
}

TEST(HtmlRelease, ARunInHeadingBeforeADashTitlesTheTable)
{
    // A 10-Q note: "Segment Information – The operating results … were as
    // follows (an aside):" leads into the table.
    const QByteArray html =
        "<html><body><p>Segment Information \xE2\x80\x93 The operating results of the reportable segments were as "
        "follows (differences between segment totals and consolidated amounts are in Corporate):</p><table>"
        "<tr><td></td><td>Mining</td><td>Smelting</td><td>Total</td></tr>"
        "<tr><td>Third-party sales</td><td>100</td><td>200</td><td>300</td></tr></table></body></html>";
    const ImportResult result = importText(html, u"segments.htm"_s);
    ASSERT_TRUE(result.ok()) << qPrintable(result.firstError());
    EXPECT_EQ(onlySchedule(*result.filing).title, u"Segment Information"_s);
}

TEST(HtmlRelease, AnUntitledTableAfterOneThatSaysItContinuesSaysItOnce)
{
    // As Clorox's 10-K prints a note over page breaks: its title already
    // says "(Continued)", and the untitled table after it continues it.
    const QByteArray html = "<html><body><p><b>Note 9. Fair Value (Continued)</b></p><table>"
                            "<tr><td></td><td>2022</td><td>2021</td></tr>"
                            "<tr><td>Level 1</td><td>10</td><td>12</td></tr></table><table>"
                            "<tr><td></td><td>Level 2</td><td>Level 3</td></tr>"
                            "<tr><td>Swaps</td><td>4</td><td>5</td></tr></table><p><b>Note 10. Leases</b></p><table>"
                            "<tr><td></td><td>2022</td><td>2021</td></tr>"
                            "<tr><td>Operating</td><td>7</td><td>8</td></tr></table><table>"
                            "<tr><td></td><td>Current</td><td>Long-term</td></tr>"
                            "<tr><td>Liabilities</td><td>3</td><td>9</td></tr></table></body></html>";
    const ImportResult result = importText(html, u"continued.htm"_s);
    ASSERT_TRUE(result.ok()) << qPrintable(result.firstError());
    const QList<Schedule> &schedules = result.filing->schedules;
    ASSERT_EQ(schedules.size(), 4);
    EXPECT_EQ(schedules[1].title, u"Note 9. Fair Value (Continued)"_s);
    EXPECT_EQ(schedules[3].title, u"Note 10. Leases (continued)"_s);
}

TEST(HtmlRelease, AHeaderRepeatedInsideTheBodyHeadsNoRowAndMovesNoPeriod)
{
    // Apple's summary data: each period spans a units and a revenue column,
    // and the second block repeats "Units K | $M" over its figures, starting
    // left of the first figure column.
    const QByteArray html = "<html><body><p><b>Summary Data</b></p><table>"
                            "<tr><td></td><td></td><td colspan=4>Q4 2010</td><td></td><td colspan=4>Q1 2011</td></tr>"
                            "<tr><td></td><td></td><td colspan=2>Units K</td><td colspan=2>Revenue $M</td><td></td>"
                            "<td colspan=2>Units K</td><td colspan=2>Revenue $M</td></tr>"
                            "<tr><td>Americas</td><td></td><td></td><td>1,460</td><td>$</td><td>7,186</td><td></td>"
                            "<td></td><td>1,360</td><td>$</td><td>9,218</td></tr>"
                            "<tr><td></td><td></td><td colspan=2>Units K</td><td colspan=2>$M</td><td></td>"
                            "<td colspan=2>Units K</td><td colspan=2>$M</td></tr>"
                            "<tr><td>Desktops</td><td></td><td></td><td>1,242</td><td>$</td><td>1,676</td><td></td>"
                            "<td></td><td>1,227</td><td>$</td><td>1,731</td></tr></table></body></html>";
    const ImportResult result = importText(html, u"summary.htm"_s);
    ASSERT_TRUE(result.ok()) << qPrintable(result.firstError());
    const Schedule &schedule = onlySchedule(*result.filing);
    ASSERT_EQ(schedule.periods.size(), 4);
    EXPECT_EQ(schedule.periods[0].label(), u"Q4 2010 Units K"_s);
    EXPECT_EQ(schedule.periods[1].label(), u"Q4 2010 Revenue $M"_s);
    EXPECT_EQ(schedule.periods[3].label(), u"Q1 2011 Revenue $M"_s);
    ASSERT_EQ(schedule.rows.size(), 2);
    EXPECT_EQ(schedule.rows[1].label, u"Desktops"_s);
    EXPECT_TRUE(schedule.rows[1].cells[1].amount.isIdenticalTo(exact(1676)));
}

// tests/data/html/fabrikam-q3-2025-release.htm: tables titled the ways banks'
// releases and 10-Q notes title them, and units stated once.
namespace {

QString fabrikam()
{
    return TestData::dataPath(u"html/fabrikam-q3-2025-release.htm"_s);
}

} // namespace

TEST(HtmlRelease, ATitleBlockWithItalicCaptionsNamesCompanyTitleAndUnits)
{
    const Filing filing = TestData::load(fabrikam());
    ASSERT_EQ(filing.schedules.size(), 7);
    const Schedule &balance = filing.schedules[0];
    // "Item 1. Financial Statements." above the company is the page's running head.
    EXPECT_EQ(balance.company, u"Fabrikam Financial Corporation and Subsidiaries"_s);
    EXPECT_EQ(balance.title, u"Consolidated Balance Sheets (Unaudited)"_s);
    EXPECT_EQ(balance.captions, QStringList{u"(Dollars in thousands)"_s});
    EXPECT_EQ(balance.scale, 1000);
    // "Assets", a spacer row above the first figure, heads the body.
    EXPECT_EQ(balance.rows.constFirst().label, u"Assets"_s);
    EXPECT_EQ(balance.rows.constFirst().kind, RowKind::Section);
    EXPECT_EQ(printed(filing, rowOf(balance, u"Total assets"_s)), (QStringList{u"$10,000"_s, u"$9,700"_s}));
}

TEST(HtmlRelease, ASentenceLeadingIntoATableTitlesIt)
{
    const Filing filing = TestData::load(fabrikam());
    ASSERT_EQ(filing.schedules.size(), 7);
    const Schedule &chargeOffs = filing.schedules[1];
    EXPECT_EQ(chargeOffs.title,
              u"The following table sets forth the charge-offs and recoveries for the periods indicated"_s);
    // "(in thousands)" inside the header over the periods is the table's unit.
    EXPECT_EQ(chargeOffs.scale, 1000);
    ASSERT_EQ(chargeOffs.periods.size(), 2);
    EXPECT_EQ(chargeOffs.periods[0].date, QDate(2025, 9, 30));
    EXPECT_EQ(chargeOffs.periods[1].date, QDate(2025, 6, 30));
    EXPECT_EQ(printed(filing, rowOf(chargeOffs, u"Net charge-offs"_s)), (QStringList{u"$(325)"_s, u"$(320)"_s}));
    // A footnote's sentence, without its number, titles the table under it.
    EXPECT_EQ(filing.schedules[2].title,
              u"Stock-based compensation was included in the following operating expense categories"_s);
}

TEST(HtmlRelease, ATableWithoutUnitsIsInTheUnitsLastStated)
{
    const Filing filing = TestData::load(fabrikam());
    ASSERT_EQ(filing.schedules.size(), 7);
    EXPECT_EQ(filing.schedules[2].scale, 1000);
    // "(Shares in millions)" gives the share counts' unit, not the money's.
    const Schedule &outlook = filing.schedules[3];
    EXPECT_EQ(outlook.title, u"Outlook"_s);
    EXPECT_EQ(outlook.shareScale, 1000000);
    EXPECT_EQ(outlook.scale, 1000);
}

TEST(HtmlRelease, AFigureSpanningTheDollarSignsColumnStaysInItsPeriod)
{
    const Filing filing = TestData::load(fabrikam());
    ASSERT_EQ(filing.schedules.size(), 7);
    const Schedule &outlook = filing.schedules[3];
    ASSERT_EQ(outlook.periods.size(), 2);
    EXPECT_EQ(outlook.periods[0].label(), u"Fiscal Year 2026 Low"_s);
    EXPECT_EQ(outlook.periods[1].label(), u"Fiscal Year 2026 High"_s);
    EXPECT_EQ(printed(filing, rowOf(outlook, u"Shares used to compute diluted earnings per share"_s)),
              (QStringList{u"30"_s, u"30"_s}));
    EXPECT_EQ(printed(filing, rowOf(outlook, u"Non-GAAP diluted earnings per share"_s)),
              (QStringList{u"$2.00"_s, u"$2.15"_s}));
}

TEST(HtmlRelease, ATableOpeningWithAHeadingIsTitledByIt)
{
    const Filing filing = TestData::load(fabrikam());
    ASSERT_EQ(filing.schedules.size(), 7);
    EXPECT_EQ(filing.schedules[4].title, u"Noninterest Expense"_s);
    const FilingAnalysisPtr analysis = FilingAnalysis::analyze(filing);
    EXPECT_EQ(TieOutCount::of(analysis->tieOut.checks).summary(), u"7 checks, 14 figures, all tie"_s);
}

TEST(HtmlRelease, FootnotesUnderATableBecomeTheNotesItsRowsCite)
{
    const Filing filing = TestData::load(fabrikam());
    ASSERT_EQ(filing.schedules.size(), 7);
    const Schedule &reconciliation = filing.schedules[5];
    EXPECT_EQ(reconciliation.title, u"Reconciliation of GAAP to Non-GAAP Net Income"_s);
    // "(1)" after the label and a superscript "2" cite the footnotes printed
    // under the table, in a layout table and in a paragraph.
    const Row &amortization = rowOf(reconciliation, u"Amortization of core deposit intangibles"_s);
    EXPECT_EQ(amortization.notes, QStringList{u"1"_s});
    const Row &branches = rowOf(reconciliation, u"Branch consolidation costs"_s);
    EXPECT_EQ(branches.notes, QStringList{u"2"_s});
    EXPECT_TRUE(reconciliation.hasNoteColumn);
    ASSERT_NE(filing.note(u"1"_s), nullptr);
    EXPECT_EQ(filing.note(u"1"_s)->title, u"Amortization of intangible assets acquired with Northwind Bank in 2023"_s);
    EXPECT_EQ(filing.note(u"1"_s)->text,
              u"Amortization of intangible assets acquired with Northwind Bank in 2023. It ends in 2030."_s);
    ASSERT_NE(filing.note(u"2"_s), nullptr);
    EXPECT_EQ(filing.note(u"2"_s)->text,
              u"Severance and lease exit costs of the two branches closed in the third quarter."_s);
    // A footnote no row cites stays under its table, and is no note.
    ASSERT_EQ(reconciliation.footnotes.size(), 3);
    EXPECT_EQ(reconciliation.footnotes[2].marker, u"(4)"_s);
    EXPECT_EQ(filing.note(u"4"_s), nullptr);
    // 1 and 2 here, and 6 of the noninterest expense table.
    EXPECT_EQ(filing.notes.size(), 3);
}

TEST(HtmlRelease, TheTracePanelOpensTheFootnoteAnAdjustmentCites)
{
    const FilingAnalysisPtr analysis = TestData::loadAnalysed(fabrikam());
    const AdjustmentTrace *branches = nullptr;
    for (const AdjustmentTrace &trace : analysis->traces)
        branches = trace.label == u"Branch consolidation costs"_s ? &trace : branches;
    ASSERT_NE(branches, nullptr);
    ASSERT_EQ(branches->notes.size(), 1);
    EXPECT_EQ(branches->notes[0].letter, u"2"_s);
    EXPECT_TRUE(branches->notes[0].found);
    EXPECT_EQ(branches->notes[0].title,
              u"Severance and lease exit costs of the two branches closed in the third quarter"_s);
}

TEST(FootnoteMarker, KeysSplitsAndTrailingMarkersAsReleasesPrintThem)
{
    EXPECT_EQ(FootnoteMarker::keys(u"(1)"_s), QStringList{u"1"_s});
    EXPECT_EQ(FootnoteMarker::keys(u"1,2"_s), (QStringList{u"1"_s, u"2"_s}));
    EXPECT_EQ(FootnoteMarker::keys(u"(a)(b)"_s), (QStringList{u"a"_s, u"b"_s}));
    EXPECT_EQ(FootnoteMarker::keys(u"**"_s), QStringList{u"**"_s});

    const FootnoteMarker::Split oracle = FootnoteMarker::split(u"(3) Stock-based compensation was included"_s, false);
    EXPECT_EQ(oracle.marker, u"(3)"_s);
    EXPECT_EQ(oracle.text, u"Stock-based compensation was included"_s);
    EXPECT_EQ(FootnoteMarker::split(u"2 Excludes repossessed property."_s, true).marker, u"2"_s);
    EXPECT_TRUE(FootnoteMarker::split(u"2 Excludes repossessed property."_s, false).marker.isEmpty());
    EXPECT_TRUE(FootnoteMarker::split(u"3 months ended March 31"_s, true).marker.isEmpty());

    QString label = u"Transformation(1),(2)"_s;
    EXPECT_EQ(FootnoteMarker::takeTrailing(label), (QStringList{u"1"_s, u"2"_s}));
    EXPECT_EQ(label, u"Transformation"_s);
    label = u"Stock-based compensation (3)"_s;
    EXPECT_EQ(FootnoteMarker::takeTrailing(label), QStringList{u"3"_s});
    EXPECT_EQ(label, u"Stock-based compensation"_s);
    // A formula's operand and a whole label stay.
    label = u"Total revenue (e)=(a)+(d)"_s;
    EXPECT_TRUE(FootnoteMarker::takeTrailing(label).isEmpty());
    EXPECT_EQ(label, u"Total revenue (e)=(a)+(d)"_s);
    label = u"(1)"_s;
    EXPECT_TRUE(FootnoteMarker::takeTrailing(label).isEmpty());
    label = u"Net income (loss)"_s;
    EXPECT_TRUE(FootnoteMarker::takeTrailing(label).isEmpty());
}

TEST(HtmlRelease, AReconciliationWithoutGaapLabelsIsTracedFromItsSum)
{
    // "Stockholders' equity", "Less: Goodwill", "Less: Core deposit
    // intangibles", "Tangible common equity": no line says GAAP, the title does.
    const FilingAnalysisPtr analysis = TestData::loadAnalysed(fabrikam());
    const Schedule &tangible = analysis->filing.schedules[6];
    EXPECT_EQ(tangible.title, u"Reconciliation of Tangible Common Equity (non-GAAP)"_s);
    QStringList adjustments;
    for (const AdjustmentTrace &trace : analysis->traces) {
        if (trace.row.schedule != 6)
            continue;
        adjustments << trace.label;
        EXPECT_EQ(tangible.rows[trace.block.row].label, u"Stockholders’ equity"_s);
        EXPECT_EQ(tangible.rows[trace.nonGaap.row].label, u"Tangible common equity"_s);
        EXPECT_TRUE(trace.blockTies);
    }
    EXPECT_EQ(adjustments, (QStringList{u"Less: Goodwill"_s, u"Less: Core deposit intangibles"_s}));
}

TEST(NoteReader, APlainParagraphHeadedByItsLetterIsANote)
{
    const std::optional<Note> note = NoteReader::readPlain(
        u"Note A: Acquisition Related Expenses. We excluded (i) amortization of intangibles; and (ii) deal costs."_s);
    ASSERT_TRUE(note.has_value());
    EXPECT_EQ(note->letter, u"A"_s);
    EXPECT_EQ(note->title, u"Acquisition Related Expenses"_s);
    EXPECT_EQ(note->text, u"We excluded (i) amortization of intangibles; and (ii) deal costs."_s);
    ASSERT_EQ(note->clauses.size(), 2);
    EXPECT_EQ(note->clauses[0].text, u"amortization of intangibles"_s);
    EXPECT_FALSE(NoteReader::readPlain(u"Notes to the financial statements follow."_s).has_value());
}

TEST(HtmlRelease, ARaisedNumberUnderTheLastFigureIsAFootnoteAboveItAHeadingsCitation)
{
    const Filing filing = TestData::load(fabrikam());
    ASSERT_EQ(filing.schedules.size(), 7);
    const Schedule &expense = filing.schedules[4];
    // "⁽⁵⁾ Branch costs:" between figures heads rows; "⁽⁶⁾ Includes …" under
    // the total is the footnote "Occupancy and equipment⁽⁶⁾" cites.
    EXPECT_GE(expense.findRow(u"Branch costs:"_s), 0);
    ASSERT_EQ(expense.footnotes.size(), 1);
    EXPECT_EQ(expense.footnotes[0].marker, u"(6)"_s);
    EXPECT_EQ(expense.footnotes[0].text, u"Includes a branch closed in June."_s);
    EXPECT_EQ(rowOf(expense, u"Occupancy and equipment"_s).notes, QStringList{u"6"_s});
    EXPECT_EQ(expense.findRow(u"Includes a branch closed in June."_s), -1);
}
