// SPDX-License-Identifier: GPL-3.0-or-later
// Real earnings releases as filed on EDGAR, read from ../shared/edgar/
// (never copied into the project; TIEOUT_EDGAR_DIR points elsewhere). Each
// test is skipped, saying why, where that folder is absent. Titles, periods
// and figures are typed in from the documents as filed.
#include "analysis/FilingAnalysis.h"
#include "checks/TieOutCount.h"
#include "support/TestData.h"

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

    static QStringList labels(const Schedule &schedule)
    {
        QStringList periods;
        for (const Period &period : schedule.periods)
            periods << period.label();
        return periods;
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
    const QString path = release(u"apple-2011-01-18-ex99-1.htm"_s);
    if (path.isEmpty())
        GTEST_SKIP() << absent(u"apple-2011-01-18-ex99-1.htm"_s);
    const FilingAnalysisPtr analysis = TestData::loadAnalysed(path);
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
    const QString path = release(u"buckle-2024-11-22-ex99-1.html"_s);
    if (path.isEmpty())
        GTEST_SKIP() << absent(u"buckle-2024-11-22-ex99-1.html"_s);
    const FilingAnalysisPtr analysis = TestData::loadAnalysed(path);
    const Filing &filing = analysis->filing;
    ASSERT_EQ(filing.schedules.size(), 2);
    const Schedule &income = filing.schedules[0];
    EXPECT_TRUE(income.title.endsWith(u"CONSOLIDATED STATEMENTS OF INCOME"_s)) << qPrintable(income.title);
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
