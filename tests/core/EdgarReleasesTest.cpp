// SPDX-License-Identifier: GPL-3.0-or-later
// Real earnings releases as filed on EDGAR, read from ../shared/edgar/
// (never copied into the project; TIEOUT_EDGAR_DIR points elsewhere). Each
// test is skipped, saying why, where that folder is absent. Titles, periods
// and figures are typed in from the documents as filed.
#include "analysis/FilingAnalysis.h"
#include "checks/CheckText.h"
#include "checks/TieOutCount.h"
#include "support/TestData.h"
#include "tracesheet/TraceComposer.h"

#include <QFileInfo>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

QString edgarDir()
{
    const QString set = qEnvironmentVariable("TIEOUT_EDGAR_DIR");
    return set.isEmpty() ? QStringLiteral(TIEOUT_SOURCE_DIR "/../shared/edgar") : set;
}

class EdgarRelease : public ::testing::Test
{
protected:
    // The release's path; empty when it is not on this machine.
    static QString release(const QString &name)
    {
        const QString path = QDir(edgarDir()).filePath(u"releases/"_s + name);
        return QFileInfo::exists(path) ? path : QString();
    }

    static std::string absent(const QString &name)
    {
        const QString why = u"no "_s + name + u" in "_s + edgarDir()
                            + u": the real EDGAR documents are not on this machine (set TIEOUT_EDGAR_DIR)"_s;
        return why.toStdString();
    }

    // The release analysed, or null when it is not on this machine.
    static FilingAnalysisPtr analysed(const QString &name)
    {
        const QString path = release(name);
        return path.isEmpty() ? nullptr : TestData::loadAnalysed(path);
    }

    // Each failing period, as "description | difference".
    static QStringList failingPeriods(const FilingAnalysis &analysis)
    {
        QStringList failures;
        const CheckText text(analysis.filing);
        for (const Check &check : analysis.tieOut.checks) {
            for (qsizetype p = 0; p < check.periods.size(); ++p) {
                if (check.periods[p].verdict == CheckLine::Verdict::Fail)
                    failures << text.description(check) + u" | "_s + text.period(check, p).difference;
            }
        }
        return failures;
    }

    // The n-th schedule with this title, or null.
    static const Schedule *titled(const Filing &filing, const QString &title, int n = 1)
    {
        for (const Schedule &schedule : filing.schedules) {
            if (schedule.title == title && --n == 0)
                return &schedule;
        }
        return nullptr;
    }

    static QStringList labels(const Schedule &schedule)
    {
        QStringList periods;
        for (const Period &period : schedule.periods)
            periods << period.label();
        return periods;
    }

    static const Check *checkOf(const FilingAnalysis &analysis, Check::Kind kind, const QString &target)
    {
        const CheckText text(analysis.filing);
        for (const Check &check : analysis.tieOut.checks) {
            if (check.kind == kind && text.targetLabel(check) == target)
                return &check;
        }
        return nullptr;
    }

    static QStringList printed(const Filing &filing, const Schedule &schedule, const QString &label, int n = 1)
    {
        const qsizetype r = schedule.findRow(label, n);
        EXPECT_GE(r, 0) << qPrintable(label);
        QStringList texts;
        if (r >= 0) {
            for (const Cell &cell : schedule.rows[r].cells)
                texts << filing.textOf(cell).toString();
        }
        return texts;
    }
};

} // namespace

// Apple's Q1 FY2011 release (RR Donnelley HTML, upper-case tags, "$" and
// ")" in cells of their own): three statements, money in millions and
// share counts in thousands.
TEST_F(EdgarRelease, Apple2011ReadsItsThreeStatements)
{
    const FilingAnalysisPtr analysis = analysed(u"apple-2011-01-18-ex99-1.htm"_s);
    if (!analysis)
        GTEST_SKIP() << absent(u"apple-2011-01-18-ex99-1.htm"_s);
    const Filing &filing = analysis->filing;
    ASSERT_EQ(filing.schedules.size(), 3);
    const Schedule &operations = filing.schedules[0];
    EXPECT_EQ(operations.company, u"Apple Inc."_s);
    EXPECT_EQ(operations.title, u"UNAUDITED CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS"_s);
    EXPECT_EQ(operations.scale, 1000000);
    EXPECT_EQ(operations.shareScale, 1000);
    EXPECT_EQ(labels(operations),
              (QStringList{u"Three Months Ended December 25, 2010"_s, u"Three Months Ended December 26, 2009"_s}));
    EXPECT_EQ(printed(filing, operations, u"Net sales"_s), (QStringList{u"$26,741"_s, u"$15,683"_s}));
    EXPECT_EQ(printed(filing, operations, u"Net income"_s), (QStringList{u"$6,004"_s, u"$3,378"_s}));
    EXPECT_EQ(printed(filing, operations, u"Diluted"_s, 1), (QStringList{u"$6.43"_s, u"$3.67"_s}));
    EXPECT_EQ(printed(filing, operations, u"Diluted"_s, 2), (QStringList{u"933,154"_s, u"919,783"_s}));

    const Schedule &balance = filing.schedules[1];
    EXPECT_EQ(balance.title, u"UNAUDITED CONDENSED CONSOLIDATED BALANCE SHEETS"_s);
    EXPECT_EQ(labels(balance), (QStringList{u"December 25, 2010"_s, u"September 25, 2010"_s}));
    EXPECT_EQ(printed(filing, balance, u"Total current assets"_s), (QStringList{u"43,927"_s, u"41,678"_s}));
    EXPECT_EQ(filing.schedules[2].title, u"UNAUDITED CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS"_s);

    // Diluted EPS: 6,004 million ÷ 933,154 thousand shares = $6.43.
    EXPECT_EQ(TieOutCount::of(analysis->tieOut.checks).failed, 0);
}

// Buckle's Q3 FY2024 release (Workiva, the SGML <DOCUMENT> wrapper kept):
// thirteen and thirty-nine weeks side by side.
TEST_F(EdgarRelease, Buckle2024ReadsFourPeriodsInsideTheWrapper)
{
    const FilingAnalysisPtr analysis = analysed(u"buckle-2024-11-22-ex99-1.html"_s);
    if (!analysis)
        GTEST_SKIP() << absent(u"buckle-2024-11-22-ex99-1.html"_s);
    const Filing &filing = analysis->filing;
    ASSERT_EQ(filing.schedules.size(), 2);
    const Schedule &income = filing.schedules[0];
    EXPECT_EQ(income.company, u"THE BUCKLE, INC."_s);
    EXPECT_EQ(income.title, u"CONSOLIDATED STATEMENTS OF INCOME"_s);
    EXPECT_EQ(income.scale, 1000);
    EXPECT_EQ(
        labels(income),
        (QStringList{u"Thirteen Weeks Ended November 2, 2024"_s, u"Thirteen Weeks Ended October 28, 2023"_s,
                     u"Thirty-Nine Weeks Ended November 2, 2024"_s, u"Thirty-Nine Weeks Ended October 28, 2023"_s}));
    EXPECT_EQ(printed(filing, income, u"SALES, Net of returns and allowances"_s),
              (QStringList{u"$293,618"_s, u"$303,457"_s, u"$838,490"_s, u"$878,719"_s}));
    EXPECT_EQ(printed(filing, income, u"NET INCOME"_s),
              (QStringList{u"$44,172"_s, u"$51,762"_s, u"$118,270"_s, u"$140,338"_s}));
    EXPECT_EQ(printed(filing, income, u"Diluted"_s), (QStringList{u"$0.88"_s, u"$1.04"_s, u"$2.35"_s, u"$2.81"_s}));
    // Under "EARNINGS PER SHARE:", yet a share count: its label says so.
    const qsizetype shares = income.findRow(u"Diluted weighted average shares"_s);
    ASSERT_GE(shares, 0);
    EXPECT_EQ(income.rows[shares].kind, RowKind::ShareCount);
    EXPECT_EQ(printed(filing, income, u"Diluted weighted average shares"_s),
              (QStringList{u"50,297"_s, u"49,937"_s, u"50,230"_s, u"49,891"_s}));

    const Schedule &balance = filing.schedules[1];
    EXPECT_EQ(balance.title, u"CONSOLIDATED BALANCE SHEETS"_s);
    EXPECT_EQ(printed(filing, balance, u"Total assets"_s), (QStringList{u"$976,270"_s, u"$889,810"_s, u"$921,207"_s}));
    EXPECT_EQ(TieOutCount::of(analysis->tieOut.checks).failed, 0);
}

// Oracle's Q4 FY2022 release: statements with "% of Revenues" columns,
// reconciliations in GAAP | Adj. | Non-GAAP columns under one "Three Months
// Ended May 31," where only GAAP and Non-GAAP print the year, and
// footnotes holding tables of their own.
TEST_F(EdgarRelease, Oracle2022ReadsReconciliationColumnsAndFootnotes)
{
    const FilingAnalysisPtr analysis = analysed(u"oracle-2022-06-13-ex99-1.htm"_s);
    if (!analysis)
        GTEST_SKIP() << absent(u"oracle-2022-06-13-ex99-1.htm"_s);
    const Filing &filing = analysis->filing;
    EXPECT_EQ(filing.title, u"Oracle Announces Fiscal 2022 Fourth Quarter and Fiscal Full Year Financial Results"_s);
    ASSERT_EQ(filing.schedules.size(), 12);
    QStringList titles;
    for (const Schedule &schedule : filing.schedules) {
        titles << schedule.title;
        EXPECT_EQ(schedule.scale, 1000000) << qPrintable(schedule.title);
    }
    EXPECT_EQ(
        titles,
        (QStringList{
            u"Q4 FISCAL 2022 FINANCIAL RESULTS CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS"_s,
            u"Q4 FISCAL 2022 FINANCIAL RESULTS RECONCILIATION OF SELECTED GAAP MEASURES TO NON-GAAP MEASURES"_s,
            u"Stock-based compensation was included in the following GAAP operating expense categories"_s,
            u"Estimated future annual amortization expense related to intangible assets as of May 31, 2022"_s,
            u"FISCAL 2022 YEAR TO DATE FINANCIAL RESULTS CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS"_s,
            u"FISCAL 2022 YEAR TO DATE FINANCIAL RESULTS RECONCILIATION OF SELECTED GAAP MEASURES TO NON-GAAP MEASURES"_s,
            u"Stock-based compensation was included in the following GAAP operating expense categories"_s,
            u"Estimated future annual amortization expense related to intangible assets as of May 31, 2022"_s,
            u"FISCAL 2022 FINANCIAL RESULTS CONDENSED CONSOLIDATED BALANCE SHEETS"_s,
            u"FISCAL 2022 FINANCIAL RESULTS CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS"_s,
            u"FISCAL 2022 FINANCIAL RESULTS FREE CASH FLOW - TRAILING 4-QUARTERS"_s,
            u"FISCAL 2022 FINANCIAL RESULTS SUPPLEMENTAL ANALYSIS OF GAAP REVENUES"_s}));

    const Schedule &operations = filing.schedules[0];
    EXPECT_EQ(operations.company, u"ORACLE CORPORATION"_s);
    ASSERT_EQ(operations.periods.size(), 6);
    EXPECT_EQ(operations.periods[0].label(), u"Three Months Ended May 31, 2022"_s);
    EXPECT_EQ(operations.periods[1].label(), u"Three Months Ended May 31, 2022 % of Revenues"_s);
    EXPECT_FALSE(operations.periods[1].isAdditive());
    EXPECT_EQ(operations.periods[2].label(), u"Three Months Ended May 31, 2021"_s);
    EXPECT_EQ(printed(filing, operations, u"Total revenues"_s),
              (QStringList{u"11,840"_s, u"100%"_s, u"11,227"_s, u"100%"_s, u"5%"_s, u"10%"_s}));
    EXPECT_EQ(printed(filing, operations, u"NET INCOME"_s),
              (QStringList{u"$3,189"_s, u"27%"_s, u"$4,033"_s, u"36%"_s, u"(21%)"_s, u"(14%)"_s}));
    EXPECT_EQ(printed(filing, operations, u"Diluted"_s, 1).mid(0, 3), (QStringList{u"$1.16"_s, QString(), u"$1.37"_s}));
    EXPECT_EQ(printed(filing, operations, u"Diluted"_s, 2).mid(0, 3), (QStringList{u"2,742"_s, QString(), u"2,943"_s}));

    const Schedule &reconciliation = filing.schedules[1];
    ASSERT_EQ(reconciliation.periods.size(), 10);
    EXPECT_EQ(labels(reconciliation).mid(0, 3),
              (QStringList{u"Three Months Ended May 31, 2022 GAAP"_s, u"Three Months Ended May 31, 2022 Adj."_s,
                           u"Three Months Ended May 31, 2022 Non-GAAP"_s}));
    EXPECT_EQ(printed(filing, reconciliation, u"NET INCOME"_s).mid(0, 6),
              (QStringList{u"$3,189"_s, u"$1,046"_s, u"$4,235"_s, u"$4,033"_s, u"$491"_s, u"$4,524"_s}));
    EXPECT_EQ(printed(filing, reconciliation, u"DILUTED EARNINGS PER SHARE"_s).mid(0, 6),
              (QStringList{u"$1.16"_s, QString(), u"$1.54"_s, u"$1.37"_s, QString(), u"$1.54"_s}));
    // "Stock-based compensation (3)": the marker cites footnote (3), under the table.
    const qsizetype stock = reconciliation.findRow(u"Stock-based compensation"_s);
    ASSERT_GE(stock, 0);
    EXPECT_EQ(reconciliation.rows[stock].notes, QStringList{u"3"_s});
    ASSERT_NE(filing.note(u"3"_s), nullptr);
    EXPECT_EQ(filing.note(u"3"_s)->title,
              u"Stock-based compensation was included in the following GAAP operating expense categories"_s);
    EXPECT_EQ(printed(filing, reconciliation, u"Stock-based compensation"_s).mid(0, 6),
              (QStringList{u"713"_s, u"(713)"_s, u"—"_s, u"442"_s, u"(442)"_s, u"—"_s}));
    // Each line of the reconciliation: non-GAAP = GAAP + Adj., 7,337 + (1,087) = 6,250.
    const qsizetype expenses = reconciliation.findRow(u"TOTAL OPERATING EXPENSES"_s);
    ASSERT_GE(expenses, 0);
    const auto columnCheck =
        std::find_if(analysis->tieOut.checks.cbegin(), analysis->tieOut.checks.cend(), [&](const Check &check) {
            return check.kind == Check::Kind::Reconciliation && check.target == RowRef{1, expenses};
        });
    ASSERT_NE(columnCheck, analysis->tieOut.checks.cend());
    ASSERT_EQ(columnCheck->periods.size(), 2);
    EXPECT_EQ(columnCheck->periods[0].column, 2);
    EXPECT_EQ(columnCheck->periods[0].verdict, CheckLine::Verdict::Pass);
    // Picked in the window, the line's trace panel opens the footnote.
    const TraceSheet sheet = TraceComposer::compose(*analysis, {1, stock}, 1);
    const auto note = std::find_if(sheet.sections.cbegin(), sheet.sections.cend(), [](const TraceSection &section) {
        return section.kind == TraceSection::Kind::Note;
    });
    ASSERT_NE(note, sheet.sections.cend());
    EXPECT_EQ(note->title,
              u"Note 3: Stock-based compensation was included in the following GAAP operating expense categories"_s);

    EXPECT_EQ(printed(filing, filing.schedules[2], u"Total stock-based compensation"_s),
              (QStringList{u"$713"_s, u"$(713)"_s, u"$—"_s, u"$442"_s, u"$(442)"_s, u"$—"_s}));
    EXPECT_EQ(printed(filing, filing.schedules[5], u"DILUTED EARNINGS PER SHARE"_s).mid(0, 6),
              (QStringList{u"$2.41"_s, QString(), u"$4.90"_s, u"$4.55"_s, QString(), u"$4.67"_s}));
    EXPECT_EQ(TieOutCount::of(analysis->tieOut.checks).failed, 0);

    // The adjustments of the columns are traced: stock-based compensation
    // to its footnote (3), to the paragraph that says why it is excluded,
    // and to the total of the table footnote 3 holds: 713 and 442.
    const AdjustmentTrace *stockTrace = nullptr;
    for (const AdjustmentTrace &trace : analysis->traces)
        stockTrace = !stockTrace && trace.label == u"Stock-based compensation"_s ? &trace : stockTrace;
    ASSERT_NE(stockTrace, nullptr);
    QStringList notes;
    for (const AdjustmentTrace::NoteMatch &match : stockTrace->notes)
        notes << match.letter;
    EXPECT_EQ(notes, (QStringList{u"3"_s, u"Stock-based compensation expenses"_s}));
    ASSERT_FALSE(stockTrace->sources.isEmpty());
    const RowRef source = stockTrace->sources.constFirst().rows.value(0);
    EXPECT_EQ(filing.schedules[source.schedule].rows[source.row].label, u"Total stock-based compensation"_s);
    EXPECT_EQ(stockTrace->sources.constFirst().arithmetic, (QStringList{u"713 = 713"_s, u"442 = 442"_s}));
    // The measures are not adjustments.
    for (const AdjustmentTrace &trace : analysis->traces)
        EXPECT_NE(trace.label, u"TOTAL OPERATING EXPENSES"_s);
}

// Hanmi's Q3 2025 release: statements titled by bold lines with their
// "(Unaudited)" and "(Dollars in thousands)" in italics; summary tables
// with "(in thousands)" in the header over the quarters.
TEST_F(EdgarRelease, Hanmi2025ReadsTitlesWithItalicCaptions)
{
    const FilingAnalysisPtr analysis = analysed(u"hanmi-2025-10-21-ex99-1.htm"_s);
    if (!analysis)
        GTEST_SKIP() << absent(u"hanmi-2025-10-21-ex99-1.htm"_s);
    const Filing &filing = analysis->filing;
    EXPECT_EQ(filing.title, u"Hanmi Reports 2025 Third Quarter Results"_s);
    const Schedule *balance = titled(filing, u"Consolidated Balance Sheets (Unaudited)"_s);
    ASSERT_NE(balance, nullptr);
    EXPECT_EQ(balance->company, u"Hanmi Financial Corporation and Subsidiaries"_s);
    EXPECT_EQ(balance->scale, 1000);
    EXPECT_EQ(printed(filing, *balance, u"Total assets"_s),
              (QStringList{u"$7,856,731"_s, u"$7,862,363"_s, u"-0.1%"_s, u"$7,712,299"_s, u"1.9%"_s}));
    EXPECT_EQ(printed(filing, *balance, u"Total deposits"_s),
              (QStringList{u"6,766,639"_s, u"6,729,122"_s, u"0.6%"_s, u"6,403,221"_s, u"5.7%"_s}));

    const Schedule *quarter = titled(filing, u"Consolidated Statements of Income (Unaudited)"_s, 1);
    ASSERT_NE(quarter, nullptr);
    EXPECT_EQ(quarter->scale, 1000);
    EXPECT_EQ(printed(filing, *quarter, u"Net income"_s),
              (QStringList{u"$22,061"_s, u"$15,117"_s, u"45.9%"_s, u"$14,892"_s, u"48.1%"_s}));
    EXPECT_EQ(printed(filing, *quarter, u"Total interest and dividend income"_s),
              (QStringList{u"105,226"_s, u"101,333"_s, u"3.8%"_s, u"100,417"_s, u"4.8%"_s}));
    EXPECT_EQ(printed(filing, *quarter, u"Diluted earnings per share:"_s),
              (QStringList{u"$0.73"_s, u"$0.50"_s, QString(), u"$0.49"_s, QString()}));
    EXPECT_EQ(printed(filing, *quarter, u"Diluted"_s),
              (QStringList{u"29,880,865"_s, u"30,054,456"_s, QString(), u"30,033,679"_s, QString()}));
    const Schedule *nineMonths = titled(filing, u"Consolidated Statements of Income (Unaudited)"_s, 2);
    ASSERT_NE(nineMonths, nullptr);
    EXPECT_EQ(printed(filing, *nineMonths, u"Net income"_s), (QStringList{u"$54,850"_s, u"$44,506"_s, u"23.2%"_s}));

    // A summary table under the narrative: its units are inside the header.
    const Schedule *highlights = titled(filing, u"Quarterly Highlights"_s);
    ASSERT_NE(highlights, nullptr);
    EXPECT_EQ(highlights->scale, 1000);
    EXPECT_EQ(printed(filing, *highlights, u"Net income"_s).mid(0, 5),
              (QStringList{u"$22,061"_s, u"$15,117"_s, u"$17,672"_s, u"$17,695"_s, u"$14,892"_s}));
    EXPECT_EQ(printed(filing, *highlights, u"Net income per diluted common share"_s).mid(0, 5),
              (QStringList{u"$0.73"_s, u"$0.50"_s, u"$0.58"_s, u"$0.58"_s, u"$0.49"_s}));
    // One real error: other real estate owned expense fell from 77 to 17,
    // (17 − 77) ÷ 77 = −77.9%, printed as a rise of 77.9%; the column
    // beside it prints (17 + 461) ÷ −461 as −103.7%, by the same formula.
    EXPECT_EQ(failingPeriods(*analysis),
              QStringList{u"Other real estate owned expense (income): Percentage Change Q3-25 vs. Q3-24 = "
                          u"(Q3 2025 \u2212 Q3 2024) \u00F7 Q3 2024 | 155.822"_s});

    // The tangible equity table is titled by its measure, not as a
    // reconciliation: goodwill and other intangibles (11,031) taken from
    // assets (7,856,731) make tangible assets (7,845,700), and are traced.
    // The balance sheet prints three of its five dates: the source is found
    // in those, "Goodwill and other intangible assets, net", 11,031.
    QStringList blocks;
    for (const AdjustmentTrace &trace : analysis->traces) {
        if (trace.label != u"Less goodwill and other intangible assets"_s)
            continue;
        blocks << filing.schedules[trace.nonGaap.schedule].rows[trace.nonGaap.row].label;
        ASSERT_FALSE(trace.sources.isEmpty());
        const RowRef source = trace.sources.constFirst().rows.value(0);
        EXPECT_EQ(filing.schedules[source.schedule].rows[source.row].label,
                  u"Goodwill and other intangible assets, net"_s);
        EXPECT_EQ(trace.sources.constFirst().arithmetic.value(0), u"11,031 = 11,031"_s);
        EXPECT_EQ(trace.mirrors.size(), 1);
    }
    EXPECT_EQ(blocks, (QStringList{u"Tangible assets"_s, u"Tangible stockholders' equity"_s}));
}

// Adobe's Q1 FY2023 release: the outlook's Low and High columns with the
// share count spanning the "$" column; its cash flow statement omits a
// financing line, and the tie-out says by how much.
TEST_F(EdgarRelease, Adobe2023FlagsTheFinancingTotalThatDoesNotTie)
{
    const FilingAnalysisPtr analysis = analysed(u"adobe-2023-03-15-ex99-1.htm"_s);
    if (!analysis)
        GTEST_SKIP() << absent(u"adobe-2023-03-15-ex99-1.htm"_s);
    const Filing &filing = analysis->filing;
    EXPECT_EQ(filing.title, u"Adobe Reports Record Revenue in Q1 Fiscal 2023"_s);
    ASSERT_GE(filing.schedules.size(), 7);
    const Schedule &income = filing.schedules[0];
    EXPECT_EQ(income.title, u"Condensed Consolidated Statements of Income"_s);
    EXPECT_EQ(income.scale, 1000000);
    EXPECT_EQ(labels(income),
              (QStringList{u"Three Months Ended March 3, 2023"_s, u"Three Months Ended March 4, 2022"_s}));
    EXPECT_EQ(printed(filing, income, u"Total revenue"_s), (QStringList{u"4,655"_s, u"4,262"_s}));
    EXPECT_EQ(printed(filing, income, u"Net income"_s), (QStringList{u"$1,247"_s, u"$1,266"_s}));
    EXPECT_EQ(printed(filing, income, u"Diluted net income per share"_s), (QStringList{u"$2.71"_s, u"$2.66"_s}));
    EXPECT_EQ(printed(filing, income, u"Shares used to compute diluted net income per share"_s),
              (QStringList{u"460"_s, u"475"_s}));
    EXPECT_EQ(filing.schedules[1].title, u"Condensed Consolidated Balance Sheets"_s);
    EXPECT_EQ(printed(filing, filing.schedules[1], u"Total assets"_s), (QStringList{u"$26,667"_s, u"$27,165"_s}));

    const Schedule &outlook = filing.schedules[5];
    EXPECT_EQ(outlook.title, u"Reconciliation of GAAP to Non-GAAP Financial Targets"_s);
    EXPECT_EQ(labels(outlook), (QStringList{u"Fiscal Year 2023 Low"_s, u"Fiscal Year 2023 High"_s}));
    EXPECT_EQ(printed(filing, outlook, u"GAAP diluted net income per share"_s),
              (QStringList{u"$10.85"_s, u"$11.15"_s}));
    EXPECT_EQ(printed(filing, outlook, u"Non-GAAP diluted net income per share"_s),
              (QStringList{u"$15.30"_s, u"$15.60"_s}));
    EXPECT_EQ(printed(filing, outlook, u"Shares used to compute diluted net income per share"_s),
              (QStringList{u"456"_s, u"456"_s}));

    // (2,014) reported; (1,400) + (95) + (19) = (1,514) printed above it.
    const TieOutCount count = TieOutCount::of(analysis->tieOut.checks);
    EXPECT_EQ(count.failed, 1);
    bool flagged = false;
    for (const Check &check : analysis->tieOut.checks) {
        const Row &target = filing.schedules[check.target.schedule].rows[check.target.row];
        if (target.label == u"Net cash used for financing activities"_s && !check.periods.isEmpty()) {
            flagged = true;
            EXPECT_EQ(check.periods[0].verdict, CheckLine::Verdict::Fail);
        }
    }
    EXPECT_TRUE(flagged);

    // The non-GAAP results print a quarter the statements do not (the
    // prior one): the investment gains are found in the two they share.
    const AdjustmentTrace *gains = nullptr;
    for (const AdjustmentTrace &trace : analysis->traces)
        gains = !gains && trace.label == u"Investment (gains) losses, net"_s ? &trace : gains;
    ASSERT_NE(gains, nullptr);
    ASSERT_FALSE(gains->sources.isEmpty());
    const RowRef line = gains->sources.constFirst().rows.value(0);
    EXPECT_EQ(analysis->filing.schedules[line.schedule].rows[line.row].label, u"Investment gains (losses), net"_s);
    EXPECT_EQ(gains->sources.constFirst().arithmetic, (QStringList{u"1 = 1"_s, u"9 = 9"_s}));
}

// East West's Q3 2025 release: numbered tables ("Table 3") under a title
// block of four lines, "% Change" columns beside the quarters.
TEST_F(EdgarRelease, EastWest2025ReadsNumberedTables)
{
    const FilingAnalysisPtr analysis = analysed(u"eastwest-2025-10-21-ex99-1.htm"_s);
    if (!analysis)
        GTEST_SKIP() << absent(u"eastwest-2025-10-21-ex99-1.htm"_s);
    const Filing &filing = analysis->filing;
    const Schedule *income = titled(filing, u"CONDENSED CONSOLIDATED STATEMENT OF INCOME"_s);
    const Schedule *balance = titled(filing, u"CONDENSED CONSOLIDATED BALANCE SHEET"_s);
    ASSERT_NE(balance, nullptr);
    EXPECT_EQ(balance->company, u"EAST WEST BANCORP, INC. AND SUBSIDIARIES"_s);
    EXPECT_EQ(balance->scale, 1000);
    EXPECT_EQ(printed(filing, *balance, u"Total assets"_s),
              (QStringList{u"$79,669,531"_s, u"$78,158,067"_s, u"$74,483,720"_s, u"1.9%"_s, u"7.0%"_s}));
    ASSERT_NE(income, nullptr);
    EXPECT_EQ(income->scale, 1000);
    EXPECT_EQ(labels(*income).mid(0, 3),
              (QStringList{u"Three Months Ended September 30, 2025"_s, u"Three Months Ended June 30, 2025"_s,
                           u"Three Months Ended September 30, 2024"_s}));
    // A money row, though its "% Change" columns print percentages.
    const qsizetype net = income->findRow(u"Net income"_s);
    ASSERT_GE(net, 0);
    EXPECT_EQ(income->rows[net].kind, RowKind::Total);
    EXPECT_EQ(printed(filing, *income, u"Net income"_s),
              (QStringList{u"$368,394"_s, u"$310,253"_s, u"$299,166"_s, u"18.7%"_s, u"23.1%"_s}));
    EXPECT_EQ(printed(filing, *income, u"- Diluted"_s),
              (QStringList{u"$2.65"_s, u"$2.24"_s, u"$2.14"_s, u"18.6"_s, u"23.8"_s}));

    // The non-GAAP tables print their arithmetic: "(g)=(e)+∑(f)" is diluted
    // EPS (e) plus the six per-share adjustments lettered (f), and ties:
    // 2.65 − 0.23 + 0.20 − 0.01 + 0.01 = 2.62.
    EXPECT_EQ(analysis->tieOut.failed(), 0);
    const Check *eps = checkOf(*analysis, Check::Kind::Stated, u"Adjusted diluted EPS (g)=(e)+\u2211(f)"_s);
    ASSERT_NE(eps, nullptr);
    EXPECT_EQ(eps->terms.size(), 7);
    EXPECT_TRUE(eps->passed());
    const CheckText text(filing);
    EXPECT_EQ(text.period(*eps, 0).reported, u"2.62"_s);
    EXPECT_EQ(text.period(*eps, 2).reported, u"2.09"_s);
    // 276,923 ÷ 778,047 = 35.59%.
    const Check *efficiency = checkOf(*analysis, Check::Kind::StatedRatio, u"Efficiency ratio (j)/(e)"_s);
    ASSERT_NE(efficiency, nullptr);
    EXPECT_EQ(text.period(*efficiency, 0).reported, u"35.59"_s);
    EXPECT_TRUE(efficiency->passed());
}

// Cathay's Q3 2025 release: narrative tables led in by a sentence ending in
// a colon, "($ In thousands)" in the header's first cell.
TEST_F(EdgarRelease, Cathay2025TitlesTablesByTheirLeadIn)
{
    const FilingAnalysisPtr analysis = analysed(u"cathay-2025-10-21-ex99-1.htm"_s);
    if (!analysis)
        GTEST_SKIP() << absent(u"cathay-2025-10-21-ex99-1.htm"_s);
    const Filing &filing = analysis->filing;
    EXPECT_EQ(filing.title, u"Cathay General Bancorp Announces Third Quarter 2025 Results"_s);
    ASSERT_GE(filing.schedules.size(), 2);
    const Schedule &chargeOffs = filing.schedules[1];
    EXPECT_EQ(chargeOffs.title,
              u"The following table sets forth the charge-offs and recoveries for the periods indicated"_s);
    EXPECT_EQ(chargeOffs.scale, 1000);
    EXPECT_EQ(printed(filing, chargeOffs, u"Net charge-offs"_s),
              (QStringList{u"$15,646"_s, u"$12,741"_s, u"$4,202"_s, u"$30,364"_s, u"$13,340"_s}));
    const Schedule *operations = nullptr;
    for (const Schedule &schedule : filing.schedules)
        operations = !operations && schedule.findRow(u"Diluted average common shares outstanding"_s) >= 0 ? &schedule
                                                                                                          : operations;
    ASSERT_NE(operations, nullptr);
    EXPECT_EQ(operations->scale, 1000);
    EXPECT_EQ(printed(filing, *operations, u"Net income"_s),
              (QStringList{u"$77,651"_s, u"$77,450"_s, u"$67,514"_s, u"$224,607"_s, u"$205,778"_s}));
    EXPECT_EQ(printed(filing, *operations, u"Diluted"_s),
              (QStringList{u"$1.13"_s, u"$1.10"_s, u"$0.94"_s, u"$3.21"_s, u"$2.83"_s}));
    EXPECT_EQ(printed(filing, *operations, u"Diluted average common shares outstanding"_s),
              (QStringList{u"68,990,648"_s, u"70,188,902"_s, u"72,032,456"_s, u"69,946,877"_s, u"72,607,550"_s}));
    EXPECT_EQ(TieOutCount::of(analysis->tieOut.checks).failed, 0);
}

// Caterpillar's Q1 2022 release: a reconciliation whose columns are the
// measures and whose blocks run from "… - U.S. GAAP" to "… - Adjusted".
TEST_F(EdgarRelease, Caterpillar2022TracesItsRestructuringAdjustment)
{
    const FilingAnalysisPtr analysis = analysed(u"caterpillar-2022-04-28-ex99-1.htm"_s);
    if (!analysis)
        GTEST_SKIP() << absent(u"caterpillar-2022-04-28-ex99-1.htm"_s);
    const Filing &filing = analysis->filing;
    const AdjustmentTrace *restructuring = nullptr;
    for (const AdjustmentTrace &trace : analysis->traces)
        restructuring = !restructuring && trace.label == u"Restructuring costs"_s ? &trace : restructuring;
    ASSERT_NE(restructuring, nullptr);
    // The headline titles the first table, not a bold line of its own.
    EXPECT_EQ(filing.title, u"Caterpillar Reports First-Quarter 2022 Results"_s);
    const Schedule &reconciliation = filing.schedules[restructuring->row.schedule];
    EXPECT_EQ(reconciliation.title,
              u"Reconciliations of adjusted results to the most directly comparable GAAP measure"_s);
    EXPECT_EQ(labels(reconciliation), (QStringList{u"Operating Profit"_s, u"Operating Profit Margin"_s,
                                                   u"Profit Before Taxes"_s, u"Provision (Benefit) for Income Taxes"_s,
                                                   u"Effective Tax Rate"_s, u"Profit"_s, u"Profit per Share"_s}));
    EXPECT_EQ(reconciliation.rows[restructuring->block.row].label, u"Three Months Ended March 31, 2022 - U.S. GAAP"_s);
    EXPECT_EQ(reconciliation.rows[restructuring->nonGaap.row].label, u"Three Months Ended March 31, 2022 - Adjusted"_s);
    EXPECT_TRUE(restructuring->blockTies);
    EXPECT_EQ(printed(filing, reconciliation, u"Restructuring costs"_s),
              (QStringList{u"13"_s, u"0.1%"_s, u"13"_s, u"2"_s, u"13.0%"_s, u"11"_s, u"$0.02"_s}));
    EXPECT_EQ(printed(filing, reconciliation, u"Three Months Ended March 31, 2022 - Adjusted"_s),
              (QStringList{u"$1,868"_s, u"13.7%"_s, u"$2,012"_s, u"$471"_s, u"23.4%"_s, u"$1,548"_s, u"$2.88"_s}));

    // Every total ties: interest expense is printed positive and subtracted
    // (1,855 − 109 + 253 = 1,999), the noncontrolling interests' "Less:"
    // line too (1,531 − 1 = 1,530).
    EXPECT_EQ(analysis->tieOut.failed(), 0);
    // The supplemental consolidating data take the period of their title,
    // so the consolidated column meets the statement of December 31, 2021:
    // common stock 6,398 (6,281 at March 31, 2022).
    const Schedule *supplemental = titled(filing, u"Supplemental Data for Financial Position At December 31, 2021"_s);
    ASSERT_NE(supplemental, nullptr);
    EXPECT_EQ(supplemental->periods.value(0).date, QDate(2021, 12, 31));
    bool met = false;
    const CheckText text(filing);
    for (const Check &check : analysis->tieOut.checks) {
        if (check.kind != Check::Kind::CrossSchedule || text.targetLabel(check) != u"Common stock"_s
            || &filing.schedules[check.target.schedule] != supplemental)
            continue;
        met = true;
        EXPECT_EQ(text.period(check, 0).reported, u"6398"_s);
        EXPECT_TRUE(check.passed());
    }
    EXPECT_TRUE(met);
}

// Apple's Q3 FY2004 release: a plain-text headline, and non-GAAP statements
// laid out as As Reported | Non-GAAP Adjustments | Non-GAAP.
TEST_F(EdgarRelease, Apple2004ChecksItsNonGaapStatementColumns)
{
    const FilingAnalysisPtr analysis = analysed(u"apple-2004-07-14-ex99-1.htm"_s);
    if (!analysis)
        GTEST_SKIP() << absent(u"apple-2004-07-14-ex99-1.htm"_s);
    const Filing &filing = analysis->filing;
    EXPECT_EQ(filing.title, u"Apple Reports Third Quarter Results"_s);
    ASSERT_EQ(filing.schedules.size(), 4);
    const Schedule &operations = filing.schedules[1];
    EXPECT_EQ(operations.title, u"UNAUDITED CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS"_s);
    EXPECT_EQ(operations.scale, 1000000);
    EXPECT_EQ(printed(filing, operations, u"Net sales"_s),
              (QStringList{u"$2,014"_s, u"$1,545"_s, u"$5,929"_s, u"$4,492"_s}));
    EXPECT_EQ(printed(filing, operations, u"Net income"_s), (QStringList{u"$61"_s, u"$19"_s, u"$170"_s, u"$25"_s}));
    EXPECT_EQ(printed(filing, operations, u"Diluted"_s), (QStringList{u"$0.16"_s, u"$0.05"_s, u"$0.45"_s, u"$0.07"_s}));

    const Schedule &quarter = filing.schedules[2];
    EXPECT_EQ(labels(quarter), (QStringList{u"As Reported"_s, u"Non-GAAP Adjustments"_s, u"Non-GAAP"_s}));
    EXPECT_EQ(printed(filing, quarter, u"Net income"_s), (QStringList{u"$61"_s, u"$6"_s, u"$67"_s}));
    // Non-GAAP = As Reported + adjustment, line by line: 61 + 6 = 67.
    const qsizetype net = quarter.findRow(u"Net income"_s);
    const bool checked =
        std::any_of(analysis->tieOut.checks.cbegin(), analysis->tieOut.checks.cend(), [&](const Check &check) {
            return check.kind == Check::Kind::Reconciliation && check.target == RowRef{2, net} && check.passed();
        });
    EXPECT_TRUE(checked);
    EXPECT_EQ(TieOutCount::of(analysis->tieOut.checks).failed, 0);
}

// Every release of the folder opens with schedules and without a crash.
TEST_F(EdgarRelease, EveryReleaseOfTheFolderOpensWithSchedules)
{
    const QDir folder(QDir(edgarDir()).filePath(u"releases"_s));
    if (!folder.exists())
        GTEST_SKIP() << absent(u"releases/"_s);
    const QStringList names = folder.entryList({u"*.htm"_s, u"*.html"_s}, QDir::Files, QDir::Name);
    ASSERT_FALSE(names.isEmpty());
    for (const QString &name : names) {
        const ImportResult result = FilingImporter::importFile(folder.filePath(name));
        EXPECT_TRUE(result.ok()) << qPrintable(name) << ": " << qPrintable(result.firstError());
        if (result.ok()) {
            EXPECT_FALSE(result.filing->schedules.isEmpty()) << qPrintable(name);
        }
    }
}

// Apple's Q1 FY2024 release: three statements, shares in thousands, the
// net sales line citing a footnote.
TEST_F(EdgarRelease, Apple2024ReadsItsStatements)
{
    const FilingAnalysisPtr analysis = analysed(u"apple-2024-02-01-ex99-1.htm"_s);
    if (!analysis)
        GTEST_SKIP() << absent(u"apple-2024-02-01-ex99-1.htm"_s);
    const Filing &filing = analysis->filing;
    ASSERT_EQ(filing.schedules.size(), 3);
    const Schedule &operations = filing.schedules[0];
    EXPECT_EQ(operations.title, u"CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)"_s);
    EXPECT_EQ(operations.scale, 1000000);
    EXPECT_EQ(operations.shareScale, 1000);
    EXPECT_EQ(labels(operations),
              (QStringList{u"Three Months Ended December 30, 2023"_s, u"Three Months Ended December 31, 2022"_s}));
    EXPECT_EQ(printed(filing, operations, u"Total net sales"_s), (QStringList{u"119,575"_s, u"117,154"_s}));
    EXPECT_EQ(printed(filing, operations, u"Total operating expenses"_s), (QStringList{u"14,482"_s, u"14,316"_s}));
    EXPECT_EQ(printed(filing, operations, u"Net income"_s), (QStringList{u"$33,916"_s, u"$29,998"_s}));
    EXPECT_EQ(printed(filing, operations, u"Diluted"_s, 1), (QStringList{u"$2.18"_s, u"$1.88"_s}));
    EXPECT_EQ(printed(filing, operations, u"Diluted"_s, 2), (QStringList{u"15,576,641"_s, u"15,955,718"_s}));
    const Schedule &balance = filing.schedules[1];
    EXPECT_EQ(balance.title, u"CONDENSED CONSOLIDATED BALANCE SHEETS (Unaudited)"_s);
    EXPECT_EQ(labels(balance), (QStringList{u"December 30, 2023"_s, u"September 30, 2023"_s}));
    EXPECT_EQ(printed(filing, balance, u"Total assets"_s), (QStringList{u"$353,514"_s, u"$352,583"_s}));
    EXPECT_EQ(printed(filing, balance, u"Total liabilities and shareholders\u2019 equity"_s),
              (QStringList{u"$353,514"_s, u"$352,583"_s}));
    const Schedule &cash = filing.schedules[2];
    EXPECT_EQ(cash.title, u"CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS (Unaudited)"_s);
    EXPECT_EQ(printed(filing, cash, u"Cash generated by operating activities"_s),
              (QStringList{u"39,895"_s, u"34,005"_s}));
    // Diluted EPS: 33,916 million ÷ 15,576,641 thousand shares = $2.18.
    EXPECT_EQ(TieOutCount::of(analysis->tieOut.checks).failed, 0);
}

// Oracle's Q4 FY2014 release: statements with "% of Revenues" columns, and
// a reconciliation whose per-share line leaves its adjustment column empty.
TEST_F(EdgarRelease, Oracle2014ReadsPercentColumnsAndItsReconciliation)
{
    const FilingAnalysisPtr analysis = analysed(u"oracle-2014-06-19-ex99-1.htm"_s);
    if (!analysis)
        GTEST_SKIP() << absent(u"oracle-2014-06-19-ex99-1.htm"_s);
    const Filing &filing = analysis->filing;
    const Schedule *operations =
        titled(filing, u"Q4 FISCAL 2014 FINANCIAL RESULTS CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS"_s);
    ASSERT_NE(operations, nullptr);
    EXPECT_EQ(operations->scale, 1000000);
    EXPECT_EQ(labels(*operations).mid(0, 4),
              (QStringList{u"Three Months Ended May 31, 2014"_s, u"Three Months Ended May 31, 2014 % of Revenues"_s,
                           u"Three Months Ended May 31, 2013"_s, u"Three Months Ended May 31, 2013 % of Revenues"_s}));
    EXPECT_EQ(printed(filing, *operations, u"Total Revenues"_s).mid(0, 4),
              (QStringList{u"11,320"_s, u"100%"_s, u"10,947"_s, u"100%"_s}));
    EXPECT_EQ(printed(filing, *operations, u"NET INCOME"_s).mid(0, 4),
              (QStringList{u"$3,646"_s, u"32%"_s, u"$3,807"_s, u"35%"_s}));
    const qsizetype diluted = operations->findRow(u"Diluted"_s);
    ASSERT_GE(diluted, 0);
    EXPECT_EQ(filing.textOf(operations->rows[diluted].cells[0]).toString(), u"$0.80"_s);
    EXPECT_EQ(filing.textOf(operations->rows[diluted].cells[2]).toString(), u"$0.80"_s);

    const Schedule *reconciliation = titled(
        filing, u"Q4 FISCAL 2014 FINANCIAL RESULTS RECONCILIATION OF SELECTED GAAP MEASURES TO NON-GAAP MEASURES"_s);
    ASSERT_NE(reconciliation, nullptr);
    EXPECT_EQ(printed(filing, *reconciliation, u"NET INCOME"_s).mid(0, 6),
              (QStringList{u"$3,646"_s, u"$539"_s, u"$4,185"_s, u"$3,807"_s, u"$307"_s, u"$4,114"_s}));
    // $0.80 GAAP and $0.92 non-GAAP, the adjustment column left empty.
    EXPECT_EQ(printed(filing, *reconciliation, u"DILUTED EARNINGS PER SHARE"_s).mid(0, 6),
              (QStringList{u"$0.80"_s, QString(), u"$0.92"_s, u"$0.80"_s, QString(), u"$0.87"_s}));
    // One real break, in the quarterly supplement: fiscal 2014's services
    // revenues print 918, 959, 884 and 940 for the quarters, 3,701, and
    // 3,704 for the year, beyond the rounding of five figures.
    EXPECT_EQ(failingPeriods(*analysis),
              QStringList{u"Services Revenues: Fiscal 2014 TOTAL = Fiscal 2014 Q1 + Fiscal 2014 Q2 + "
                          u"Fiscal 2014 Q3 + Fiscal 2014 Q4 | 3"_s});
}

// Clorox's economic profit exhibit to its FY2022 10-K: fiscal years as
// "FY22", a second table of capital employed without a title.
TEST_F(EdgarRelease, Clorox2022ReadsItsEconomicProfit)
{
    const FilingAnalysisPtr analysis = analysed(u"clorox-fy2022-10-k-ex99-2.htm"_s);
    if (!analysis)
        GTEST_SKIP() << absent(u"clorox-fy2022-10-k-ex99-2.htm"_s);
    const Filing &filing = analysis->filing;
    const Schedule *profit = titled(filing, u"RECONCILIATION OF ECONOMIC PROFIT (UNAUDITED)"_s);
    ASSERT_NE(profit, nullptr);
    EXPECT_EQ(profit->scale, 1000000);
    EXPECT_EQ(labels(*profit), (QStringList{u"FY22"_s, u"FY21"_s, u"FY20"_s}));
    EXPECT_EQ(printed(filing, *profit, u"Earnings before income taxes"_s),
              (QStringList{u"$607"_s, u"$900"_s, u"$1,185"_s}));
    EXPECT_EQ(printed(filing, *profit, u"Adjusted after tax profit attributable to Clorox"_s),
              (QStringList{u"591"_s, u"1,001"_s, u"1,019"_s}));
    EXPECT_EQ(printed(filing, *profit, u"Average capital employed"_s),
              (QStringList{u"3,428"_s, u"3,655"_s, u"3,478"_s}));
    EXPECT_EQ(TieOutCount::of(analysis->tieOut.checks).failed, 0);
}

// ABVC's 2024 results: one table, whose "Total" is $6,000 more than its
// three partners' cash collected ($200,000 + $296,000 + $200,000 =
// $696,000, printed $702,000) and $6,000 less in milestones to come.
TEST_F(EdgarRelease, Abvc2024FlagsItsTotalByTheDifference)
{
    const FilingAnalysisPtr analysis = analysed(u"abvc-2025-04-15-ex99-1.htm"_s);
    if (!analysis)
        GTEST_SKIP() << absent(u"abvc-2025-04-15-ex99-1.htm"_s);
    const Filing &filing = analysis->filing;
    ASSERT_EQ(filing.schedules.size(), 1);
    const Schedule &milestones = filing.schedules[0];
    EXPECT_EQ(labels(milestones), (QStringList{u"Cash Collected"_s, u"Remaining Milestone Potential"_s}));
    EXPECT_EQ(printed(filing, milestones, u"Total"_s), (QStringList{u"$702,000"_s, u"$18,298,000"_s}));
    ASSERT_EQ(analysis->tieOut.checks.size(), 1);
    const Check &total = analysis->tieOut.checks.constFirst();
    const CheckText text(filing);
    ASSERT_EQ(total.periods.size(), 2);
    EXPECT_EQ(text.period(total, 0).difference, u"6000"_s);
    EXPECT_EQ(text.period(total, 1).difference, u"-6000"_s);
}

// Alcoa's 10-Q for Q2 2018, a whole quarterly report in HTML: quarters
// and six months side by side, "Second quarter ended" read as three months.
TEST_F(EdgarRelease, Alcoa2018ReadsItsQuarterlyStatements)
{
    const FilingAnalysisPtr analysis = analysed(u"alcoa-2018q2-10-q.htm"_s);
    if (!analysis)
        GTEST_SKIP() << absent(u"alcoa-2018q2-10-q.htm"_s);
    const Filing &filing = analysis->filing;
    const Schedule *operations = titled(filing, u"Statement of Consolidated Operations (unaudited)"_s);
    ASSERT_NE(operations, nullptr);
    EXPECT_EQ(operations->scale, 1000000);
    EXPECT_EQ(labels(*operations),
              (QStringList{u"Second quarter ended June 30, 2018"_s, u"Second quarter ended June 30, 2017"_s,
                           u"Six months ended June 30, 2018"_s, u"Six months ended June 30, 2017"_s}));
    EXPECT_EQ(operations->periods.value(0).months, 3);
    EXPECT_EQ(operations->periods.value(2).months, 6);
    EXPECT_EQ(printed(filing, *operations, u"Sales (C & E)"_s),
              (QStringList{u"$3,579"_s, u"$2,859"_s, u"$6,669"_s, u"$5,514"_s}));
    EXPECT_EQ(printed(filing, *operations, u"NET INCOME ATTRIBUTABLE TO ALCOA CORPORATION"_s),
              (QStringList{u"$75"_s, u"$75"_s, u"$225"_s, u"$300"_s}));
    EXPECT_EQ(printed(filing, *operations, u"Diluted"_s),
              (QStringList{u"$0.39"_s, u"$0.40"_s, u"$1.19"_s, u"$1.61"_s}));
    const Schedule *balance = titled(filing, u"Consolidated Balance Sheet (unaudited)"_s);
    ASSERT_NE(balance, nullptr);
    EXPECT_EQ(labels(*balance), (QStringList{u"June 30, 2018"_s, u"December 31, 2017"_s}));
    EXPECT_EQ(printed(filing, *balance, u"Total current assets"_s), (QStringList{u"4,281"_s, u"4,238"_s}));
    EXPECT_EQ(printed(filing, *balance, u"Total assets"_s), (QStringList{u"$16,518"_s, u"$17,447"_s}));
    EXPECT_EQ(TieOutCount::of(analysis->tieOut.checks).failed, 0);
}

// Apple's summary data (exhibit 99.2), 2004 and 2011: each quarter spans a
// units and a revenue column, and a header repeated over the product block.
TEST_F(EdgarRelease, AppleSummaryDataReadsEachQuartersTwoColumns)
{
    const FilingAnalysisPtr analysis = analysed(u"apple-2011-01-18-ex99-2.htm"_s);
    if (!analysis)
        GTEST_SKIP() << absent(u"apple-2011-01-18-ex99-2.htm"_s);
    const Filing &filing = analysis->filing;
    ASSERT_EQ(filing.schedules.size(), 1);
    const Schedule &summary = filing.schedules[0];
    EXPECT_EQ(summary.title, u"Q1 2011 Unaudited Summary Data"_s);
    EXPECT_EQ(labels(summary).mid(0, 6),
              (QStringList{u"Q4 2010 CPU Units K"_s, u"Q4 2010 Revenue $M"_s, u"Q1 2010 CPU Units K"_s,
                           u"Q1 2010 Revenue $M"_s, u"Q1 2011 CPU Units K"_s, u"Q1 2011 Revenue $M"_s}));
    EXPECT_EQ(printed(filing, summary, u"Total Apple"_s).mid(0, 6),
              (QStringList{QString(), u"$20,343"_s, QString(), u"$15,683"_s, QString(), u"$26,741"_s}));
    EXPECT_EQ(summary.findRow(u"Units K"_s), -1); // the repeated header heads no row
    EXPECT_EQ(TieOutCount::of(analysis->tieOut.checks).failed, 0);

    const FilingAnalysisPtr older = analysed(u"apple-2004-07-14-ex99-2.htm"_s);
    ASSERT_NE(older, nullptr);
    const Schedule &q3 = older->filing.schedules.value(0);
    EXPECT_EQ(labels(q3).mid(0, 2), (QStringList{u"Q2\u201904 Actual CPU Units k"_s, u"Q2\u201904 Actual Rev $m"_s}));
    EXPECT_EQ(printed(older->filing, q3, u"Americas"_s).mid(0, 6),
              (QStringList{u"361"_s, u"$881"_s, u"452"_s, u"$831"_s, u"472"_s, u"$1,018"_s}));
    EXPECT_EQ(TieOutCount::of(older->tieOut.checks).failed, 0);
}
