// SPDX-License-Identifier: GPL-3.0-or-later
// The Source panel on an HTML release: the document drawn as filed with
// the selected figure highlighted, its HTML with line numbers one toggle
// away. The fixture is tests/data/html/fabrikam-q3-2025-release.htm;
// expected text is typed from it.
#include "SourcePane.h"
#include "RenderedSource.h"
#include "SourceView.h"

#include "support/TestData.h"

#include <QTextDocument>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class SourcePaneTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        filing = TestData::load(TestData::dataPath(u"html/fabrikam-q3-2025-release.htm"_s));
        pane.resize(900, 300);
        pane.setText(filing.path, filing.text);
        pane.show();
    }

    // Shows the place of a figure, as selecting its cell does.
    void select(qsizetype schedule, const QString &label, qsizetype period)
    {
        const Schedule &s = filing.schedules[schedule];
        const Cell &cell = s.rows[s.findRow(label)].cells[period];
        pane.showLocation(cell.location.line, cell.location.column, cell.location.length);
    }

    Filing filing;
    SourcePane pane;
};

} // namespace

TEST_F(SourcePaneTest, AnHtmlFilingIsShownRenderedWithTheFigureHighlighted)
{
    EXPECT_TRUE(pane.showsRendered());
    select(0, u"Cash and due from banks"_s, 1);
    EXPECT_EQ(pane.renderedView()->highlightedText(), u"1,100"_s);
    // Drawn, not marked up: the text a reader sees, no tag of it.
    const QString shown = pane.renderedView()->document()->toPlainText();
    EXPECT_TRUE(shown.contains(u"Fabrikam Financial Reports Third Quarter 2025 Results"_s));
    EXPECT_FALSE(shown.contains(u"<td"_s));
}

TEST_F(SourcePaneTest, TheSameFigureTwiceIsHighlightedWhereItWasRead)
{
    // "600" twice in a row: the second is June's.
    select(5, u"Amortization of core deposit intangibles"_s, 0);
    const int first = pane.renderedView()->textCursor().position();
    select(5, u"Amortization of core deposit intangibles"_s, 1);
    EXPECT_EQ(pane.renderedView()->highlightedText(), u"600"_s);
    EXPECT_GT(pane.renderedView()->textCursor().position(), first);
}

TEST_F(SourcePaneTest, TheHtmlWithLineNumbersIsOneToggleAway)
{
    select(1, u"Recoveries"_s, 0);
    QToolButton *html = nullptr;
    for (QToolButton *button : pane.findChildren<QToolButton *>())
        html = button->text() == u"HTML"_s ? button : html;
    ASSERT_NE(html, nullptr);
    html->click();
    EXPECT_FALSE(pane.showsRendered());
    EXPECT_TRUE(pane.textView()->isVisible());
    EXPECT_EQ(pane.textView()->highlightedText(), u"95"_s);
    EXPECT_EQ(pane.textView()->highlightedLine(), filing.schedules[1].rows[1].cells[0].location.line);
}

TEST(SourcePane, APlainTextFilingHasNoToggle)
{
    SourcePane pane;
    pane.setText(u"release"_s, TestData::release().text);
    pane.show();
    EXPECT_FALSE(pane.showsRendered());
    for (QToolButton *button : pane.findChildren<QToolButton *>())
        EXPECT_FALSE(button->isVisible()) << qPrintable(button->text());
}

TEST(RenderedSource, NothingOfTheDocumentIsFetchedOrRun)
{
    const QString html =
        u"<html><head><script>alert(1)</script></head><body><p>Revenue <img src=\"http://example.com/a.png\">"
        u"<script>document.write('x')</script>12</p></body></html>"_s;
    const QString drawn = RenderedSource::renderable(html);
    EXPECT_FALSE(drawn.contains(u"<script"_s));
    EXPECT_FALSE(drawn.contains(u"<img"_s));
    EXPECT_EQ(RenderedSource::occurrencesBefore(html, html.indexOf(u"12"_s), u"x"_s), 0);
}
