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
    bool opens; // warnings only: the filing still opens
    Diagnostic::Severity severity;
    const char16_t *message; // a part of the message
    int line;
    int column;
};

void PrintTo(const BadCase &c, std::ostream *os)
{
    *os << c.file;
}

class BadInput : public ::testing::TestWithParam<BadCase>
{ };

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
        BadCase{"binary.png", false, S::Error,
                u"This is not a text or HTML document: it contains binary data at line 3, column 1", 3, 1},
        BadCase{"utf16-without-bom.txt", false, S::Error,
                u"This looks like UTF-16 text without a byte-order mark (a NUL byte at line 1, column 2)", 1, 2},
        BadCase{"no-table.txt", false, S::Error, u"no table found", 0, 0},
        BadCase{"truncated-table.txt", true, S::Warning, u"unbalanced parenthesis: expected ')'", 8, 10},
        BadCase{"unbalanced-parentheses.txt", true, S::Warning, u"unreadable amount \"(400\"", 8, 10},
        BadCase{"ragged-rows.txt", true, S::Warning, u"row ends early: expected 2 values, found 1", 7, 14},
        BadCase{"ragged-rows.txt", true, S::Warning, u"unexpected value after the last period column", 8, 18},
        BadCase{"letters-in-number.txt", true, S::Warning, u"unexpected 'l' in a number", 7, 11},
        BadCase{"number-too-large.txt", true, S::Warning, u"number too large", 7, 33},
        BadCase{"header-without-rows.txt", false, S::Warning, u"table header without rows", 6, 1},
        BadCase{"header-without-rows.txt", false, S::Error, u"no schedule found", 0, 0},
        BadCase{"letter-names-no-note.txt", true, S::Warning, u"cites Note E, but the filing has no Note E", 8, 12},
        BadCase{"reconciliation-without-notes.txt", true, S::Warning, u"cites Note A, but the filing has no Note A", 8,
                34},
        BadCase{"latin1.txt", true, S::Warning, u"not UTF-8 (byte 108 is 0xE9); read as Windows-1252", 7, 4},
        BadCase{"nul-byte.txt", false, S::Error,
                u"This is not a text or HTML document: it contains binary data at line 8, column 3", 8, 3},
        BadCase{"control-character.txt", false, S::Error,
                u"This is not a text or HTML document: it contains binary data at line 8, column 8 (control "
                u"character U+0007)",
                8, 8},
        BadCase{"many-decimals.txt", true, S::Warning,
                u"too many digits: at most 18 significant digits are kept exactly", 7, 28},
        BadCase{"too-many-decimals.txt", true, S::Warning, u"too many decimals: at most 18 are supported", 7, 29},
        BadCase{"space-inside-number.txt", true, S::Warning, u"space inside a number: expected one number", 7, 10},
        BadCase{"dollar-sign-without-number.txt", true, S::Warning, u"unreadable amount \"$\": expected a number", 7,
                14},
        BadCase{"values-without-label.txt", true, S::Warning,
                u"values without a label: expected a row label in the first column", 8, 1},
        BadCase{"two-decimal-points.txt", true, S::Warning, u"unreadable amount \"1.2.3\": unexpected '.' in a number",
                7, 12},
        BadCase{"misplaced-thousands-separator.txt", true, S::Warning,
                u"unreadable amount \"1,23,456\": misplaced thousands separator", 7, 13},
        BadCase{"only-white-space.txt", false, S::Error, u"empty file: only white space", 0, 0},
        // HTML: no table; a comment never closed; a colspan of a million; binary data named .htm.
        BadCase{"html-no-table.htm", false, S::Error, u"no schedule found: expected an HTML table", 0, 0},
        BadCase{"html-unclosed-comment.htm", true, S::Warning, u"comment never closed: expected \"-->\"", 9, 22},
        BadCase{"html-colspan-million.htm", true, S::Warning, u"colspan 1000000 cut to 255", 4, 36},
        BadCase{"html-binary.htm", false, S::Error, u"This is not a text or HTML document: it contains binary data", 3,
                1},
        BadCase{"byte-order-mark-only.txt", false, S::Error, u"empty file: only white space", 0, 0}));

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
    EXPECT_EQ(f.textOf(revenue.cells[0]), u"14l,O93"_s);
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

// The fixtures that must import, and import right: each value typed in from
// the fixture.
TEST(BadInputValues, ALatin1FileReadsItsAccentsAndDashes)
{
    const Filing f = TestData::load(TestData::dataPath(u"bad/latin1.txt"_s));
    ASSERT_EQ(f.schedules.size(), 1);
    EXPECT_EQ(f.schedules[0].rows[0].label, u"Caf\u00e9 revenue"_s);
    EXPECT_EQ(f.schedules[0].rows[1].label, u"Cost \u2013 product"_s);
    EXPECT_EQ(f.schedules[0].rows[1].cells[0].amount.toPlainString(), u"-400"_s);
}

TEST(BadInputValues, AUnicodeMinusIsANegativeNumber)
{
    const Filing f = TestData::load(TestData::dataPath(u"bad/unicode-minus.txt"_s));
    ASSERT_EQ(f.schedules.size(), 1);
    EXPECT_EQ(f.schedules[0].rows[0].cells[0].amount.toPlainString(), u"-455"_s);
    EXPECT_TRUE(f.warnings.isEmpty());
}

TEST(BadInputValues, TheLastRowIsReadWithoutAFinalLineEnd)
{
    const Filing f = TestData::load(TestData::dataPath(u"bad/no-final-line-end.txt"_s));
    ASSERT_EQ(f.schedules.size(), 1);
    ASSERT_EQ(f.schedules[0].rows.size(), 2);
    const Row &cost = f.schedules[0].rows[1];
    EXPECT_EQ(cost.label, u"Cost"_s);
    EXPECT_EQ(cost.cells[1].amount.toPlainString(), u"-350"_s);
    EXPECT_EQ(cost.cells[1].location.line, 8);
    EXPECT_EQ(cost.cells[1].location.column, 12);
}

TEST(BadInputValues, AnUnclosedBoldMarkerStillLeavesTheLabel)
{
    const Filing f = TestData::load(TestData::dataPath(u"bad/unclosed-bold.txt"_s));
    ASSERT_EQ(f.schedules.size(), 1);
    EXPECT_EQ(f.schedules[0].rows[0].label, u"Revenue"_s);
    EXPECT_EQ(f.schedules[0].rows[0].cells[0].amount.toPlainString(), u"1000"_s);
}

TEST(BadInputValues, ANoteLetterBesideAValueIsALetterNotPartOfTheNumber)
{
    const Filing f = TestData::load(TestData::dataPath(u"bad/note-letters-beside-values.txt"_s));
    EXPECT_TRUE(f.warnings.isEmpty()) << qPrintable(f.warnings.value(0).toString());
    ASSERT_EQ(f.schedules.size(), 1);
    const QList<Row> &rows = f.schedules[0].rows;
    ASSERT_EQ(rows.size(), 4);
    EXPECT_EQ(rows[1].notes, QStringList{u"A"_s});
    EXPECT_EQ(rows[1].cells[0].amount.toPlainString(), u"100"_s);
    EXPECT_EQ(rows[2].notes, QStringList{u"C"_s});
    EXPECT_EQ(rows[2].cells[0].amount.toPlainString(), u"-455"_s);
    EXPECT_EQ(rows[2].cells[0].location.column, 25); // the "(" after "C "
    ASSERT_EQ(f.notes.size(), 2);
}
