// SPDX-License-Identifier: GPL-3.0-or-later
// The message bar above the table, in a window offscreen: each open replaces
// what it said, the places of the filing shown link to its source, and
// repeated warnings share a line. Messages, lines and columns are typed in
// from the fixtures in tests/data/bad/.
#include "DiagnosticsBar.h"
#include "MainWindow.h"
#include "support/TestData.h"

#include <QSettings>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class DiagnosticsBarTest : public ::testing::Test
{
protected:
    void SetUp() override { QSettings().clear(); }

    DiagnosticsBar *bar() const { return window.diagnosticsBar(); }

    MainWindow window;
};

QString bad(const QString &name)
{
    return TestData::dataPath(u"bad/"_s + name);
}

} // namespace

TEST_F(DiagnosticsBarTest, AFailedOpenLeavesTheNextFilesWarningLinkedToItsLine)
{
    const QString binary = bad(u"binary.png"_s);
    window.openFiles({binary});
    EXPECT_FALSE(bar()->isHidden());
    // A PNG's signature: "\x89PNG\r\n", "\x1A\n", then the NUL that starts line 3.
    EXPECT_EQ(bar()->lines(), QStringList{u"Error "_s + binary
                                          + u":3:1: This is not a text or HTML document: it contains binary data at "
                                            u"line 3, column 1"_s});
    EXPECT_FALSE(bar()->text().contains(u"<a "_s)) << qPrintable(bar()->text()); // nothing of it to show

    // "Revenue<tab>14l,O93": the l is the 11th character of line 7.
    const QString letters = bad(u"letters-in-number.txt"_s);
    window.openFiles({letters});
    ASSERT_EQ(window.filings().size(), 1);
    EXPECT_FALSE(bar()->isHidden());
    EXPECT_EQ(bar()->lines(), QStringList{u"Warning "_s + letters
                                          + u":7:11: unreadable amount \"14l,O93\": unexpected 'l' in a number"_s});
    EXPECT_TRUE(bar()->text().contains(u"<a href=\"at:7:11\">"_s)) << qPrintable(bar()->text());

    QSignalSpy asked(bar(), &DiagnosticsBar::locationActivated);
    bar()->activate(u"at:7:11"_s);
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked[0], (QVariantList{0, 7, 11}));
}

TEST_F(DiagnosticsBarTest, EightUnreadableCellsShareOneLineAndEachStaysReachable)
{
    const QString path = bad(u"eight-unreadable-cells.txt"_s);
    window.openFiles({path});
    ASSERT_EQ(window.filings().size(), 1);
    EXPECT_EQ(bar()->lines(), QStringList{u"Warning "_s + path
                                          + u": 8 cells could not be read as numbers \u2014 first at line 7, column 18 "
                                            u"(show all 8)"_s});
    EXPECT_TRUE(bar()->text().contains(u"<a href=\"at:7:18\">line 7, column 18</a>"_s)) << qPrintable(bar()->text());

    bar()->activate(u"group:0"_s);
    const QStringList lines = bar()->lines();
    ASSERT_EQ(lines.size(), 9) << qPrintable(lines.join(u'\n'));
    EXPECT_TRUE(lines[0].endsWith(u"(hide them)"_s)) << qPrintable(lines[0]);
    EXPECT_EQ(lines[1], u"    Warning "_s + path + u":7:18: unreadable amount \"1O2.0\": unexpected 'O' in a number"_s);
    EXPECT_EQ(lines[3],
              u"    Warning "_s + path + u":9:15: unreadable amount \"l32.5\": expected a number, found 'l'"_s);
    EXPECT_EQ(lines[8], u"    Warning "_s + path + u":14:13: unreadable amount \"2O.2\": unexpected 'O' in a number"_s);
    // Every one of them a link to its place: "Net income<tab>2O.2", the O 13th.
    for (const char16_t *place :
         {u"at:7:18", u"at:8:18", u"at:9:15", u"at:10:19", u"at:11:18", u"at:12:15", u"at:13:22", u"at:14:13"})
        EXPECT_TRUE(bar()->text().contains(u"<a href=\""_s + QString::fromUtf16(place) + u"\">"_s))
            << qPrintable(QString::fromUtf16(place));

    QSignalSpy asked(bar(), &DiagnosticsBar::locationActivated);
    bar()->activate(u"at:14:13"_s);
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked[0], (QVariantList{0, 14, 13}));

    bar()->activate(u"group:0"_s);
    EXPECT_EQ(bar()->lines().size(), 1);
}
