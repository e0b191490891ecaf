// SPDX-License-Identifier: GPL-3.0-or-later
// The notes view, the narrative view and the tie-out list, asserted from
// their rich text and models. Expected figures are typed in from the filings.
#include "models/CheckFilterModel.h"
#include "models/CheckTableModel.h"
#include "models/FilingHtml.h"
#include "support/ModelTester.h"
#include "support/TestData.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using TestData::analysedProspectus;
using TestData::analysedRelease;

// The lines, in the file, of the rows the links of this HTML go to.
QList<int> linkedLines(const QString &html)
{
    static const QRegularExpression link(uR"re(href="row:(\d+):(\d+)")re"_s);
    QList<int> lines;
    for (auto it = link.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        lines << analysedRelease()
                     ->filing.schedules[match.captured(1).toInt()]
                     .rows[match.captured(2).toInt()]
                     .location.line;
    }
    return lines;
}

// The part of the notes view from one note's anchor to the next.
QString noteSection(const QString &html, const QString &letter, const QString &next)
{
    const qsizetype from = html.indexOf(u"name=\"note-"_s + letter + u'"');
    const qsizetype to = next.isEmpty() ? html.size() : html.indexOf(u"name=\"note-"_s + next + u'"');
    return html.mid(from, to - from);
}

// A line of the tie-out list as the analyst reads it, in the view's column
// order: verdict, check, period, reported, computed, difference, kind, schedule.
QString lineOf(const QAbstractItemModel &list, int row)
{
    QStringList fields;
    for (const int column : {CheckTableModel::Verdict, CheckTableModel::Description, CheckTableModel::PeriodColumn,
                             CheckTableModel::Reported, CheckTableModel::Computed, CheckTableModel::Difference,
                             CheckTableModel::Kind, CheckTableModel::ScheduleColumn})
        fields << list.index(row, column).data().toString();
    return fields.join(u" | "_s);
}

// The column of every line of the list, top to bottom.
QStringList columnOf(const QAbstractItemModel &list, int column)
{
    QStringList texts;
    for (int row = 0; row < list.rowCount(); ++row)
        texts << list.index(row, column).data().toString();
    return texts;
}

} // namespace

TEST(NotesView, NoteCListsEveryStockCompensationRowThatCitesIt)
{
    const QString html = FilingHtml::notes(*analysedRelease());
    EXPECT_EQ(linkedLines(noteSection(html, u"C"_s, u"D"_s)),
              (QList<int>{126, 130, 133, 137, 141, 144, 147, 153, 161}));
    // Note A cites by clause too: (i) amortization in every block.
    EXPECT_EQ(linkedLines(noteSection(html, u"A-i"_s, u"A-ii"_s)), (QList<int>{127, 134, 138, 154, 162}));
    EXPECT_TRUE(noteSection(html, u"D"_s, {}).contains(u"Note D: Non-GAAP Net Income Per Share Items"_s));
}

TEST(NotesView, HighlightsTheClauseShown)
{
    const QString html = FilingHtml::notes(*analysedRelease(), TraceTarget::toNote(u"B"_s, u"ii"_s));
    static const QRegularExpression highlight(uR"re(<span class="highlight">([^<]*)</span>)re"_s);
    QStringList highlighted;
    for (auto it = highlight.globalMatch(html); it.hasNext();) {
        const QString text = it.next().captured(1);
        if (!text.isEmpty())
            highlighted << text;
    }
    ASSERT_EQ(highlighted.size(), 1);
    EXPECT_TRUE(highlighted[0].startsWith(u"(ii) stock option investigation costs and related tax costs"_s))
        << qPrintable(highlighted[0]);
}

TEST(NarrativeView, ReadsAsTheFilingWithItsFiguresLinked)
{
    QTextDocument document;
    document.setHtml(FilingHtml::narrative(*analysedRelease()));
    const QString text = document.toPlainText();
    // Line 21, word for word: a linked figure keeps the space after it.
    for (
        const QString &words :
        {u"was $66.6 million or $0.11 per share, compared with a GAAP net income of $75.8 million or $0.13 per share for"_s,
         u"was $112.4 million or $0.19 per share, compared"_s})
        EXPECT_TRUE(text.contains(words)) << qPrintable(words);
    // Lines 13 to 15: the headline over its subtitles, a line each, as the
    // release breaks them.
    EXPECT_TRUE(text.contains(
        u"Juniper Networks, Inc. Reports Q1'07 Financial Results\nQ1'07 Net Revenue of $626.9M, up 11% from "
        u"Q1'06;\nGAAP Diluted EPS $0.11; Non-GAAP Diluted EPS $0.19"_s));
    // Lines 3 and 7: the contacts' pieces, which the conversion joined, apart.
    EXPECT_TRUE(text.contains(u"Investor Relations Contact: Michelle Levine"_s));
    EXPECT_TRUE(text.contains(u"mlevine@juniper.net Public Relations Contact: Michael Hakkert"_s));
}

TEST(NarrativeView, LinksEachMatchedFigureToItsCellAndMarksTheRest)
{
    const QString html = FilingHtml::narrative(*analysedRelease());
    QTextDocument document;
    document.setHtml(html);
    // "$626.9 million" links to total net revenues (line 65), Q1 2007, with the value in the tooltip.
    static const QRegularExpression figure(
        uR"re(<a class="figure" href="cell:(\d+):(\d+):(\d+)" title="([^"]*)">\$626\.9 million</a>)re"_s);
    const auto match = figure.match(html);
    ASSERT_TRUE(match.hasMatch());
    const Schedule &schedule = analysedRelease()->filing.schedules[match.captured(1).toInt()];
    EXPECT_EQ(schedule.rows[match.captured(2).toInt()].location.line, 65);
    EXPECT_EQ(schedule.periods[match.captured(3).toInt()].date.year(), 2007);
    EXPECT_TRUE(match.captured(4).contains(u"626,936"_s)) << qPrintable(match.captured(4));
    // "11 percent": the growth rate 626,936 ÷ 566,714 − 1 = 10.6%.
    EXPECT_TRUE(html.contains(u"growth from Q1 2006 to Q1 2007 is 10.6%\">11 percent</a>"_s));
    // Depreciation's "$22.2 million" has no cell of its own.
    EXPECT_TRUE(html.contains(
        u"<span class=\"unmatched\" title=\"No figure of the tables rounds to this\">$22.2 million</span>"_s));
    // The tooltip reaches the view: Qt reads "title" into the character format.
    const qsizetype at = document.toPlainText().indexOf(u"$626.9 million"_s);
    ASSERT_GE(at, 0);
    const QTextBlock block = document.findBlock(int(at));
    bool tooltip = false;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        if (it.fragment().text().contains(u"$626.9 million"_s))
            tooltip = it.fragment().charFormat().toolTip().contains(u"626,936"_s);
    }
    EXPECT_TRUE(tooltip);
}

TEST(TieOutList, FiltersByVerdictAndSchedule)
{
    CheckTableModel checks;
    checks.setAnalysis(analysedProspectus());
    CheckFilterModel filter;
    filter.setSourceModel(&checks);
    const int all = filter.rowCount();
    filter.setVerdicts(CheckFilterModel::Verdicts::Failures);
    ASSERT_EQ(filter.rowCount(), 1);
    // The 600,000 holder: 29,792 printed, 29,791.46 by the conversion rate.
    EXPECT_EQ(filter.index(0, CheckTableModel::Reported).data().toString(), u"29,792"_s);
    filter.setVerdicts(CheckFilterModel::Verdicts::Ties);
    EXPECT_LT(filter.rowCount(), all);
    EXPECT_GT(filter.rowCount(), 0);

    CheckTableModel releaseChecks;
    releaseChecks.setAnalysis(analysedRelease());
    filter.setSourceModel(&releaseChecks);
    filter.setVerdicts(CheckFilterModel::Verdicts::Failures);
    EXPECT_EQ(filter.rowCount(), 0); // every check of the release ties
    filter.setVerdicts(CheckFilterModel::Verdicts::All);
    const RowRef segments = TestData::rowAtLine(analysedRelease()->filing, 116); // Total, of the segment revenue
    filter.setSchedule(0, int(segments.schedule));
    ASSERT_GT(filter.rowCount(), 0);
    for (int r = 0; r < filter.rowCount(); ++r)
        EXPECT_EQ(filter.index(r, CheckTableModel::ScheduleColumn).data().toString(),
                  u"Net Product Revenue by Operating Segment"_s);
}

// The tie-out list's two models as TieOutView builds them and the page
// drives them, each under Qt's model tester from before it holds a line:
// the checks behind the proxy, sorted by verdict; a filing shown, narrowed
// by verdict and by schedule, another filing shown in its place, sorted by
// a column the analyst clicks, and emptied.
TEST(TieOutList, PassesTheModelTesterAsThePageShowsFiltersAndSortsIt)
{
    CheckTableModel checks;
    CheckFilterModel list;
    const auto checksTester = attachModelTester(&checks);
    const auto listTester = attachModelTester(&list);
    list.setSourceModel(&checks);
    list.sort(CheckTableModel::Verdict, Qt::AscendingOrder);
    EXPECT_EQ(list.rowCount(), 0);

    // The prospectus: nine checks on the three holders, one period each;
    // the 600,000 holder's shares fail (29,792 printed, 600,000 × 19,860,973
    // ÷ 400,000,000 = 29,791.46), first in the list.
    checks.setAnalysis(analysedProspectus());
    ASSERT_EQ(checks.rowCount(), 9);
    ASSERT_EQ(list.rowCount(), 9);
    const QString shares = u"Number of Shares of Common Stock That May Be Sold(2)"_s;
    EXPECT_EQ(lineOf(list, 0),
              u"\u2717 fails | shares = principal 600,000 \u00d7 19,860,973 shares issuable \u00f7 400,000,000 "
              u"principal of the notes | "_s
                  + shares + u" | 29,792 | 29,791.46 | 0.54 | holder | Selling Security Holders"_s);
    EXPECT_EQ(columnOf(list, CheckTableModel::Verdict).count(u"\u2713 ties"_s), 8);

    list.setVerdicts(CheckFilterModel::Verdicts::Failures);
    ASSERT_EQ(list.rowCount(), 1);
    EXPECT_EQ(list.index(0, CheckTableModel::Reported).data().toString(), u"29,792"_s);
    list.setVerdicts(CheckFilterModel::Verdicts::Ties);
    ASSERT_EQ(list.rowCount(), 8);
    EXPECT_EQ(columnOf(list, CheckTableModel::Verdict), QStringList(8, u"\u2713 ties"_s));
    // 2,400,000 × 19,860,973 ÷ 400,000,000 = 119,165.84, printed 119,166.
    EXPECT_EQ(lineOf(list, 0),
              u"\u2713 ties | shares = principal 2,400,000 \u00d7 19,860,973 shares issuable \u00f7 400,000,000 "
              u"principal of the notes | "_s
                  + shares + u" | 119,166 | 119,165.84 | 0.16 | holder | Selling Security Holders"_s);
    list.setVerdicts(CheckFilterModel::Verdicts::All);
    list.setSchedule(0, 0); // the prospectus's one schedule
    EXPECT_EQ(list.rowCount(), 9);

    // The release in its place, as the page shows another filing's list:
    // its schedules' filter back to all. 63 checks, two periods each but
    // for the cash at the beginning and end of the periods, whose 2006 ends
    // are not on the balance sheet: 124 lines, all of which tie.
    checks.setAnalysis(analysedRelease());
    list.setSchedule(0, -1);
    ASSERT_EQ(checks.rowCount(), 124);
    ASSERT_EQ(list.rowCount(), 124);
    EXPECT_EQ(columnOf(list, CheckTableModel::Verdict), QStringList(124, u"\u2713 ties"_s));
    // 509,773 + 117,163, each rounded to the thousand: 626,936 give or take
    // one, printed as the filing prints it, the range in the tooltip.
    EXPECT_EQ(lineOf(list, 0), u"\u2713 ties | Total net revenues = Product + Service | Q1 2007 | 626,936 | "
                               u"626,936 | 0 | total | Condensed Consolidated Statements of Operations"_s);
    EXPECT_TRUE(list.index(0, CheckTableModel::Computed)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"between 626,935.0 and 626,937.0\n"_s));
    list.setVerdicts(CheckFilterModel::Verdicts::Failures);
    EXPECT_EQ(list.rowCount(), 0);
    list.setVerdicts(CheckFilterModel::Verdicts::All);

    // Narrowed to the segment table (lines 114–116): its total, and that
    // total against product revenue in the statement of operations.
    const RowRef segments = TestData::rowAtLine(analysedRelease()->filing, 116);
    list.setSchedule(0, int(segments.schedule));
    ASSERT_EQ(list.rowCount(), 4);
    EXPECT_EQ(columnOf(list, CheckTableModel::Description),
              (QStringList{u"Total = Infrastructure + Service Layer Technologies"_s,
                           u"Total = Infrastructure + Service Layer Technologies"_s,
                           u"Total = Product (Condensed Consolidated Statements of Operations)"_s,
                           u"Total = Product (Condensed Consolidated Statements of Operations)"_s}));
    // Sorted by the figure reported, largest first, as a click on its header does.
    list.sort(CheckTableModel::Reported, Qt::DescendingOrder);
    EXPECT_EQ(columnOf(list, CheckTableModel::Reported),
              (QStringList{u"509,773"_s, u"509,773"_s, u"474,125"_s, u"474,125"_s}));
    EXPECT_EQ(columnOf(list, CheckTableModel::PeriodColumn),
              (QStringList{u"Q1 2007"_s, u"Q1 2007"_s, u"Q1 2006"_s, u"Q1 2006"_s}));

    // Back to the prospectus, still sorted by the figure reported: the
    // 2,400,000 holder's 119,166 shares first.
    checks.setAnalysis(analysedProspectus());
    list.setSchedule(0, -1);
    ASSERT_EQ(list.rowCount(), 9);
    EXPECT_EQ(list.index(0, CheckTableModel::Reported).data().toString(), u"119,166"_s);
    EXPECT_EQ(list.index(1, CheckTableModel::Reported).data().toString(), u"29,792"_s);

    // And emptied.
    checks.setAnalysis({});
    EXPECT_EQ(checks.rowCount(), 0);
    EXPECT_EQ(list.rowCount(), 0);
}

TEST(TieOutList, NamesPeriodsShortlyWithTheirPrintedHeadingsInTheTooltip)
{
    CheckTableModel checks;
    checks.setAnalysis(analysedRelease());
    int found = 0;
    for (int r = 0; r < checks.rowCount(); ++r) {
        if (checks.index(r, CheckTableModel::Description).data().toString()
            != u"Total net revenues = Product + Service"_s)
            continue;
        const QModelIndex period = checks.index(r, CheckTableModel::PeriodColumn);
        const QString reported = checks.index(r, CheckTableModel::Reported).data().toString();
        if (reported == u"626,936"_s) {
            EXPECT_EQ(period.data().toString(), u"Q1 2007"_s);
            EXPECT_EQ(period.data(Qt::ToolTipRole).toString(), u"Three Months Ended March 31, 2007"_s);
            ++found;
        } else if (reported == u"566,714"_s) {
            EXPECT_EQ(period.data().toString(), u"Q1 2006"_s);
            ++found;
        }
    }
    EXPECT_EQ(found, 2);

    // A holders' column has no date: it keeps its heading as printed.
    CheckTableModel holders;
    holders.setAnalysis(analysedProspectus());
    ASSERT_GT(holders.rowCount(), 0);
    const QModelIndex column = holders.index(0, CheckTableModel::PeriodColumn);
    EXPECT_EQ(column.data().toString(), column.data(Qt::ToolTipRole).toString());
    EXPECT_FALSE(column.data().toString().isEmpty());
}

TEST(TieOutList, SortsPeriodsInTimeOrder)
{
    CheckTableModel checks;
    checks.setAnalysis(analysedRelease());
    CheckFilterModel sorted;
    sorted.setSourceModel(&checks);
    sorted.sort(CheckTableModel::PeriodColumn, Qt::AscendingOrder);
    // The release's statements cover the first quarters of 2006 and 2007;
    // its balance sheet, December 31, 2006 and March 31, 2007. On the same
    // day a quarter comes before the balance at its end.
    const QStringList order{u"Q1 2006"_s, u"Dec 31, 2006"_s, u"Q1 2007"_s, u"Mar 31, 2007"_s};
    ASSERT_GT(sorted.rowCount(), 1);
    EXPECT_EQ(sorted.index(0, CheckTableModel::PeriodColumn).data().toString(), u"Q1 2006"_s);
    EXPECT_EQ(sorted.index(sorted.rowCount() - 1, CheckTableModel::PeriodColumn).data().toString(), u"Mar 31, 2007"_s);
    qsizetype previous = 0;
    for (int r = 0; r < sorted.rowCount(); ++r) {
        const QString period = sorted.index(r, CheckTableModel::PeriodColumn).data().toString();
        const qsizetype at = order.indexOf(period);
        ASSERT_GE(at, previous) << qPrintable(period) << " at line " << r;
        previous = at;
    }
}

// The release's tie-out list behind the proxy the view sorts with.
class SortedTieOutList : public ::testing::Test
{
protected:
    SortedTieOutList()
    {
        checks.setAnalysis(analysedRelease());
        sorted.setSourceModel(&checks);
    }

    QString firstReported() const { return sorted.index(0, CheckTableModel::Reported).data().toString(); }

    CheckTableModel checks;
    CheckFilterModel sorted;
};

TEST_F(SortedTieOutList, SortsFiguresByValue)
{
    sorted.sort(CheckTableModel::Reported, Qt::DescendingOrder);
    // Total assets = total liabilities and stockholders' equity, March 31, 2007.
    EXPECT_EQ(firstReported(), u"7,474,335"_s);
}

TEST_F(SortedTieOutList, StaysSortedWhenItsChecksAreReplaced)
{
    checks.setAnalysis(analysedProspectus());
    sorted.sort(CheckTableModel::Reported, Qt::DescendingOrder);
    ASSERT_GT(sorted.rowCount(), 0);
    // The release's lines are sorted by their own figures, not by those
    // read for the prospectus's nine.
    checks.setAnalysis(analysedRelease());
    EXPECT_EQ(firstReported(), u"7,474,335"_s);
}

TEST_F(SortedTieOutList, SortsChecksByTheirWords)
{
    sorted.sort(CheckTableModel::Description, Qt::AscendingOrder);
    ASSERT_GT(sorted.rowCount(), 1);
    for (int row = 1; row < sorted.rowCount(); ++row) {
        const QString before = sorted.index(row - 1, CheckTableModel::Description).data().toString();
        const QString after = sorted.index(row, CheckTableModel::Description).data().toString();
        EXPECT_LE(QString::compare(before, after), 0) << qPrintable(before) << " | " << qPrintable(after);
    }
    // Sorted again by another column, the list follows that column.
    sorted.sort(CheckTableModel::Reported, Qt::DescendingOrder);
    EXPECT_EQ(firstReported(), u"7,474,335"_s);
}
