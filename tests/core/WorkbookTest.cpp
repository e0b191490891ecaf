// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Workbook and `tieout export-xlsx`: filings as an Excel
// workbook, read back from the file (XlsxReader) and recalculated by
// LibreOffice. Expected figures are the filings' own.
#include "support/LibreOfficeRecalc.h"
#include "support/TestData.h"
#include "support/XlsxReader.h"
#include "workbook/SheetNames.h"
#include "workbook/WorkbookFormats.h"
#include "workbook/WorkbookWriter.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The filings written to a workbook in a folder of the test's own, read back.
class WrittenWorkbook
{
public:
    explicit WrittenWorkbook(const QList<FilingAnalysisPtr> &filings, const QList<qsizetype> &schedules = {})
    {
        QList<WorkbookWriter::Part> parts;
        for (const FilingAnalysisPtr &filing : filings)
            parts.append({filing, schedules});
        path = folder.filePath(u"workbook.xlsx"_s);
        result = WorkbookWriter::write(parts, path);
        EXPECT_TRUE(result.ok()) << qPrintable(result.error);
        EXPECT_TRUE(reader.read(path)) << qPrintable(reader.error());
    }

    QTemporaryDir folder;
    QString path;
    WorkbookWriter::Result result;
    XlsxReader reader;
};

// Each row's first cell down column A, as far as the sheet goes: where the labels are.
int rowLabelled(const XlsxReader &reader, const QString &sheet, const QString &label, int occurrence = 1)
{
    for (int row = 1; row < 2000; ++row) {
        if (reader.cell(sheet, u"A%1"_s.arg(row)).text == label && --occurrence == 0)
            return row;
    }
    return -1;
}

} // namespace

TEST(SheetNames, AreWhatExcelAllowsAndNeverTwice)
{
    EXPECT_EQ(SheetNames::of({u"Balance Sheets"_s, u"balance sheets"_s, u"Balance Sheets"_s}),
              (QStringList{u"Balance Sheets"_s, u"balance sheets (2)"_s, u"Balance Sheets (3)"_s}));
    // At most 31 characters, cut at a word; none of : \ / ? * [ ].
    EXPECT_EQ(SheetNames::of({u"Reconciliation of GAAP to Non-GAAP Measures"_s}),
              QStringList{u"Reconciliation of GAAP to"_s});
    EXPECT_EQ(SheetNames::of({u"Revenues [Note 3]: Q1/Q2 *"_s}), QStringList{u"Revenues Note 3 Q1 Q2"_s});
    // Excel keeps "History" for itself; the tie-out's name is taken; nothing left is "Schedule".
    EXPECT_EQ(SheetNames::of({u"History"_s, u"Tie-out"_s, u"[]"_s}, {u"Tie-out"_s}),
              (QStringList{u"History (2)"_s, u"Tie-out (2)"_s, u"Schedule"_s}));
    EXPECT_EQ(SheetNames::of({u"'Quoted'"_s}), QStringList{u"Quoted"_s});
    EXPECT_EQ(SheetNames::quoted(u"Investors' Data"_s), u"'Investors'' Data'"_s);
}

TEST(WorkbookFormats, PrintFiguresAsFiled)
{
    EXPECT_EQ(WorkbookFormats::numberFormat(0, false, false, false), u"#,##0;(#,##0)"_s);
    EXPECT_EQ(WorkbookFormats::numberFormat(0, true, false, false), u"$#,##0;($#,##0)"_s);
    EXPECT_EQ(WorkbookFormats::numberFormat(2, true, false, false), u"$#,##0.00;($#,##0.00)"_s);
    EXPECT_EQ(WorkbookFormats::numberFormat(1, false, true, false), u"0.0%;(0.0%)"_s);
    EXPECT_EQ(WorkbookFormats::numberFormat(0, false, false, true), u"#,##0;(#,##0);\"—\""_s);
}

TEST(Workbook, LaysTheReleaseOutAsFiledWithTotalsAsFormulas)
{
    const WrittenWorkbook book({TestData::analysedRelease()});
    const XlsxReader &r = book.reader;
    EXPECT_EQ(r.sheets(),
              (QStringList{u"Statements of Operations"_s, u"Stock Based Compensation by"_s, u"Net Product Revenue by"_s,
                           u"Reconciliation between GAAP to"_s, u"Balance Sheets"_s, u"Cash and Cash Equivalents and"_s,
                           u"Statements of Cash Flows"_s, u"Tie-out"_s}));
    EXPECT_EQ(r.title(), u"Juniper Networks, Inc."_s);
    const QString ops = u"Statements of Operations"_s;
    EXPECT_EQ(r.cell(ops, u"A1"_s).text, u"Juniper Networks, Inc."_s);
    EXPECT_EQ(r.cell(ops, u"A2"_s).text, u"Condensed Consolidated Statements of Operations"_s);
    EXPECT_TRUE(r.cell(ops, u"A2"_s).bold);
    EXPECT_EQ(r.cell(ops, u"A3"_s).text, u"in thousands, except per share amounts"_s);
    EXPECT_TRUE(r.cell(ops, u"B5"_s).text.endsWith(u"2007"_s)) << qPrintable(r.cell(ops, u"B5"_s).text);
    EXPECT_TRUE(r.cell(ops, u"C5"_s).text.endsWith(u"2006"_s)) << qPrintable(r.cell(ops, u"C5"_s).text);

    // Line 63: "Product $ 509,773 $ 474,125", under "Net revenues:".
    EXPECT_EQ(r.cell(ops, u"A6"_s).text, u"Net revenues:"_s);
    const XlsxReader::Cell product = r.cell(ops, u"B7"_s);
    EXPECT_EQ(r.cell(ops, u"A7"_s).text, u"Product"_s);
    EXPECT_GT(r.cell(ops, u"A7"_s).indent, r.cell(ops, u"A6"_s).indent);
    EXPECT_EQ(product.number, 509773);
    EXPECT_TRUE(product.formula.isEmpty());
    EXPECT_EQ(product.numberFormat, u"$#,##0;($#,##0)"_s);
    EXPECT_EQ(r.cell(ops, u"B8"_s).numberFormat, u"#,##0;(#,##0)"_s);

    // Totals are live formulas over their lines, the filed figure cached.
    const XlsxReader::Cell revenues = r.cell(ops, u"B9"_s);
    EXPECT_EQ(r.cell(ops, u"A9"_s).text, u"Total net revenues"_s);
    EXPECT_EQ(revenues.formula, u"SUM(B7:B8)"_s);
    EXPECT_EQ(revenues.number, 626936);
    EXPECT_TRUE(revenues.bold);
    EXPECT_EQ(r.cell(ops, u"B14"_s).formula, u"B9-B13"_s); // gross margin = revenues − cost of revenues
    EXPECT_EQ(r.cell(ops, u"B14"_s).number, 414827);
    EXPECT_EQ(r.cell(ops, u"B21"_s).formula, u"SUM(B16:B20)"_s); // total operating expenses
    EXPECT_EQ(r.cell(ops, u"C21"_s).number, 290841);
    // Line 80: "(1,064)" is a negative number, added to operating income.
    EXPECT_EQ(r.cell(ops, u"B24"_s).number, -1064);
    EXPECT_EQ(r.cell(ops, u"B25"_s).formula, u"SUM(B22:B24)"_s);
    EXPECT_EQ(r.cell(ops, u"B25"_s).number, 93409);
    EXPECT_EQ(r.cell(ops, u"B27"_s).formula, u"B25-B26"_s);
    EXPECT_EQ(r.cell(ops, u"B27"_s).numberFormat, u"$#,##0;($#,##0)"_s);
    // Per share: filed rounded, so a number, never a quotient.
    EXPECT_EQ(r.cell(ops, u"A29"_s).text, u"Basic"_s);
    EXPECT_EQ(r.cell(ops, u"B29"_s).number, 0.12);
    EXPECT_TRUE(r.cell(ops, u"B29"_s).formula.isEmpty());
    EXPECT_EQ(r.cell(ops, u"B29"_s).numberFormat, u"$#,##0.00;($#,##0.00)"_s);

    // The reconciliation's non-GAAP lines are the signed sums of their blocks.
    const QString reconciliation = u"Reconciliation between GAAP to"_s;
    const int nonGaapNetIncome = rowLabelled(r, reconciliation, u"Non-GAAP Net income"_s);
    ASSERT_GT(nonGaapNetIncome, 0);
    const XlsxReader::Cell nonGaap = r.cell(reconciliation, u"C%1"_s.arg(nonGaapNetIncome));
    EXPECT_FALSE(nonGaap.formula.isEmpty());
    EXPECT_EQ(nonGaap.number, 112352); // line 168
    EXPECT_EQ(r.cell(reconciliation, u"B5"_s).text, u"Note"_s);

    // Every check in a line: verdict, where, reported, computed live, the difference live, a link to the figure.
    EXPECT_EQ(book.result.checks, 124);
    const QString tieOut = u"Tie-out"_s;
    EXPECT_EQ(r.cell(tieOut, u"A1"_s).text, u"Verdict"_s);
    EXPECT_EQ(r.cell(tieOut, u"H1"_s).text, u"Figure"_s);
    EXPECT_EQ(r.cell(tieOut, u"A2"_s).text, u"✓ ties"_s);
    EXPECT_EQ(r.cell(tieOut, u"C2"_s).text, u"Total net revenues = Product + Service"_s);
    EXPECT_EQ(r.cell(tieOut, u"E2"_s).number, 626936);
    EXPECT_EQ(r.cell(tieOut, u"F2"_s).formula, u"SUM('Statements of Operations'!B7:B8)"_s);
    EXPECT_EQ(r.cell(tieOut, u"G2"_s).formula, u"E2-F2"_s);
    EXPECT_EQ(r.cell(tieOut, u"G2"_s).number, 0);
    EXPECT_EQ(r.cell(tieOut, u"H2"_s).link, u"'Statements of Operations'!B9"_s);
    EXPECT_EQ(r.cell(tieOut, u"H2"_s).text, u"Statements of Operations!B9"_s);
    EXPECT_TRUE(r.cell(tieOut, u"A126"_s).text.isEmpty());
}

TEST(Workbook, ATotalThatDoesNotTieComputesItsLinesWithTheFiledFigureBeside)
{
    // Northwind's nine-month "Total operating expenses" prints 156.2; its
    // lines add up to 60.1 + 88.8 + 6.3 = 155.2 (tests/data/releases/README.md).
    const WrittenWorkbook book({TestData::analysed(TestData::northwindPath())});
    const XlsxReader &r = book.reader;
    const QString income = u"Statements of Income"_s;
    EXPECT_EQ(r.cell(income, u"A16"_s).text, u"Total operating expenses"_s);
    const XlsxReader::Cell total = r.cell(income, u"D16"_s);
    EXPECT_EQ(total.formula, u"SUM(D13:D15)"_s);
    EXPECT_EQ(total.number, 156.2); // cached: what the filing prints
    EXPECT_TRUE(total.comment.startsWith(u"Does not tie: the filing prints 156.2, its lines add up to 155.2, 1.0 "
                                         u"apart. The figure as filed is in F16"_s))
        << qPrintable(total.comment);
    EXPECT_EQ(total.numberFormat, u"#,##0.0;(#,##0.0)"_s);
    // Beside the table, after an empty column, the figure as filed, from
    // which the income from operations is computed.
    EXPECT_TRUE(r.cell(income, u"E16"_s).text.isEmpty());
    EXPECT_TRUE(r.cell(income, u"F5"_s).text.startsWith(u"As filed\nNine Months Ended"_s))
        << qPrintable(r.cell(income, u"F5"_s).text);
    EXPECT_EQ(r.cell(income, u"F16"_s).number, 156.2);
    EXPECT_TRUE(r.cell(income, u"F16"_s).formula.isEmpty());
    EXPECT_EQ(r.cell(income, u"D17"_s).formula, u"D11-F16"_s);
    EXPECT_EQ(r.cell(income, u"D17"_s).number, 40.1);
    // The three-month columns tie.
    EXPECT_EQ(r.cell(income, u"B16"_s).formula, u"SUM(B13:B15)"_s);

    // The failure first on the Tie-out sheet, computed from the sheet's figures.
    const QString tieOut = u"Tie-out"_s;
    EXPECT_EQ(r.cell(tieOut, u"A2"_s).text, u"✗ fails"_s);
    EXPECT_EQ(r.cell(tieOut, u"E2"_s).number, 156.2);
    EXPECT_EQ(r.cell(tieOut, u"F2"_s).formula, u"SUM('Statements of Income'!D13:D15)"_s);
    EXPECT_NEAR(*r.cell(tieOut, u"F2"_s).number, 155.2, 1e-9);
    EXPECT_NEAR(*r.cell(tieOut, u"G2"_s).number, 1.0, 1e-9);
    EXPECT_EQ(r.cell(tieOut, u"H2"_s).link, u"'Statements of Income'!D16"_s);
}

TEST(Workbook, ATotalOffByRoundingOnlyKeepsItsFiledFigure)
{
    // Litware's fourth-quarter non-GAAP diluted net income per share prints
    // 0.18; its lines, each rounded, add up to 0.19 (tests/data/releases/README.md).
    const WrittenWorkbook book({TestData::analysed(TestData::dataPath(u"releases/litware-q4-2006.txt"_s))});
    const XlsxReader &r = book.reader;
    const QString reconciliation = u"Reconciliation of GAAP to"_s;
    const int row = rowLabelled(r, reconciliation, u"Non-GAAP net income per share – diluted"_s);
    ASSERT_GT(row, 0);
    const XlsxReader::Cell perShare = r.cell(reconciliation, u"B%1"_s.arg(row));
    EXPECT_EQ(perShare.number, 0.18);
    EXPECT_TRUE(perShare.formula.isEmpty());
    EXPECT_TRUE(perShare.comment.startsWith(u"Kept as filed: its lines, each rounded, add up to 0.19 against 0.18 "
                                            u"printed, within rounding."_s))
        << qPrintable(perShare.comment);
}

TEST(Workbook, RecalculatedByLibreOfficeEveryTotalIsTheFiledFigureAndTheBreakShows)
{
    const WrittenWorkbook release({TestData::analysedRelease()});
    const WrittenWorkbook northwind({TestData::analysed(TestData::northwindPath())});
    for (const WrittenWorkbook *book : {&release, &northwind}) {
        const LibreOfficeRecalc recalc = LibreOfficeRecalc::of(book->path);
        ASSERT_TRUE(recalc.error.isEmpty()) << qPrintable(recalc.error);
        int formulas = 0;
        for (const QString &sheet : book->reader.sheets()) {
            if (sheet == u"Tie-out"_s)
                continue;
            const QMap<QString, XlsxReader::Cell> &cells = book->reader.cells(sheet);
            for (auto cell = cells.begin(); cell != cells.end(); ++cell) {
                if (cell->formula.isEmpty())
                    continue;
                ++formulas;
                // Every formula of a schedule recalculates to the figure
                // filed, but Northwind's total that does not tie: 1.0 less.
                const bool breaks = book == &northwind && sheet == u"Statements of Income"_s && cell.key() == u"D16"_s;
                EXPECT_NEAR(recalc.number(sheet, cell.key()), *cell->number - (breaks ? 1.0 : 0.0), 1e-9)
                    << qPrintable(sheet) << "!" << qPrintable(cell.key()) << " = " << qPrintable(cell->formula);
            }
        }
        EXPECT_EQ(formulas, book->result.formulas);
    }
    // Northwind's break, as LibreOffice computes it: 156.2 filed, 155.2 computed, 1.0 apart.
    const LibreOfficeRecalc recalc = LibreOfficeRecalc::of(northwind.path);
    EXPECT_NEAR(recalc.number(u"Statements of Income"_s, u"D16"_s), 155.2, 1e-9);
    EXPECT_NEAR(recalc.number(u"Statements of Income"_s, u"D17"_s), 40.1, 1e-9);
    EXPECT_NEAR(recalc.number(u"Tie-out"_s, u"F2"_s), 155.2, 1e-9);
    EXPECT_NEAR(recalc.number(u"Tie-out"_s, u"G2"_s), 1.0, 1e-9);
    EXPECT_NEAR(recalc.number(u"Tie-out"_s, u"G3"_s), 0.0, 1e-9);
}

TEST(Workbook, OneScheduleOfSeveralFilingsNamesEachFilingOnTheTieOutSheet)
{
    const WrittenWorkbook book({TestData::analysedRelease(), TestData::analysed(TestData::northwindPath())}, {0});
    EXPECT_EQ(book.reader.sheets(),
              (QStringList{u"Statements of Operations"_s, u"Statements of Income"_s, u"Tie-out"_s}));
    const XlsxReader &r = book.reader;
    EXPECT_EQ(r.cell(u"Tie-out"_s, u"B1"_s).text, u"Filing"_s);
    EXPECT_EQ(r.cell(u"Tie-out"_s, u"A2"_s).text, u"✗ fails"_s);
    EXPECT_EQ(r.cell(u"Tie-out"_s, u"B2"_s).text, u"northwind-q3-2011.txt"_s);
    EXPECT_EQ(r.cell(u"Tie-out"_s, u"B3"_s).text, u"juniper-2007-04-23-q1-earnings-release.txt"_s);
}

TEST(Workbook, NeverWritesOverAnOpenFilingAndSaysWhy)
{
    const FilingAnalysisPtr &release = TestData::analysed(TestData::northwindPath());
    const QByteArray before = TestData::bytesOf(TestData::northwindPath());
    const WorkbookWriter::Result result = WorkbookWriter::write({{release, {}}}, TestData::northwindPath());
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(u"northwind-q3-2011.txt"_s)) << qPrintable(result.error);
    EXPECT_EQ(TestData::bytesOf(TestData::northwindPath()), before);

    QTemporaryDir folder;
    const QString missing = folder.filePath(u"no such folder/book.xlsx"_s);
    const WorkbookWriter::Result nowhere = WorkbookWriter::write({{release, {}}}, missing);
    EXPECT_FALSE(nowhere.ok());
    EXPECT_TRUE(nowhere.error.startsWith(u"cannot write "_s)) << qPrintable(nowhere.error);
    EXPECT_FALSE(QFile::exists(missing));
}

TEST(Workbook, TaggedFiguresCarryTheirConceptAndPeriod)
{
    const QString relative = u"ixbrl/aapl-20250329-10-q/aapl-20250329.htm"_s;
    const QString path = TestData::edgarPath(relative);
    if (path.isEmpty())
        GTEST_SKIP() << TestData::edgarAbsent(relative);
    const WrittenWorkbook book({TestData::analysed(path)});
    const XlsxReader &r = book.reader;
    QString sheet;
    int row = -1;
    for (const QString &name : r.sheets()) {
        row = rowLabelled(r, name, u"Total net sales"_s);
        if (row > 0) {
            sheet = name;
            break;
        }
    }
    ASSERT_GT(row, 0);
    // Apple's second quarter of fiscal 2025: net sales of $95,359 million.
    const XlsxReader::Cell sales = r.cell(sheet, u"B%1"_s.arg(row));
    EXPECT_EQ(sales.number, 95359);
    EXPECT_TRUE(sales.comment.startsWith(
        u"us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax\n2024-12-29 to 2025-03-29"_s))
        << qPrintable(sales.comment);
    EXPECT_TRUE(sales.comment.contains(u"Unit: iso4217:USD"_s)) << qPrintable(sales.comment);

    // The filing's own calculations, each total linked to its figure:
    // gross margin for the quarter, 95,359 − 50,492 = 44,867 (millions).
    ASSERT_EQ(r.sheets().constLast(), u"Calculations"_s);
    const QMap<QString, XlsxReader::Cell> &calculations = r.cells(u"Calculations"_s);
    QString gross;
    for (auto cell = calculations.begin(); cell != calculations.end(); ++cell) {
        if (cell.key().startsWith(u'B') && cell->text.startsWith(u"Gross Profit = "_s)
            && r.cell(u"Calculations"_s, u"C"_s + cell.key().mid(1)).text == u"2024-12-29 to 2025-03-29"_s)
            gross = cell.key().mid(1);
    }
    ASSERT_FALSE(gross.isEmpty());
    EXPECT_EQ(r.cell(u"Calculations"_s, u"A"_s + gross).text, u"✓ consistent"_s);
    EXPECT_EQ(r.cell(u"Calculations"_s, u"D"_s + gross).number, 44867000000.0);
    const QString link = r.cell(u"Calculations"_s, u"G"_s + gross).link;
    ASSERT_TRUE(link.contains(u'!')) << qPrintable(link);
    const QString linkedSheet = link.section(u'!', 0, 0).mid(1).chopped(1);
    EXPECT_EQ(r.cell(linkedSheet, link.section(u'!', 1)).number, 44867);
}
