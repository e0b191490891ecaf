// SPDX-License-Identifier: GPL-3.0-or-later
// The bad inputs too big to commit, generated here: a 20 MB line, 200,000
// rows, a 20,000-column header, 5,000 nested tags, more lines than Tieout
// reads, a file over the size limit, and lines built to make a careless
// parser quadratic. Each imports correctly or fails saying where. None is
// timed (benchmarks measure speed), but a quadratic path would take hours
// on these and the suite's timeout would say so.
#include "analysis/FilingAnalysis.h"
#include "import/InputLimits.h"
#include "support/TestData.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

// A schedule's first six lines; rows start on line 7.
const QByteArray Header = "**Acme Corp.**\n**Statements of Operations**\n(in thousands)\n\n"
                          "\tThree Months Ended June 30,\t\n\t2010\t2009\n";

ImportResult importGenerated(const QByteArray &bytes)
{
    return FilingImporter::importBytes(bytes, u"generated.txt"_s);
}

void expectError(const ImportResult &result, const QString &message, int line, int column)
{
    ASSERT_FALSE(result.ok());
    const Diagnostic &error = result.diagnostics.constLast();
    EXPECT_TRUE(error.isError());
    EXPECT_EQ(error.message, message);
    EXPECT_EQ(error.file, u"generated.txt"_s);
    EXPECT_EQ(error.line, line);
    EXPECT_EQ(error.column, column);
}

} // namespace

TEST(GeneratedInput, ATwentyMegabyteLineIsRefusedWhereItGoesOverTheLimit)
{
    const QByteArray line(20 * 1024 * 1024, 'x');
    expectError(importGenerated(line), u"line too long: at most 1,000,000 characters of a line are read"_s, 1,
                1'000'001);
    // The same line as the 8th of a release: the error names that line.
    expectError(importGenerated(Header + "Revenue\t1,000\t900\n" + line),
                u"line too long: at most 1,000,000 characters of a line are read"_s, 8, 1'000'001);
}

TEST(GeneratedInput, TwoHundredThousandRowsImportWhole)
{
    QByteArray bytes = Header;
    bytes.reserve(bytes.size() + 200'000 * 32);
    for (int i = 1; i <= 200'000; ++i)
        bytes +=
            "Line item " + QByteArray::number(i) + "\t" + QByteArray::number(i) + "\t(" + QByteArray::number(i) + ")\n";
    ImportResult result = importGenerated(bytes);
    ASSERT_TRUE(result.ok()) << qPrintable(result.firstError());
    ASSERT_EQ(result.filing->schedules.size(), 1);
    const QList<Row> &rows = result.filing->schedules[0].rows;
    ASSERT_EQ(rows.size(), 200'000);
    EXPECT_EQ(rows.constLast().label, u"Line item 200000"_s);
    EXPECT_EQ(rows.constLast().location.line, 200'006);
    EXPECT_EQ(rows.constLast().cells[1].amount.toPlainString(), u"-200000"_s);

    // And the analysis that runs when it opens gets through it too.
    const FilingAnalysisPtr analysis = FilingAnalysis::analyze(std::move(*result.filing));
    EXPECT_EQ(analysis->filing.schedules[0].rows.size(), 200'000);
}

TEST(GeneratedInput, ATwentyThousandColumnHeaderIsRefusedAtItsTwoHundredAndFiftySeventhCell)
{
    QByteArray header = "**Acme Corp.**\n\n";
    for (int i = 0; i < 20'000; ++i)
        header += "\t2010";
    header += "\nRevenue\t1,000\t900\n";
    // Line 3 is "<tab>2010<tab>2010…": the 257th cell starts after the 256th tab,
    // at column 1 + 255 × 5 + 1.
    expectError(importGenerated(header), u"too many cells in a line: at most 256 tab-separated cells are read"_s, 3,
                1 + 255 * 5 + 1);
}

TEST(GeneratedInput, FiveThousandNestedTagsAreReadAsTheirText)
{
    const QByteArray open = QByteArray("<b>").repeated(5000);
    const QByteArray close = QByteArray("</b>").repeated(5000);
    const QByteArray underlined = QByteArray("<u>").repeated(5000) + "1,000" + QByteArray("</u>").repeated(5000);
    ImportResult result = importGenerated(Header + open + "Revenue" + close + "\t" + underlined + "\t900\n");
    ASSERT_TRUE(result.ok()) << qPrintable(result.firstError());
    const Row &row = result.filing->schedules[0].rows[0];
    EXPECT_EQ(row.label, u"Revenue"_s);
    EXPECT_TRUE(row.emphasis.testFlag(EmphasisFlag::Bold));
    EXPECT_EQ(row.cells[0].amount.toPlainString(), u"1000"_s);
    EXPECT_TRUE(row.cells[0].emphasis.testFlag(EmphasisFlag::Underline));
    // The value's place is its first digit, after the 5,000 tags.
    EXPECT_EQ(row.cells[0].location.column, 5000 * 3 + 7 + 5000 * 4 + 1 + 5000 * 3 + 1);
}

TEST(GeneratedInput, MoreLinesThanTieoutReadsAreRefusedAtTheFirstLineOver)
{
    QByteArray bytes = Header + "Revenue\t1,000\t900\n";
    bytes += QByteArray(InputLimits::MaxLines, '\n');
    expectError(importGenerated(bytes), u"too many lines: at most 5,000,000 are read"_s, 5'000'001, 1);
}

TEST(GeneratedInput, AFileOverTheSizeLimitIsRefusedUnread)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"huge.txt"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    // Sparse: the test writes one byte, the file says 128 MiB and one.
    ASSERT_TRUE(file.resize(InputLimits::MaxFileSize + 1));
    file.close();
    const ImportResult result = FilingImporter::importFile(path);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.firstError(), path + u": error: file too large: 134217729 bytes, at most 134217728 are read"_s);
}

TEST(GeneratedInput, LinesBuiltToBeQuadraticImportInOnePass)
{
    // Each pattern, repeated over most of the longest line read, once made the
    // markup reader look ahead to the end of the line from every position.
    for (const QByteArray &unit : {QByteArray("["), QByteArray("*a "), QByteArray("<"), QByteArray("<http://"),
                                   QByteArray("[a]("), QByteArray("\\$")}) {
        const QByteArray line = unit.repeated(900'000 / unit.size());
        ImportResult result = importGenerated(Header + "Revenue\t1,000\t900\n\n" + line + "\n");
        ASSERT_TRUE(result.ok()) << unit.constData() << ": " << qPrintable(result.firstError());
        EXPECT_EQ(result.filing->schedules[0].rows.size(), 1) << unit.constData();
    }
}
