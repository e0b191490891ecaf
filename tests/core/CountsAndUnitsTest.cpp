// SPDX-License-Identifier: GPL-3.0-or-later
// Counts, units and figures said one way wherever they are shown: the
// tie-out list's computed figures as the filing would print them, the units
// caption with its currency once, and two columns of one quarter told apart.
// Expected values are typed in from the bundled filings and from
// tests/data/releases/fabrikam-q1-2008-restated.txt.
#include "chartdata/ChartBuilder.h"
#include "models/CheckTableModel.h"
#include "models/NavigatorModel.h"
#include "models/ScheduleTableModel.h"
#include "report/ReportBuilder.h"
#include "support/ModelTester.h"
#include "support/TestData.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using TestData::analysedProspectus;
using TestData::analysedRelease;

// The line of the tie-out list whose check reads `description` and whose
// reported figure is on `line` of the file.
int lineOfCheck(const CheckTableModel &list, const QString &description, int line)
{
    for (int r = 0; r < list.rowCount(); ++r) {
        if (list.index(r, CheckTableModel::Description).data().toString().startsWith(description)
            && list.index(r, CheckTableModel::Reported).data(CheckTableModel::SourceLineRole).toInt() == line)
            return r;
    }
    ADD_FAILURE() << "no check " << qPrintable(description) << " on line " << line;
    return -1;
}

const FilingAnalysisPtr &restated()
{
    return TestData::analysed(TestData::dataPath(u"releases/fabrikam-q1-2008-restated.txt"_s));
}

} // namespace

TEST(TieOutListFigures, ASumShowsTheFigureItStandsForWithItsRangeInTheTooltip)
{
    CheckTableModel list;
    const auto tester = attachModelTester(&list);
    list.setAnalysis(analysedRelease());
    // Line 168: Non-GAAP net income, $ 112,352 = 66,647 + 25,942 + 24,109
    // + 313 − 38 + 4,710 + 7,599 − 16,930, eight figures rounded to the
    // thousand: 112,352 give or take four.
    const int r = lineOfCheck(list, u"Non-GAAP Net income = GAAP Net income"_s, 168);
    ASSERT_GE(r, 0);
    const QModelIndex computed = list.index(r, CheckTableModel::Computed);
    EXPECT_EQ(list.index(r, CheckTableModel::Reported).data().toString(), u"112,352"_s);
    EXPECT_EQ(computed.data().toString(), u"112,352"_s);
    EXPECT_EQ(computed.data(Qt::ToolTipRole).toString().section(u'\n', 0, 0), u"between 112,348.0 and 112,356.0"_s);

    // Line 139: 67.0% = 66.2% + 0.6% + 0.2%, each to a tenth: 67.0 give or take 0.15.
    const int margin = lineOfCheck(list, u"Non-GAAP Gross margin % of revenue ="_s, 139);
    ASSERT_GE(margin, 0);
    EXPECT_EQ(list.index(margin, CheckTableModel::Reported).data().toString(), u"67.0%"_s);
    EXPECT_EQ(list.index(margin, CheckTableModel::Computed).data().toString(), u"67.0%"_s);
    EXPECT_EQ(list.index(margin, CheckTableModel::Computed).data(Qt::ToolTipRole).toString().section(u'\n', 0, 0),
              u"between 66.85% and 67.15%"_s);
}

TEST(TieOutListFigures, TheProspectusPercentagesReadAsPercentages)
{
    CheckTableModel list;
    list.setAnalysis(analysedProspectus());
    // The holders print "*" (less than 1%); the tie-out works the
    // percentage out of $400,000,000 of notes: 2,400,000 (line 20) is
    // 0.6%, 600,000 (line 21) 0.15%, 100,000 (line 22) 0.025%.
    const QString notes = u"% of notes"_s;
    EXPECT_EQ(list.index(lineOfCheck(list, notes, 20), CheckTableModel::Computed).data().toString(), u"0.60%"_s);
    EXPECT_EQ(list.index(lineOfCheck(list, notes, 21), CheckTableModel::Computed).data().toString(), u"0.15%"_s);
    EXPECT_EQ(list.index(lineOfCheck(list, notes, 22), CheckTableModel::Computed).data().toString(), u"0.025%"_s);
    EXPECT_EQ(list.index(lineOfCheck(list, notes, 20), CheckTableModel::Reported).data().toString(), u"*"_s);
    // 119,166 ÷ (387,916,534 + 119,166) = 0.03071…%, to the ten-thousandth.
    EXPECT_EQ(list.index(lineOfCheck(list, u"% of common stock"_s, 20), CheckTableModel::Computed).data().toString(),
              u"0.0307%"_s);
}

TEST(TieOutCounts, TheNavigatorCountsChecksAndTheFiguresTheListShows)
{
    // The release: 63 checks, two periods each but for the cash at the
    // beginning and end of the periods, whose 2006 ends are not on the
    // balance sheet: 124 figures. The prospectus: nine checks of one
    // figure each, the 600,000 holder's 29,792 shares failing.
    EXPECT_EQ(NavigatorModel::tieOutSummary(analysedRelease()->tieOut), u"63 checks, 124 figures, all tie"_s);
    EXPECT_EQ(NavigatorModel::tieOutSummary(analysedProspectus()->tieOut), u"9 checks, 9 figures, 1 fails"_s);
    CheckTableModel list;
    list.setAnalysis(analysedRelease());
    EXPECT_EQ(list.rowCount(), 124);
}

TEST(UnitsCaption, TheStatusBarSaysTheCurrencyOnce)
{
    // Captions as filings print them: the bundled release, the hand-written
    // ones, and EDGAR releases (Hanmi "Dollars in thousands", Cathay and
    // East West "$ in thousands").
    EXPECT_EQ(ScheduleTableModel::unitsWithCurrency(u"in thousands, except per share amounts"_s),
              u"$ in thousands, except per share amounts"_s);
    EXPECT_EQ(ScheduleTableModel::unitsWithCurrency(u"Dollars in thousands, except per share data"_s),
              u"$ in thousands, except per share data"_s);
    EXPECT_EQ(ScheduleTableModel::unitsWithCurrency(u"dollars in thousands"_s), u"$ in thousands"_s);
    EXPECT_EQ(ScheduleTableModel::unitsWithCurrency(u"$ in thousands"_s), u"$ in thousands"_s);
    EXPECT_EQ(ScheduleTableModel::unitsWithCurrency(u"In millions"_s), u"$ in millions"_s);
    EXPECT_EQ(ScheduleTableModel::unitsWithCurrency(u"in thousands of U.S. dollars, except per share amounts"_s),
              u"$ in thousands, except per share amounts"_s);
    EXPECT_EQ(ScheduleTableModel::unitsWithCurrency(u"in thousands of Canadian dollars"_s),
              u"in thousands of Canadian dollars"_s);
    EXPECT_EQ(ScheduleTableModel::unitsWithCurrency(u"in millions of euros"_s), u"in millions of euros"_s);
    EXPECT_EQ(ScheduleTableModel::unitsWithCurrency(QString()), QString());

    ScheduleTableModel model;
    model.setSchedule(restated(), 0);
    EXPECT_EQ(model.unitsText(), u"Dollars in thousands, except per share data"_s); // the caption as printed
    EXPECT_EQ(ScheduleTableModel::unitsWithCurrency(model.unitsText()), u"$ in thousands, except per share data"_s);
}

TEST(RestatedColumns, TwoColumnsOfOneQuarterAreToldApartInTheHeaders)
{
    ScheduleTableModel model;
    const auto tester = attachModelTester(&model);
    model.setSchedule(restated(), 0);
    const Schedule &schedule = model.schedule();
    ASSERT_EQ(schedule.periods.size(), 3);
    // Both first columns are the quarter ended March 31, 2008.
    EXPECT_EQ(schedule.periods[0].shortLabel(), u"Q1 2008"_s);
    EXPECT_EQ(schedule.periods[1].shortLabel(), u"Q1 2008"_s);

    model.setOptions({true, true, false}); // change, common size
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    EXPECT_TRUE(headers.contains(u"Q1 2008 (as reported)\n% of total"_s)) << qPrintable(headers.join(u" | "_s));
    EXPECT_TRUE(headers.contains(u"Q1 2008 (as restated)\n% of total"_s)) << qPrintable(headers.join(u" | "_s));
    // The year before has no twin: its short name alone.
    EXPECT_TRUE(headers.contains(u"Q1 2007\n% of total"_s)) << qPrintable(headers.join(u" | "_s));
    EXPECT_TRUE(headers.contains(u"Change\nQ1 2008 (as reported) vs Q1 2008 (as restated)"_s))
        << qPrintable(headers.join(u" | "_s));
    // The figures' own headers print the heading whole.
    EXPECT_EQ(model.headerData(model.valueColumn(1), Qt::Horizontal).toString(),
              u"Three Months Ended\nMarch 31, 2008\nAs Restated"_s);

    // The tie-out list names them as the headers do. Line 29: total
    // operating expenses, 8,115 + 6,977 + 3,704 = 18,796 as restated.
    CheckTableModel list;
    list.setAnalysis(restated());
    QStringList periods;
    for (int r = 0; r < list.rowCount(); ++r) {
        if (list.index(r, CheckTableModel::Reported).data().toString() == u"18,796"_s)
            periods << list.index(r, CheckTableModel::PeriodColumn).data().toString();
    }
    EXPECT_TRUE(periods.contains(u"Q1 2008 (as restated)"_s)) << qPrintable(periods.join(u" | "_s));
}

TEST(RestatedColumns, ChartsAndTheReportTellThemApartToo)
{
    // Rows 2 and 3 of the statement: Product 33,512 | 32,897 | 30,110 and
    // Service 7,718 | 7,718 | 6,794, charted a series per column.
    const ChartData chart = ChartBuilder::selection(*restated(), 0, {1, 2});
    QStringList series;
    for (const ChartData::Series &s : chart.series)
        series << s.name;
    EXPECT_TRUE(series.contains(u"Q1 2008 (as reported)"_s)) << qPrintable(series.join(u" | "_s));
    EXPECT_TRUE(series.contains(u"Q1 2008 (as restated)"_s)) << qPrintable(series.join(u" | "_s));
    EXPECT_TRUE(series.contains(u"Q1 2007"_s)) << qPrintable(series.join(u" | "_s));
    EXPECT_TRUE(chart.subtitle.contains(u"Q1 2008 (as reported), Q1 2008 (as restated) and Q1 2007"_s))
        << qPrintable(chart.subtitle);

    const Report report = ReportBuilder::schedule(restated(), 0, {});
    // The report's running header names the columns compared.
    EXPECT_TRUE(report.subheader.startsWith(u"Q1 2008 (as reported) against Q1 2008 (as restated) against Q1 2007"_s))
        << qPrintable(report.subheader);
}

TEST(RestatedColumns, EachColumnIsCheckedWithItsOwnFigures)
{
    // Per-share figures as restated, lines 36 and 37: net income 2,598 ÷
    // 25,410 basic shares = 0.1022, printed 0.10; ÷ 26,118 diluted =
    // 0.0995, printed 0.10. Not the 2,982 first reported beside them.
    CheckTableModel list;
    list.setAnalysis(restated());
    for (const auto &[line, computed] : {std::pair(36, u"0.1022"_s), std::pair(37, u"0.0995"_s)}) {
        int found = -1;
        for (int r = 0; r < list.rowCount(); ++r) {
            if (list.index(r, CheckTableModel::Kind).data().toString() == u"per-share"_s
                && list.index(r, 0).data(CheckTableModel::SourceLineRole).toInt() == line
                && list.index(r, CheckTableModel::PeriodColumn).data().toString() == u"Q1 2008 (as restated)"_s)
                found = r;
        }
        ASSERT_GE(found, 0) << "line " << line;
        EXPECT_EQ(list.index(found, CheckTableModel::Reported).data().toString(), u"0.10"_s);
        EXPECT_EQ(list.index(found, CheckTableModel::Computed).data().toString(), computed);
        EXPECT_EQ(list.index(found, CheckTableModel::Verdict).data().toString(), u"\u2713 ties"_s);
    }
    // Every total and per-share figure of the three columns ties.
    EXPECT_EQ(restated()->tieOut.failed(), 0);
}

TEST(TieOutListFigures, TheSchedulesTooltipsWriteTheFiguresTheSameWay)
{
    ScheduleTableModel model;
    model.setSchedule(analysedProspectus(), 0);
    const Schedule &schedule = model.schedule();
    // Line 21: the 600,000 holder's 29,792 shares, where 600,000 ×
    // 19,860,973 ÷ 400,000,000 = 29,791.46; and its "*" percentage of the
    // notes, 600,000 ÷ 400,000,000 = 0.15%.
    const qsizetype holder = schedule.findRow(u"c/o Quattro Fund Jeffries Umbrella Fund US"_s);
    ASSERT_GE(holder, 0);
    QStringList tips;
    for (int c = 0; c < model.columnCount(); ++c)
        tips << model.index(int(holder), c).data(Qt::ToolTipRole).toString();
    const QString all = tips.join(u"\n\n"_s);
    EXPECT_TRUE(all.contains(u"    reported 29,792, computed 29,791.46, difference 0.54"_s)) << qPrintable(all);
    EXPECT_TRUE(all.contains(u"    reported *, computed 0.15%, difference "_s)) << qPrintable(all);
    EXPECT_FALSE(all.contains(u"0.1500"_s)) << qPrintable(all);
}
