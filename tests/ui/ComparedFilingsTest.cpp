// SPDX-License-Identifier: GPL-3.0-or-later
// Filings of one company open together: the figures a later one reports
// differently, listed under it in the navigator and on its Restatements
// page, each opening the figure as now reported, shaded in its table and
// traced; a prospectus's notes and the balance sheet that carries them,
// each traced to the other; the tie-out of one or all of them; and a
// schedule's history across them, charted.
#include "HistoryPage.h"
#include "MainWindow.h"
#include "RestatementsPage.h"
#include "SchedulePage.h"
#include "ScheduleView.h"
#include "TieOutPage.h"
#include "TieOutView.h"
#include "TracePanel.h"
#include "charts/ChartPane.h"
#include "models/CheckTableModel.h"
#include "models/DifferenceTableModel.h"
#include "models/HistoryTableModel.h"
#include "models/NavigatorModel.h"
#include "models/ScheduleTableModel.h"
#include "models/TraceModel.h"
#include "support/TestData.h"

#include <QComboBox>
#include <QDir>
#include <QSettings>
#include <QTableView>
#include <QTextDocument>
#include <QTreeView>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

class RestatementsPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        // Out of order on purpose: they are compared by date.
        window.openFiles({TestData::dataPath(u"releases/fabrikam-q1-2009.txt"_s),
                          TestData::dataPath(u"releases/fabrikam-q1-2008.txt"_s),
                          TestData::dataPath(u"releases/fabrikam-q1-2008-restated.txt"_s)});
        ASSERT_EQ(window.filings().size(), 3);
    }
    QString row(int r)
    {
        const QAbstractItemModel *model = window.restatementsPage()->view()->model();
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(r, c).data().toString();
        return cells.join(u" | "_s);
    }

    MainWindow window;
};

} // namespace

TEST_F(RestatementsPageTest, ListsWhatALaterFilingReportsDifferentlyAndOpensIt)
{
    // The first report has nothing before it; the restated one and the next
    // year's have.
    EXPECT_FALSE(window.navigatorModel()->indexOf(1, NavigatorModel::Node::Restatements).isValid());
    const QModelIndex restated = window.navigatorModel()->indexOf(2, NavigatorModel::Node::Restatements);
    ASSERT_TRUE(restated.isValid());
    EXPECT_EQ(restated.data().toString(), u"Restatements — 24 figure(s) reported differently"_s);
    const QModelIndex next = window.navigatorModel()->indexOf(0, NavigatorModel::Node::Restatements);
    ASSERT_TRUE(next.isValid());
    EXPECT_EQ(next.data().toString(), u"Restatements — 2 figure(s) reported differently"_s);

    // The next year's 2008 column against the restated release, the last
    // report of it: two lines moved from product to service.
    window.findChild<QTreeView *>()->setCurrentIndex(next);
    RestatementsPage *page = window.restatementsPage();
    EXPECT_EQ(page->countText(), u"2 figure(s) reported differently"_s);
    EXPECT_EQ(row(0), u"Reclassification | Product | Three Months Ended March 31, 2008 | 32,897 | 32,397 | −500 | "
                      "fabrikam-q1-2008-restated.txt, line 20 | Condensed Consolidated Statements of Operations"_s);
    EXPECT_EQ(row(1), u"Reclassification | Service | Three Months Ended March 31, 2008 | 7,718 | 8,218 | +500 | "
                      "fabrikam-q1-2008-restated.txt, line 21 | Condensed Consolidated Statements of Operations"_s);
    // Activated, the figure opens as now reported: 8,218 in the 2009 release.
    Q_EMIT page->view()->activated(page->view()->model()->index(1, DifferenceTableModel::Now));
    EXPECT_EQ(window.currentFiling(), 0);
    EXPECT_EQ(window.schedulePage()->view()->currentIndex().data().toString(), u"8,218"_s);

    // The restated release: its changes against the first report, then its
    // own "as reported" column against its "as restated" one.
    window.findChild<QTreeView *>()->setCurrentIndex(restated);
    EXPECT_EQ(page->countText(), u"24 figure(s) reported differently"_s);
    QComboBox *kinds = page->findChild<QComboBox *>();
    kinds->setCurrentIndex(kinds->findText(u"Restatements"_s));
    EXPECT_EQ(page->countText(), u"12 of 24 figure(s) reported differently"_s);
    EXPECT_EQ(row(9), u"Restatement | Net income | Three Months Ended March 31, 2008 As Restated | 2,982 | 2,598 | "
                      "−384 | fabrikam-q1-2008.txt, line 34 | Condensed Consolidated Statements of Operations"_s);
}

TEST_F(RestatementsPageTest, ARestatedFigureIsShadedAndItsTraceSaysWhatItWas)
{
    ASSERT_TRUE(window.showSchedule(2, 0)); // the restated release
    // Net income, as restated for the first quarter of 2008.
    ASSERT_TRUE(window.selectRow(u"Net income"_s, 1, 1));
    const QModelIndex cell = window.schedulePage()->view()->currentIndex();
    EXPECT_EQ(cell.data().toString(), u"$ 2,598"_s);
    EXPECT_EQ(cell.data(ScheduleTableModel::ComparedRole).toInt(), int(FigureDifference::Kind::Restatement) + 1);
    EXPECT_TRUE(
        cell.data(Qt::ToolTipRole).toString().contains(u"Reported before as 2,982 in fabrikam-q1-2008.txt, line 34"_s))
        << qPrintable(cell.data(Qt::ToolTipRole).toString());
    const TraceSheet &sheet = window.tracePanel()->model()->sheet();
    ASSERT_FALSE(sheet.sections.isEmpty());
    EXPECT_EQ(sheet.sections[0].title, u"Restated"_s);
    EXPECT_EQ(sheet.sections[0].lines.value(0).text, u"Reported before: 2,982; now 2,598, a change of −384"_s);
    EXPECT_EQ(sheet.sections[0].lines.value(0).detail, u"fabrikam-q1-2008.txt, line 34, column 15"_s);
    // Its link opens the figure as first reported, in the other filing.
    window.tracePanel()->activateLink(sheet.sections[0].lines.value(0).target.toUrl());
    EXPECT_EQ(window.filings().value(window.currentFiling())->filing.fileName(), u"fabrikam-q1-2008.txt"_s);
    EXPECT_EQ(window.schedulePage()->view()->currentIndex().data().toString(), u"$ 2,982"_s);
    // The year before, unchanged, is neither shaded nor traced to another report.
    const QModelIndex before = cell.siblingAtColumn(window.schedulePage()->model()->valueColumn(2));
    EXPECT_EQ(before.data(ScheduleTableModel::ComparedRole).toInt(), 0);
}

TEST(RestatementsPage, TheBundledReleasesDebtTracesToTheProspectusNotes)
{
    QSettings().clear();
    MainWindow window;
    window.openFiles({TestData::releasePath(), TestData::prospectusPath()});
    ASSERT_TRUE(window.showScheduleTitled(u"Balance Sheets"_s));
    ASSERT_TRUE(window.selectRow(u"Long-term debt"_s, 1, 0));
    const TraceSheet &sheet = window.tracePanel()->model()->sheet();
    ASSERT_FALSE(sheet.sections.isEmpty());
    EXPECT_EQ(sheet.sections[0].title, u"Carries notes a prospectus offered"_s);
    EXPECT_TRUE(sheet.sections[0].lines.value(0).text.endsWith(
        u": principal $400,000,000, carried $399,944,000, 56,000 less"_s))
        << qPrintable(sheet.sections[0].lines.value(0).text);
}

TEST(RestatementsPage, TheBundledProspectusTracesItsNotesToTheReleasesDebt)
{
    QSettings().clear();
    MainWindow window;
    window.openFiles({TestData::releasePath(), TestData::prospectusPath()});
    ASSERT_TRUE(window.showScheduleTitled(u"Selling Security Holders"_s));
    ASSERT_TRUE(window.selectRow(u"Convertible Bonds"_s, 1, 0));
    const QList<TraceSection> &sections = window.tracePanel()->model()->sheet().sections;
    const auto found = std::find_if(sections.begin(), sections.end(), [](const TraceSection &section) {
        return section.title == u"Notes carried on a later balance sheet"_s;
    });
    ASSERT_NE(found, sections.end());
    const TraceSection &carried = *found;
    EXPECT_EQ(carried.lines.value(0).text,
              u"Long-term debt at 31 March 2007: $399,944,000, $56,000 less than the principal of $400,000,000"_s);
    EXPECT_EQ(carried.lines.value(0).detail, u"juniper-2007-04-23-q1-earnings-release.txt"_s);
    // Its link opens the balance sheet's figure in the release.
    window.tracePanel()->activateLink(carried.lines.value(0).target.toUrl());
    EXPECT_EQ(window.filings().value(window.currentFiling())->filing.fileName(),
              u"juniper-2007-04-23-q1-earnings-release.txt"_s);
    EXPECT_EQ(window.schedulePage()->model()->schedule().title, u"Condensed Consolidated Balance Sheets"_s);
    EXPECT_EQ(window.schedulePage()->view()->currentIndex().data().toString(), u"399,944"_s);
}

TEST(RestatementsPage, TheTieOutListAndReportShowOneFilingOrEveryOpenOne)
{
    QSettings().clear();
    MainWindow window;
    window.openFiles({TestData::releasePath(), TestData::prospectusPath()});
    window.findChild<QTreeView *>()->setCurrentIndex(window.navigatorModel()->indexOf(0, NavigatorModel::Node::TieOut));
    TieOutPage *page = window.tieOutPage();
    TieOutView *view = page->view();
    ASSERT_TRUE(page->scope()->isEnabled());
    page->verdicts()->setCurrentIndex(1);    // Failures only
    EXPECT_EQ(view->model()->rowCount(), 0); // every check of the release ties
    EXPECT_TRUE(view->isColumnHidden(CheckTableModel::FilingColumn));
    std::optional<Report> report = window.currentReport();
    ASSERT_TRUE(report);
    EXPECT_EQ(report->title, u"Juniper Networks, Inc. — Tie-out"_s);
    EXPECT_FALSE(report->document->toPlainText().contains(u"Selling Security Holders"_s));

    page->scope()->setCurrentIndex(1); // All open filings
    EXPECT_EQ(page->scope()->currentText(), u"All 2 open filings"_s);
    EXPECT_FALSE(view->isColumnHidden(CheckTableModel::FilingColumn));
    ASSERT_EQ(view->model()->rowCount(), 1);
    const QModelIndex failure = view->model()->index(0, CheckTableModel::Reported);
    EXPECT_EQ(failure.data().toString(), u"29,792"_s);
    // Named as the navigator names it, without the company both share.
    EXPECT_EQ(failure.siblingAtColumn(CheckTableModel::FilingColumn).data().toString(),
              u"Prospectus supplement, 27 Apr 2004"_s);
    EXPECT_EQ(page->schedules()->itemText(page->schedules()->count() - 1),
              u"juniper-2004-04-27-prospectus-supplement-424b3.txt — Selling Security Holders"_s);
    report = window.currentReport();
    ASSERT_TRUE(report);
    EXPECT_EQ(report->title, u"Tie-out of 2 filings"_s);
    const QString text = report->document->toPlainText();
    EXPECT_TRUE(text.contains(u"Condensed Consolidated Statements of Operations"_s));
    EXPECT_TRUE(text.contains(u"Selling Security Holders"_s));
    EXPECT_TRUE(text.contains(u"29,792"_s));
    // scripts/screenshots keeps every open filing's tie-out, for docs/.
    if (const QString shots = qEnvironmentVariable("TIEOUT_SCREENSHOT_DIR"); !shots.isEmpty()) {
        page->verdicts()->setCurrentIndex(0);
        window.resize(1600, 1000);
        window.show();
        EXPECT_TRUE(window.grab().save(QDir(shots).filePath(u"tie-out-all-filings.png"_s)));
    }

    // The failure opens in its own filing.
    view->setCurrentIndex(failure);
    Q_EMIT view->activated(failure);
    EXPECT_EQ(window.filings().value(window.currentFiling())->filing.fileName(),
              u"juniper-2004-04-27-prospectus-supplement-424b3.txt"_s);
    EXPECT_EQ(window.schedulePage()->view()->currentIndex().data().toString(), u"29,792"_s);
}

TEST_F(RestatementsPageTest, AHistoryShowsThreeFirstQuartersAsLastReportedAndChartsALine)
{
    ASSERT_TRUE(window.showSchedule(0, 0)); // the 2009 release
    ASSERT_TRUE(window.selectRow(u"Total net revenues"_s));
    ASSERT_TRUE(window.showHistory());
    HistoryPage *page = window.historyPage();
    const HistoryTableModel *model = page->model();
    ASSERT_EQ(model->columnCount(), 6);
    EXPECT_EQ(model->headerData(1, Qt::Horizontal).toString(), u"Q1 2007"_s);
    EXPECT_EQ(model->headerData(2, Qt::Horizontal).toString(), u"Q1 2008"_s);
    EXPECT_EQ(model->headerData(3, Qt::Horizontal).toString(), u"Q1 2009"_s);
    EXPECT_EQ(model->headerData(4, Qt::Horizontal).toString(), u"Δ Q1 2009 vs Q1 2008"_s);
    const auto line = [&](int r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(r, c).data().toString();
        return cells.join(u" | "_s);
    };
    // Product: 2007 as restated, 2008 as reclassified in 2009.
    EXPECT_EQ(line(0), u"Product | 30,110 | 32,397 | 35,000 | 2,603 | 8.0%"_s);
    EXPECT_EQ(line(2), u"Total net revenues | 36,904 | 40,615 | 43,500 | 2,885 | 7.1%"_s);
    // The change between any two periods.
    page->changeFrom()->setCurrentIndex(0);
    EXPECT_EQ(line(2), u"Total net revenues | 36,904 | 40,615 | 43,500 | 6,596 | 17.9%"_s);
    EXPECT_EQ(model->headerData(5, Qt::Horizontal).toString(), u"Δ% Q1 2009 vs Q1 2007"_s);
    // The line picked in the schedule is the one charted, a bar per quarter.
    EXPECT_EQ(page->selectedLines(), (QList<qsizetype>{2}));
    const ChartData &chart = window.chartPane()->chart();
    EXPECT_EQ(chart.categories, QStringList{u"Total net revenues"_s});
    ASSERT_EQ(chart.series.size(), 3);
    EXPECT_EQ(chart.series[1].name, u"Q1 2008"_s);
    EXPECT_EQ(chart.series[1].values.value(0).toPlainString(), u"40615"_s);
}
