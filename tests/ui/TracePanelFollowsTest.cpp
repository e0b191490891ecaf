// SPDX-License-Identifier: GPL-3.0-or-later
// The trace panel, the source view and Back and Forward follow the filing
// that is shown: opening another filing or closing one leaves nothing of a
// filing that is no longer shown. Lines are typed in from the bundled
// release (Juniper, Q1 2007) and tests/data/releases/northwind-q3-2011.txt.
#include "MainWindow.h"
#include "PlaceNavigator.h"
#include "SchedulePage.h"
#include "ScheduleView.h"
#include "SourceView.h"
#include "TracePanel.h"
#include "import/FilingImporter.h"
#include "models/ScheduleTableModel.h"
#include "models/TraceModel.h"
#include "support/TestData.h"

#include <QAction>
#include <QSettings>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class TracePanelFollowsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        window.openFiles(FilingImporter::bundledFilings()); // the prospectus (0), then the release (1), shown
    }

    ScheduleTableModel *model() const { return window.schedulePage()->model(); }
    ScheduleView *view() const { return window.schedulePage()->view(); }
    const TraceModel *trace() const { return window.tracePanel()->model(); }

    QModelIndex cell(const QString &label, int column, int occurrence = 1) const
    {
        const qsizetype row = model()->schedule().findRow(label, occurrence);
        EXPECT_GE(row, 0) << qPrintable(label);
        return model()->index(int(row), column);
    }

    // The address of the first link of a section of the panel.
    QString link(TraceSection::Kind kind, int line = 0) const
    {
        return trace()
            ->index(line, 0, trace()->section(kind))
            .data(TraceModel::TargetRole)
            .value<TraceTarget>()
            .toUrl();
    }

    MainWindow window;
};

} // namespace

TEST_F(TracePanelFollowsTest, OpeningAnotherFilingEmptiesThePanelAndTheHighlight)
{
    ASSERT_TRUE(window.showScheduleTitled(u"Statements of Operations"_s));
    view()->setCurrentIndex(cell(u"Total net revenues"_s, 1)); // line 65
    ASSERT_EQ(trace()->sheet().title, u"Total net revenues"_s);
    ASSERT_EQ(window.sourceView()->highlightedLine(), 65);

    window.openFiles({TestData::northwindPath()});
    ASSERT_EQ(model()->analysis()->filing.fileName(), u"northwind-q3-2011.txt"_s);
    EXPECT_TRUE(trace()->sheet().isEmpty()) << qPrintable(trace()->sheet().title);
    EXPECT_EQ(window.tracePanel()->browser()->toPlainText(), QString());
    EXPECT_EQ(window.sourceView()->highlightedLine(), 0);
}

TEST_F(TracePanelFollowsTest, ClosingTheFilingShownEmptiesThePanelAndItsLinksLeadNowhere)
{
    ASSERT_TRUE(window.showScheduleTitled(u"Statements of Operations"_s));
    view()->setCurrentIndex(cell(u"Total net revenues"_s, 1)); // line 65, column 23
    const QString source = link(TraceSection::Kind::Place);
    ASSERT_TRUE(source.startsWith(u"source:65:"_s)) << qPrintable(source);

    window.closeFiling(window.currentFiling());
    ASSERT_EQ(window.filings().size(), 1);
    ASSERT_EQ(window.filings()[0]->filing.kind, Filing::Kind::ProspectusSupplement);
    EXPECT_TRUE(trace()->sheet().isEmpty()) << qPrintable(trace()->sheet().title);
    EXPECT_EQ(window.sourceView()->highlightedLine(), 0);
    // A link of the closed filing's row, clicked all the same: line 65 of the
    // prospectus is not where it pointed.
    window.tracePanel()->activateLink(source);
    EXPECT_EQ(window.sourceView()->highlightedLine(), 0);
}

TEST_F(TracePanelFollowsTest, ClosingAnotherFilingKeepsThePlaceAndRenumbersBackAndForward)
{
    ASSERT_TRUE(window.showScheduleTitled(u"Reconciliation"_s));
    ASSERT_TRUE(window.selectRow(u"Amortization of purchased intangible assets"_s, 3)); // line 154
    // Its first source, the statement's line 75, and back.
    window.tracePanel()->activateLink(link(TraceSection::Kind::Sources, 1));
    ASSERT_EQ(window.sourceView()->highlightedLine(), 75);
    window.placeNavigator()->back();
    ASSERT_EQ(window.sourceView()->highlightedLine(), 154);
    ASSERT_EQ(window.currentFiling(), 1);

    // The prospectus closes: the release stays as it was, now the first filing.
    window.closeFiling(0);
    EXPECT_EQ(window.currentFiling(), 0);
    EXPECT_TRUE(model()->schedule().title.startsWith(u"Reconciliation"_s));
    EXPECT_EQ(view()->currentIndex().data().toString(), u"Amortization of purchased intangible assets"_s);
    EXPECT_EQ(trace()->sheet().title, u"Amortization of purchased intangible assets"_s);
    EXPECT_EQ(window.sourceView()->highlightedLine(), 154);
    // Forward still goes to the statement's line 75, in the release.
    ASSERT_TRUE(window.placeNavigator()->forwardAction()->isEnabled());
    window.placeNavigator()->forward();
    EXPECT_EQ(model()->schedule().title, u"Condensed Consolidated Statements of Operations"_s);
    EXPECT_EQ(window.sourceView()->highlightedLine(), 75);

    // The release closes too: no place is left to go back or forward to.
    window.closeFiling(0);
    EXPECT_FALSE(window.placeNavigator()->backAction()->isEnabled());
    EXPECT_FALSE(window.placeNavigator()->forwardAction()->isEnabled());
    EXPECT_TRUE(trace()->sheet().isEmpty());
}

TEST_F(TracePanelFollowsTest, AViewOptionKeepsTheCurrentCellAndThePanelOnIt)
{
    ASSERT_TRUE(window.showScheduleTitled(u"Statements of Operations"_s));
    view()->setCurrentIndex(cell(u"Total net revenues"_s, 1));
    ASSERT_EQ(trace()->sheet().title, u"Total net revenues"_s);
    QAction *change = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == u"&Change Between Periods"_s)
            change = action;
    }
    ASSERT_NE(change, nullptr);
    change->trigger();
    ASSERT_EQ(model()->columnCount(), 5);
    EXPECT_EQ(view()->currentIndex(), cell(u"Total net revenues"_s, 1));
    EXPECT_TRUE(view()->selectionModel()->isSelected(view()->currentIndex()));
    EXPECT_EQ(trace()->sheet().title, u"Total net revenues"_s);
}
