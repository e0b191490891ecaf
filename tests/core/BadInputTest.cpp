// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input gets a clear error or warning naming the file, line and column,
// never a crash. Each fixture in tests/data/bad/ is one case; the messages,
// lines and columns are worked out by hand from the fixture.
#include "support/TestData.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

struct BadCase
{
    const char *file;
    bool opens;                 // warnings only: the filing still opens
    Diagnostic::Severity severity;
    const char16_t *message;    // a part of the message
    int line;
    int column;
};

void PrintTo(const BadCase &c, std::ostream *os)
{
    *os << c.file;
}

class BadInput : public ::testing::TestWithParam<BadCase> { };

} // namespace

TEST_P(BadInput, SaysWhatAndWhere)
{
    const BadCase c = GetParam();
    const QString path = TestData::dataPath(u"bad/"_s + QString::fromLatin1(c.file));
    const ImportResult result = FilingImporter::importFile(path);
    EXPECT_EQ(result.ok(), c.opens) << qPrintable(result.firstError());
    const QString wanted = QString::fromUtf16(c.message);
    const Diagnostic *found = nullptr;
    for (const Diagnostic &d : result.diagnostics) {
        if (d.message.contains(wanted))
            found = &d;
    }
    ASSERT_NE(found, nullptr) << "no diagnostic says: " << qPrintable(wanted);
    EXPECT_EQ(found->severity, c.severity);
    EXPECT_EQ(found->file, path);
    EXPECT_EQ(found->line, c.line) << qPrintable(found->toString());
    EXPECT_EQ(found->column, c.column) << qPrintable(found->toString());
    if (result.filing) {
        EXPECT_FALSE(result.filing->warnings.isEmpty());
    }
}

using S = Diagnostic::Severity;

INSTANTIATE_TEST_SUITE_P(
        Fixtures, BadInput,
        ::testing::Values(
                BadCase{"empty.txt", false, S::Error, u"empty file", 0, 0},
                BadCase{"binary.png", false, S::Error, u"binary data at byte 8 (a NUL byte)", 3, 1},
                BadCase{"utf16-without-bom.txt", false, S::Error, u"UTF-16 needs a byte-order mark", 1, 2},
                BadCase{"no-table.txt", false, S::Error, u"no table found", 0, 0},
                BadCase{"truncated-table.txt", true, S::Warning, u"unbalanced parenthesis: expected ')'", 8, 10},
                BadCase{"unbalanced-parentheses.txt", true, S::Warning, u"unreadable amount \"(400\"", 8, 10},
                BadCase{"ragged-rows.txt", true, S::Warning, u"row ends early: expected 2 values, found 1", 7, 14},
                BadCase{"ragged-rows.txt", true, S::Warning, u"unexpected value after the last period column", 8, 18},
                BadCase{"letters-in-number.txt", true, S::Warning, u"unexpected 'l' in a number", 7, 11},
                BadCase{"number-too-large.txt", true, S::Warning, u"number too large", 7, 33},
                BadCase{"header-without-rows.txt", false, S::Warning, u"table header without rows", 6, 1},
                BadCase{"header-without-rows.txt", false, S::Error, u"no schedule found", 0, 0},
                BadCase{"letter-names-no-note.txt", true, S::Warning, u"cites Note E, but the filing has no Note E", 8, 12}));

TEST(BadInputPaths, AFolderIsNotAFiling)
{
    QTemporaryDir dir;
    const ImportResult result = FilingImporter::importFile(dir.path());
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.diagnostics.size(), 1);
    EXPECT_EQ(result.diagnostics[0].toString(), dir.path() + u": error: is a folder: expected a filing's text file"_s);
}

TEST(BadInputPaths, AMissingFileSaysSo)
{
    const QString path = TestData::dataPath(u"bad/does-not-exist.txt"_s);
    const ImportResult result = FilingImporter::importFile(path);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.firstError(), path + u": error: no such file"_s);
}

TEST(BadInputValues, AnUnreadableCellIsKeptAsTextAndNotAsANumber)
{
    const Filing f = TestData::load(TestData::dataPath(u"bad/letters-in-number.txt"_s));
    ASSERT_EQ(f.schedules.size(), 1);
    const Row &revenue = f.schedules[0].rows[0];
    EXPECT_EQ(revenue.cells[0].text, u"14l,O93"_s);
    EXPECT_FALSE(revenue.cells[0].readable);
    EXPECT_TRUE(revenue.cells[0].isNil());
    EXPECT_TRUE(revenue.cells[1].readable);
    EXPECT_EQ(revenue.cells[1].amount.toPlainString(), u"900"_s);
}

TEST(BadInputValues, ALabelWithMarkupIsKeptLiterally)
{
    const Filing f = TestData::load(TestData::dataPath(u"bad/label-with-markup.txt"_s));
    ASSERT_EQ(f.schedules.size(), 1);
    EXPECT_EQ(f.schedules[0].rows[0].label, u"<img src=x onerror=alert(1)>"_s);
    EXPECT_EQ(f.schedules[0].rows[1].label, u"<a href=\"http://x\">Cost</a>"_s);
}
