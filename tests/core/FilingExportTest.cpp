// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Filing as the analyst receives it: a folder with a CSV file
// for each schedule, named after its title, or one PDF of every schedule.
// Expected names and figures are typed in from the bundled release
// (resources/filings/juniper-2007-04-23-q1-earnings-release.txt).
#include "report/FilingExport.h"
#include "export/ScheduleCsv.h"
#include "report/ReportPainter.h"
#include "support/PdfPages.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QPageSize>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

// The release's schedules, as titled on lines 56, 92, 108, 119, 201, 243 and 254.
const QStringList ReleaseTitles{
    u"Condensed Consolidated Statements of Operations"_s,
    u"Stock Based Compensation by Category"_s,
    u"Net Product Revenue by Operating Segment"_s,
    u"Reconciliation between GAAP to non-GAAP Results of Operations and Earnings Per Share"_s,
    u"Condensed Consolidated Balance Sheets"_s,
    u"Cash and Cash Equivalents and Investments"_s,
    u"Condensed Consolidated Statements of Cash Flows"_s};

QString contentsOf(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    return QString::fromUtf8(file.readAll());
}

QPageLayout paper(QPageSize::PageSizeId size, QPageLayout::Orientation orientation = QPageLayout::Portrait)
{
    QPageLayout layout = ReportPainter::defaultLayout();
    layout.setPageSize(QPageSize(size));
    layout.setOrientation(orientation);
    return layout;
}

} // namespace

TEST(ScheduleCsv, ATitleBecomesAFileNameEverySystemTakes)
{
    EXPECT_EQ(ScheduleCsv::safeName(u"Condensed Consolidated Balance Sheets"_s),
              u"Condensed Consolidated Balance Sheets"_s);
    EXPECT_EQ(ScheduleCsv::safeName(u"Revenue: Products/Services"_s), u"Revenue Products Services"_s);
    EXPECT_EQ(ScheduleCsv::safeName(u"Net Income (Loss) per Share — \"Diluted\"?"_s),
              u"Net Income (Loss) per Share — Diluted"_s);
    EXPECT_EQ(ScheduleCsv::safeName(u"  ..Segments *2007*..  "_s), u"Segments 2007"_s);
    EXPECT_EQ(ScheduleCsv::safeName(u"Line\tone\nLine two"_s), u"Line one Line two"_s);
    EXPECT_EQ(ScheduleCsv::safeName(u"R&D, SG&A"_s), u"R&D, SG&A"_s);
    EXPECT_EQ(ScheduleCsv::safeName(u"CON"_s), u"CON schedule"_s);
    EXPECT_EQ(ScheduleCsv::safeName(u"???"_s), u"Schedule"_s);
    EXPECT_EQ(ScheduleCsv::safeName(QString()), u"Schedule"_s);
    const QString longTitle = u"Reconciliation of "_s + QString(u"very "_s).repeated(40) + u"long title"_s;
    const QString cut = ScheduleCsv::safeName(longTitle);
    EXPECT_LE(cut.size(), 120);
    EXPECT_TRUE(cut.startsWith(u"Reconciliation of very very"_s)) << qPrintable(cut);
    EXPECT_TRUE(cut.endsWith(u"very"_s)) << qPrintable(cut); // cut between words
}

TEST(ScheduleCsv, RepeatedTitlesAreNumberedCaseIgnored)
{
    const QStringList names = ScheduleCsv::fileNames({u"Balance Sheets"_s, u"Segments"_s, u"Balance Sheets"_s,
                                                      u"BALANCE SHEETS"_s, u"Balance Sheets (2)"_s, u"Notes?"_s},
                                                     u"csv"_s);
    EXPECT_EQ(names, (QStringList{u"Balance Sheets.csv"_s, u"Segments.csv"_s, u"Balance Sheets (2).csv"_s,
                                  u"BALANCE SHEETS (3).csv"_s, u"Balance Sheets (2) (2).csv"_s, u"Notes.csv"_s}));
}

TEST(FilingExport, TheReleaseBecomesAFolderWithACsvFileForEachSchedule)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"Juniper Q1 2007"_s); // not there yet: made
    const FilingExport::Result result = FilingExport::writeCsvFolder(TestData::analysedRelease(), folder);
    ASSERT_TRUE(result.ok()) << qPrintable(result.error);

    QStringList expected;
    for (const QString &title : ReleaseTitles)
        expected << QDir(folder).filePath(title + u".csv"_s);
    EXPECT_EQ(result.written, expected);
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), 7);
    // Nothing of the writing is left beside them.
    EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 7);

    const QString operations = contentsOf(expected[0]);
    EXPECT_TRUE(operations.startsWith(u"\"Juniper Networks, Inc. \u2014 Condensed Consolidated Statements of "
                                      u"Operations (in thousands, except per share amounts)\"\r\n"_s))
        << qPrintable(operations.left(200));
    // Lines 63, 67, 80 and 83: numbers exact, negatives with a minus sign.
    for (const QString &line :
         {u"\r\nProduct,509773,474125\r\n"_s, u"\r\nProduct,154942,140995\r\n"_s,
          u"\r\nInterest and other expense,-1064,-1089\r\n"_s, u"\r\nNet income,66647,75763\r\n"_s})
        EXPECT_TRUE(operations.contains(line)) << qPrintable(line.trimmed());
    // The reconciliation keeps its note column (line 126).
    EXPECT_TRUE(contentsOf(expected[3]).contains(u"\r\nStock-based compensation expense,C,-455,-487\r\n"_s));
    // Line 205 of the balance sheets.
    EXPECT_TRUE(contentsOf(expected[4]).contains(u"\r\nCash and cash equivalents,2037839,1596333\r\n"_s));

    // Again into the same folder: the files are replaced, not numbered.
    const FilingExport::Result again = FilingExport::writeCsvFolder(TestData::analysedRelease(), folder);
    ASSERT_TRUE(again.ok()) << qPrintable(again.error);
    EXPECT_EQ(again.written, expected);
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), 7);
}

TEST(FilingExport, AFolderThatCannotBeWrittenSaysWhy)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"taken"_s);
    QFile taken(file);
    ASSERT_TRUE(taken.open(QIODevice::WriteOnly));
    taken.close();
    const FilingExport::Result result = FilingExport::writeCsvFolder(TestData::analysedRelease(), file);
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.written.isEmpty());
    EXPECT_TRUE(result.error.endsWith(u"it is a file, not a folder"_s)) << qPrintable(result.error);

    // A schedule's name taken by a folder: the files before it are written, and the error names it.
    const QString folder = dir.filePath(u"out"_s);
    ASSERT_TRUE(QDir().mkpath(QDir(folder).filePath(u"Net Product Revenue by Operating Segment.csv"_s)));
    const FilingExport::Result stopped = FilingExport::writeCsvFolder(TestData::analysedRelease(), folder);
    EXPECT_EQ(stopped.written.size(), 2);
    EXPECT_TRUE(stopped.error.contains(u"Net Product Revenue by Operating Segment.csv"_s)) << qPrintable(stopped.error);
    EXPECT_TRUE(stopped.error.endsWith(u"it is a folder, not a file"_s)) << qPrintable(stopped.error);

    const FilingExport::Result none = FilingExport::writeCsvFolder(FilingAnalysis::analyze(Filing{}), folder);
    EXPECT_FALSE(none.ok());
    EXPECT_TRUE(none.error.endsWith(u"has no schedules to export"_s)) << qPrintable(none.error);
}

TEST(FilingExport, OnePdfHoldsEverySchedulesTableFromTheTopOfAPage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"schedules.pdf"_s);
    const FilingExport::Result result =
        FilingExport::writePdf(TestData::analysedRelease(), path, paper(QPageSize::Letter));
    ASSERT_TRUE(result.ok()) << qPrintable(result.error);
    EXPECT_EQ(result.written, QStringList{path});

    const QString text = PdfPages::text(path);
    // Figures as printed, negatives in parentheses (lines 80, 114, 205), and the units captions.
    for (const QString &figure :
         {u"(1,064)"_s, u"(1,089)"_s, u"$ 385,249"_s, u"$ 363,004"_s, u"$ 2,037,839"_s,
          u"in thousands, except per share amounts"_s, u"March 31, 2007"_s, u"December 31, 2006"_s})
        EXPECT_TRUE(text.contains(figure)) << qPrintable(figure);
    EXPECT_TRUE(text.contains(u"Page 1 of"_s));

    // Each schedule starts a page of its own, in the order filed.
    const int pages = PdfPages::count(path);
    ASSERT_GE(pages, 7);
    int previous = 0;
    for (const QString &title : ReleaseTitles) {
        int first = 0;
        for (int page = previous + 1; page <= pages && first == 0; ++page) {
            if (PdfPages::pageText(path, page).simplified().contains(title))
                first = page;
        }
        EXPECT_GT(first, previous) << qPrintable(title);
        previous = std::max(previous, first);
    }

    // Landscape A4 as well.
    const QString landscape = dir.filePath(u"landscape.pdf"_s);
    ASSERT_TRUE(
        FilingExport::writePdf(TestData::analysedRelease(), landscape, paper(QPageSize::A4, QPageLayout::Landscape))
            .ok());
    EXPECT_TRUE(PdfPages::info(landscape).landscape);
    const QString flat = PdfPages::text(landscape).simplified();
    for (const QString &title : ReleaseTitles)
        EXPECT_TRUE(flat.contains(title)) << qPrintable(title);
}
