// SPDX-License-Identifier: GPL-3.0-or-later
// The source view: the filing's lines as the analyst reads them, the
// place of a value highlighted where it can be seen, and text selected with
// the mouse copied as it is in the file. Expected text is typed from the
// bundled release.
#include "SourceView.h"

#include "support/TestData.h"

#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QScrollBar>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class SourceViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        view.resize(900, 300);
        view.setText(u"release"_s, TestData::release().text);
        view.show();
    }

    // The image of the view as it is painted.
    QImage painted() { return view.viewport()->grab().toImage(); }

    // How many pixels of a line's strip have this colour.
    int pixelsOf(const QImage &image, int line, const QColor &colour) const
    {
        const QRect strip = view.lineRect(line).intersected(image.rect());
        int count = 0;
        for (int y = strip.top(); y <= strip.bottom(); ++y) {
            for (int x = strip.left(); x <= strip.right(); ++x)
                count += image.pixelColor(x, y).rgb() == colour.rgb();
        }
        return count;
    }

    // The first pixel of a line's strip in this colour, or a null point.
    QPoint firstPixelOf(const QImage &image, int line, const QColor &colour) const
    {
        const QRect strip = view.lineRect(line).intersected(image.rect());
        for (int x = strip.left(); x <= strip.right(); ++x) {
            if (image.pixelColor(x, strip.center().y()).rgb() == colour.rgb())
                return {x, strip.center().y()};
        }
        return {};
    }

    SourceView view;
};

TEST_F(SourceViewTest, ShowsEveryLineOfTheFiling)
{
    EXPECT_EQ(view.lineCount(), 283); // 282 line ends, and a last line without one
    EXPECT_EQ(view.firstVisibleLine(), 1);
}

TEST_F(SourceViewTest, HighlightsTheValueOfALocationInTheMiddleOfTheView)
{
    // Total net revenues, three months ended March 31, 2007: line 65, column 23.
    view.showLocation(65, 23, 7);
    EXPECT_EQ(view.highlightedLine(), 65);
    EXPECT_EQ(view.highlightedText(), u"626,936"_s);
    const int shown = view.viewport()->height() / view.lineRect(1).height();
    EXPECT_LE(view.firstVisibleLine(), 65);
    EXPECT_GT(view.firstVisibleLine() + shown, 65);

    const QImage image = painted();
    const QColor highlight = view.palette().color(QPalette::Highlight);
    EXPECT_GT(pixelsOf(image, 65, highlight), 0);
    EXPECT_EQ(pixelsOf(image, 64, highlight), 0);
    EXPECT_EQ(pixelsOf(image, 66, highlight), 0);
    // The line itself is marked across the whole view.
    const QColor line = view.palette().color(QPalette::AlternateBase);
    EXPECT_EQ(image.pixelColor(image.width() - 1, view.lineRect(65).center().y()).rgb(), line.rgb());
}

TEST_F(SourceViewTest, WithoutALengthTheWordIsHighlighted)
{
    view.showLocation(63, 1);
    EXPECT_EQ(view.highlightedText(), u"Product"_s);
}

TEST_F(SourceViewTest, DoubleClickSelectsAFigureAndCopyPutsItOnTheClipboard)
{
    view.showLocation(64, 9, 7); // Service, 2007: "117,163"
    const QPoint figure = firstPixelOf(painted(), 64, view.palette().color(QPalette::Highlight));
    ASSERT_FALSE(figure.isNull());
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, figure + QPoint(2, 0));
    EXPECT_EQ(view.selectedText(), u"117,163"_s);
    view.setFocus();
    QTest::keySequence(&view, QKeySequence::Copy);
    EXPECT_EQ(QApplication::clipboard()->text(), u"117,163"_s);
}

TEST_F(SourceViewTest, DraggingSelectsWholeLinesAsTheFileHasThem)
{
    view.showLocation(63, 1);
    const QRect from = view.lineRect(63);
    const QRect to = view.lineRect(64);
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, QPoint(0, from.center().y()));
    QTest::mouseMove(view.viewport(), QPoint(to.right(), to.center().y()));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, QPoint(to.right(), to.center().y()));
    EXPECT_EQ(view.selectedText(), u"Product\t\\$ 509,773\t\\$ 474,125\nService\t117,163\t92,589"_s);
    // Selected text is painted in the highlight's colours.
    const QImage image = painted();
    EXPECT_GT(pixelsOf(image, 64, view.palette().color(QPalette::Active, QPalette::Highlight))
                  + pixelsOf(image, 64, view.palette().color(QPalette::Inactive, QPalette::Highlight)),
              0);
}

TEST_F(SourceViewTest, SelectAllTakesTheWholeText)
{
    view.selectAll();
    const QString all = view.selectedText();
    EXPECT_TRUE(all.startsWith(u"\n\n**Investor Relations Contact:****Michelle Levine**\n"_s))
        << qPrintable(all.left(80));
    EXPECT_TRUE(all.endsWith(u"<b>\\$ 904,295</b>"_s)) << qPrintable(all.right(80));
    EXPECT_EQ(all.count(u'\n'), 282);
}

TEST(SourceViewLarge, ShowsALocationDeepInALongFile)
{
    QString text;
    for (int line = 1; line <= 200'000; ++line)
        text += u"line "_s + QString::number(line) + u'\n';
    SourceView view;
    view.resize(900, 300);
    view.setText(u"long"_s, text);
    EXPECT_EQ(view.lineCount(), 200'000);
    view.showLocation(150'000, 6);
    EXPECT_EQ(view.highlightedText(), u"150000"_s);
    EXPECT_LE(view.firstVisibleLine(), 150'000);
    EXPECT_GT(view.firstVisibleLine(), 150'000 - 20);
}

// A line of a million characters (the longest a file may have) is measured,
// drawn and picked in one pass along it: its end can be scrolled to, shown
// highlighted and taken by a double-click.
TEST(SourceViewLarge, ALineOfAMillionCharactersCanBeReadToItsEnd)
{
    SourceView view;
    view.resize(900, 300);
    view.setText(u"wide"_s, u"short\n"_s + QString(1'000'000, u'x') + u"\nend\n"_s);
    view.show();
    view.showLocation(2, 999'991, 10);
    EXPECT_EQ(view.highlightedText(), QString(10, u'x'));
    EXPECT_GT(view.horizontalScrollBar()->value(), 0);

    const QImage image = view.viewport()->grab().toImage();
    const QColor highlight = view.palette().color(QPalette::Highlight);
    const QRect strip = view.lineRect(2);
    int first = -1;
    for (int x = 0; x < image.width() && first < 0; ++x) {
        if (image.pixelColor(x, strip.center().y()).rgb() == highlight.rgb())
            first = x;
    }
    ASSERT_GE(first, 0);
    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, QPoint(first + 2, strip.center().y()));
    EXPECT_EQ(view.selectedText().size(), 1'000'000);
}

} // namespace
