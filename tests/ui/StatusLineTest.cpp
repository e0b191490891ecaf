// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar of a window offscreen, read as the analyst reads it: the
// units as the caption says them, the currency once, and the tie-out's
// checks counted as the navigator counts them. Expected texts are typed in
// from tests/data/releases/fabrikam-q1-2008-restated.txt.
#include "MainWindow.h"
#include "models/NavigatorModel.h"
#include "support/TestData.h"

#include <QSettings>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(StatusLine, SaysTheUnitsAsTheCaptionDoesWithTheCurrencyOnce)
{
    QSettings().clear();
    MainWindow window;
    // Its caption, line 14: "(Dollars in thousands, except per share data)".
    window.openFiles({TestData::dataPath(u"releases/fabrikam-q1-2008-restated.txt"_s)});
    ASSERT_EQ(window.filings().size(), 1);
    const QStringList parts = window.statusText().split(u" | "_s);
    ASSERT_EQ(parts.size(), 3) << qPrintable(window.statusText());
    EXPECT_EQ(parts[1], u"$ in thousands, except per share data"_s);
    // The tie-out as the navigator says it.
    EXPECT_EQ(parts[2], u"Tie-out: "_s + NavigatorModel::tieOutSummary(window.filings()[0]->tieOut));
    EXPECT_TRUE(parts[2].contains(u" figures, "_s)) << qPrintable(parts[2]);
}
