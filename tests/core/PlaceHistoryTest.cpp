// SPDX-License-Identifier: GPL-3.0-or-later
// Back and Forward through the places the trace panel's links took the analyst.
#include "tracesheet/PlaceHistory.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

Place row(int filing, qsizetype schedule, qsizetype r)
{
    return {filing, TraceTarget::toRow({schedule, r})};
}

} // namespace

TEST(PlaceHistory, GoesBackAndForwardLikeABrowser)
{
    PlaceHistory history;
    EXPECT_FALSE(history.canGoBack());
    history.visit(row(0, 4, 10), row(0, 0, 15));
    history.visit(row(0, 0, 15), {0, TraceTarget::toNote(u"A"_s, u"i"_s)});
    EXPECT_TRUE(history.canGoBack());
    EXPECT_FALSE(history.canGoForward());
    EXPECT_EQ(history.back(), row(0, 0, 15));
    EXPECT_EQ(history.back(), row(0, 4, 10));
    EXPECT_FALSE(history.back().has_value());
    EXPECT_EQ(history.forward(), row(0, 0, 15));
    // Following a link from elsewhere after going back drops what was ahead.
    history.visit(row(0, 2, 3), row(0, 2, 4));
    EXPECT_FALSE(history.canGoForward());
    EXPECT_EQ(history.back(), row(0, 2, 3));
    EXPECT_EQ(history.back(), row(0, 0, 15));
    EXPECT_EQ(history.back(), row(0, 4, 10));
}

TEST(PlaceHistory, IgnoresPlacesThatAreNotPlacesOfTheWindow)
{
    PlaceHistory history;
    history.visit(row(0, 0, 1), {0, TraceTarget::toSource({154, 47, 6})});
    EXPECT_FALSE(history.canGoBack());
}

TEST(PlaceHistory, ForgetsAClosedFilingAndRenumbersTheOthers)
{
    PlaceHistory history;
    history.visit(row(0, 0, 1), row(1, 0, 2));
    history.visit(row(1, 0, 2), row(2, 0, 3));
    history.forgetFiling(1);
    EXPECT_EQ(history.back(), row(0, 0, 1));
    EXPECT_EQ(history.forward(), row(1, 0, 3));
    EXPECT_FALSE(history.canGoForward());
}

TEST(PlaceHistory, MakesRoomForAFilingPutBack)
{
    PlaceHistory history;
    history.visit(row(0, 0, 1), row(1, 0, 2));
    history.visit(row(1, 0, 2), row(2, 0, 3));
    // Filing 1 closes, then comes back at 1: the others' places are theirs again.
    history.forgetFiling(1);
    history.insertFiling(1);
    EXPECT_EQ(history.back(), row(0, 0, 1));
    EXPECT_EQ(history.forward(), row(2, 0, 3));
}
