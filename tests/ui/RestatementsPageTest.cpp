// SPDX-License-Identifier: GPL-3.0-or-later
// Filings of one company open together: the figures a later one reports
// differently, listed under it in the navigator and on its Restatements
// page, each opening the figure as now reported.
#include "MainWindow.h"
#include "RestatementsPage.h"
#include "SchedulePage.h"
#include "ScheduleView.h"
#include "models/DifferenceTableModel.h"
#include "models/NavigatorModel.h"
#include "support/TestData.h"

#include <QComboBox>
#include <QSettings>
#include <QTableView>
#include <QTreeView>

#include <gtest/gtest.h>

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
