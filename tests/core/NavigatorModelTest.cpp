// SPDX-License-Identifier: GPL-3.0-or-later
// The navigator's tree as the window fills it while filings open and close,
// under Qt's model tester from before it holds an item. Expected texts are
// typed in from the bundled filings.
#include "models/NavigatorModel.h"
#include "support/ModelTester.h"
#include "support/TestData.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using Node = NavigatorModel::Node;

QStringList childTexts(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList texts;
    for (int r = 0; r < model.rowCount(parent); ++r)
        texts << model.index(r, 0, parent).data().toString();
    return texts;
}

// The release's items: its seven schedules in the order of the file (the
// statements without the "Condensed Consolidated" they all share), then its
// notes A to D, its narrative, its tie-out and its source.
const QStringList ReleaseItems{
    u"Statements of Operations"_s,
    u"Stock Based Compensation by Category"_s,
    u"Net Product Revenue by Operating Segment"_s,
    u"Reconciliation between GAAP to non-GAAP Results of Operations and Earnings Per Share"_s,
    u"Balance Sheets"_s,
    u"Cash and Cash Equivalents and Investments"_s,
    u"Statements of Cash Flows"_s,
    u"Notes (4)"_s,
    u"Narrative"_s,
    u"Tie-out \u2014 63 checks, 124 figures, all tie"_s,
    u"Source \u2014 juniper-2007-04-23-q1-earnings-release.txt"_s,
};

// The prospectus's: the holders' table, its tie-out with its one
// discrepancy, and its source.
const QStringList ProspectusItems{
    u"Selling Security Holders"_s,
    u"Tie-out \u2014 9 checks, 9 figures, 1 fails"_s,
    u"Source \u2014 juniper-2004-04-27-prospectus-supplement-424b3.txt"_s,
};

} // namespace

TEST(NavigatorModel, PassesTheModelTesterAsFilingsOpenAndClose)
{
    NavigatorModel model;
    const auto tester = attachModelTester(&model);
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), u"Filings"_s);

    // The window refreshes the tree with no filing open.
    model.setFilings({});
    EXPECT_EQ(model.rowCount(), 0);

    // The release opened.
    model.setFilings({TestData::analysedRelease()});
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_TRUE(model.index(0, 0).data().toString().startsWith(u"Juniper Networks, Inc. \u2014 Earnings release, "_s))
        << qPrintable(model.index(0, 0).data().toString());
    EXPECT_EQ(childTexts(model, model.index(0, 0)), ReleaseItems);
    const QModelIndex reconciliation = model.indexOf(0, Node::Schedule, 3);
    EXPECT_EQ(reconciliation.data().toString(),
              u"Reconciliation between GAAP to non-GAAP Results of Operations and Earnings Per Share"_s);
    EXPECT_EQ(reconciliation.data(NavigatorModel::ScheduleRole).toInt(), 3);
    EXPECT_EQ(model.indexOf(0, Node::Schedule, 4).data(Qt::ToolTipRole).toString(),
              u"Condensed Consolidated Balance Sheets"_s);
    EXPECT_EQ(model.indexOf(0, Node::TieOut).data(NavigatorModel::FailedRole).toInt(), 0);

    // The prospectus opened beside it, after it.
    model.setFilings({TestData::analysedRelease(), TestData::analysedProspectus()});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(childTexts(model, model.index(0, 0)), ReleaseItems);
    EXPECT_EQ(childTexts(model, model.index(1, 0)), ProspectusItems);
    EXPECT_EQ(model.indexOf(1, Node::TieOut).data(NavigatorModel::FailedRole).toInt(), 1);
    EXPECT_EQ(model.indexOf(1, Node::Schedule, 0).data(NavigatorModel::FilingRole).toInt(), 1);

    // The release closed: the prospectus is the first filing now.
    model.setFilings({TestData::analysedProspectus()});
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(childTexts(model, model.index(0, 0)), ProspectusItems);
    EXPECT_EQ(model.indexOf(0, Node::Schedule, 0).data().toString(), u"Selling Security Holders"_s);
    EXPECT_EQ(model.indexOf(0, Node::Schedule, 0).data(NavigatorModel::FilingRole).toInt(), 0);
    EXPECT_FALSE(model.indexOf(0, Node::Notes).isValid());

    // And the last one closed.
    model.setFilings({});
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.indexOf(0, Node::Filing).isValid());
}

TEST(NavigatorModel, ShortensTitlesOnlyWhereTheWordsLeftStillSaySomething)
{
    EXPECT_EQ(NavigatorModel::shortTitle(u"Condensed Consolidated Statements of Operations"_s),
              u"Statements of Operations"_s);
    EXPECT_EQ(NavigatorModel::shortTitle(u"Consolidated balance sheets"_s), u"Balance sheets"_s);
    EXPECT_EQ(NavigatorModel::shortTitle(u"Selling Security Holders"_s), u"Selling Security Holders"_s);
    // At least two words stay.
    EXPECT_EQ(NavigatorModel::shortTitle(u"Condensed Consolidated Totals"_s), u"Condensed Consolidated Totals"_s);
}
