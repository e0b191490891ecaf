// SPDX-License-Identifier: GPL-3.0-or-later
// The message bar's grouping: warnings of one kind about one file become one
// line with a count and the first place, every member kept. The places are
// counted by hand in tests/data/bad/eight-unreadable-cells.txt, whose eight
// figures of 2010 were read with a letter O for a 0 or l for a 1.
#include "models/DiagnosticGroups.h"
#include "support/TestData.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(DiagnosticGroups, EightUnreadableCellsAreOneLineWithTheirCountAndFirstPlace)
{
    const QString path = TestData::dataPath(u"bad/eight-unreadable-cells.txt"_s);
    const ImportResult result = FilingImporter::importFile(path);
    ASSERT_TRUE(result.ok()) << qPrintable(result.firstError());
    ASSERT_EQ(result.filing->warnings.size(), 8);

    const QList<DiagnosticGroups::Group> groups = DiagnosticGroups::group(result.filing->warnings);
    ASSERT_EQ(groups.size(), 1);
    EXPECT_EQ(groups[0].summary, u"8 cells could not be read as numbers"_s);
    // Each member still there, in the order of the file: the letter that
    // gave each one away, line by line ("Product revenue<tab>1O2.0": the O
    // is the 18th character of line 7).
    const QList<std::pair<int, int>> places{{7, 18},  {8, 18},  {9, 15},  {10, 19},
                                            {11, 18}, {12, 15}, {13, 22}, {14, 13}};
    ASSERT_EQ(groups[0].members.size(), places.size());
    for (qsizetype i = 0; i < places.size(); ++i) {
        const Diagnostic &d = result.filing->warnings[groups[0].members[i]];
        EXPECT_EQ(d.file, path);
        EXPECT_EQ(std::pair(d.line, d.column), places[i]) << qPrintable(d.toString());
    }
}

TEST(DiagnosticGroups, KindsFilesAndErrorsStayApart)
{
    const Diagnostics diagnostics{
        Diagnostic::warning(u"a.txt"_s, 7, 11, u"unreadable amount \"14l,O93\": unexpected 'l' in a number"_s),
        Diagnostic::warning(u"a.txt"_s, 8, 9, u"row ends early: expected 2 values, found 1"_s),
        Diagnostic::warning(u"a.txt"_s, 9, 10, u"unreadable amount \"(400\": unbalanced parenthesis: expected ')'"_s),
        Diagnostic::warning(u"b.txt"_s, 3, 4, u"unreadable amount \"1.2.3\": unexpected '.' in a number"_s),
        Diagnostic::warning(u"a.txt"_s, 12, 9, u"row ends early: expected 3 values, found 2"_s),
        Diagnostic::error(u"c.png"_s, 3, 1, u"This is not a text or HTML document"_s),
        Diagnostic::error(u"c.png"_s, 3, 1, u"This is not a text or HTML document"_s),
        Diagnostic::warning(u"a.txt"_s, 20, 34, u"row \"Tax\" cites Note E, but the filing has no Note E"_s),
        Diagnostic::warning(u"a.txt"_s, 21, 34, u"row \"Rent\" cites Note F, but the filing has no Note F"_s),
        Diagnostic::warning(u"a.txt"_s, 30, 1, u"something new at byte 12"_s),
        Diagnostic::warning(u"a.txt"_s, 31, 1, u"something new at byte 40"_s),
    };
    const QList<DiagnosticGroups::Group> groups = DiagnosticGroups::group(diagnostics);
    ASSERT_EQ(groups.size(), 7);
    EXPECT_EQ(groups[0].members, (QList<qsizetype>{0, 2}));
    EXPECT_EQ(groups[0].summary, u"2 cells could not be read as numbers"_s);
    EXPECT_EQ(groups[1].members, (QList<qsizetype>{1, 4}));
    EXPECT_EQ(groups[1].summary, u"2 rows end before their last period column"_s);
    EXPECT_EQ(groups[2].members, QList<qsizetype>{3}); // another file
    EXPECT_TRUE(groups[2].summary.isEmpty());
    EXPECT_EQ(groups[3].members, QList<qsizetype>{5}); // errors, each on its own
    EXPECT_EQ(groups[4].members, QList<qsizetype>{6});
    EXPECT_EQ(groups[5].members, (QList<qsizetype>{7, 8}));
    EXPECT_EQ(groups[5].summary, u"2 rows cite a note the filing does not have"_s);
    EXPECT_EQ(groups[6].members, (QList<qsizetype>{9, 10}));
    EXPECT_EQ(groups[6].summary, u"2 warnings like this: something new at byte 12"_s);
}
