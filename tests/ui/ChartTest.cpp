// SPDX-License-Identifier: GPL-3.0-or-later
// The charts as the analyst sees and exports them: the bars, legend, axis
// labels and tooltips of the view, and the files Save Chart As writes
// (their pixel size, their colours, the text inside a PDF or an SVG).
// Expected figures are typed in from the bundled release.
#include "chartdata/ChartBuilder.h"
#include "charts/ChartExporter.h"
#include "charts/ChartPalette.h"
#include "charts/ChartPlotter.h"
#include "charts/ChartView.h"
#include "support/PdfPages.h"
#include "support/TestData.h"

#include <QFile>
#include <QHash>
#include <QImage>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <qcustomplot.h>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using Kind = ChartData::Kind;

ChartData chartOf(Kind kind)
{
    return ChartBuilder::build(*TestData::analysedRelease(), kind);
}

// How many pixels of the image have exactly this colour.
int pixelsOf(const QImage &image, const QColor &color)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QRgb wanted = color.rgb();
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            count += (line[x] | 0xff000000) == (wanted | 0xff000000);
    }
    return count;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); y += 3) {
        for (int x = 0; x < rgb.width(); x += 3)
            colours.insert(rgb.pixel(x, y));
    }
    return int(colours.size());
}

// The middle of a bar, in the view's pixels.
QPoint middleOf(const ChartView &view, int plottable, int point = 0)
{
    auto *bars = qobject_cast<QCPBars *>(view.plot()->plottable(plottable));
    EXPECT_NE(bars, nullptr);
    const auto data = bars->data()->at(point);
    const double base = bars->baseValue();
    const QPointF pixel(view.plot()->xAxis->coordToPixel(data->key),
                        view.plot()->yAxis->coordToPixel(base + data->value / 2));
    return view.plot()->mapTo(&view, pixel.toPoint());
}

class ChartViewTest : public ::testing::Test
{
protected:
    void show(Kind kind, const QSize &size = QSize(1200, 760))
    {
        view.resize(size);
        view.show();
        view.setChart(chartOf(kind));
        view.plotter()->fit();
        view.plot()->replot();
    }
    ChartView view;
};

} // namespace

TEST_F(ChartViewTest, SegmentsAreGroupedBarsOfBothPeriodsWithTheirNamesAndGrowth)
{
    show(Kind::Segments);
    QCustomPlot *plot = view.plot();
    ASSERT_EQ(plot->plottableCount(), 2);
    EXPECT_EQ(plot->plottable(0)->name(), u"Q1 2006"_s);
    EXPECT_EQ(plot->plottable(1)->name(), u"Q1 2007"_s);
    EXPECT_EQ(plot->legend->itemCount(), 2);
    // Infrastructure, Service Layer Technologies and the total, each with its growth.
    const auto ticker = plot->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
    ASSERT_TRUE(ticker);
    const QStringList labels = ticker->ticks().values();
    ASSERT_EQ(labels.size(), 3);
    EXPECT_EQ(labels[0], u"Infrastructure\n+6.1%"_s);
    EXPECT_TRUE(labels[1].endsWith(u"\n+12.1%"_s)) << qPrintable(labels[1]);
    EXPECT_EQ(labels[2], u"Total\n+7.5%"_s);
    // Every bar is labelled with its value at this size.
    EXPECT_EQ(view.plotter()->visibleValueLabels(), 6);
    auto *q1 = qobject_cast<QCPBars *>(plot->plottable(1));
    EXPECT_DOUBLE_EQ(q1->data()->at(0)->value, 385249.0);
    EXPECT_DOUBLE_EQ(q1->data()->at(2)->value, 509773.0);
}

TEST_F(ChartViewTest, InASmallPaneTheTallestBarsLabelClearsTheLegend)
{
    // The Charts dock under the trace panel: a plot about 130 px tall. The
    // total's Q1 2007 bar, 509,773, is the tallest; its label sits above it.
    show(Kind::Segments, QSize(440, 260));
    QCustomPlot *plot = view.plot();
    auto *q1 = qobject_cast<QCPBars *>(plot->plottable(1));
    ASSERT_NE(q1, nullptr);
    ASSERT_DOUBLE_EQ(q1->data()->at(2)->value, 509773.0);
    const double top = plot->yAxis->coordToPixel(509773.0);
    const int label = QFontMetrics(plot->font()).height();
    EXPECT_GE(top - label, plot->legend->outerRect().bottom()) << "bar top " << top;
    EXPECT_GT(plot->yAxis->range().upper, 509773.0);
}

TEST_F(ChartViewTest, HoveringABarShowsItsExactFigures)
{
    show(Kind::Segments);
    const QString tip = view.toolTipAt(middleOf(view, 1, 0));
    EXPECT_TRUE(tip.startsWith(u"<b>Infrastructure</b>"_s)) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(u"Q1 2006: 363,004"_s)) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(u"<b>Q1 2007: 385,249</b>"_s)) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(u"Change: +6.1%"_s)) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(u"$ in thousands"_s)) << qPrintable(tip);
    EXPECT_TRUE(view.toolTipAt(QPoint(2, 2)).isEmpty());
}

TEST_F(ChartViewTest, TheBridgeStepsFloatFromTheRunningFigure)
{
    show(Kind::BridgeNetIncome, QSize(1600, 900));
    QCustomPlot *plot = view.plot();
    // Q1 2006 prints "-" for three of the seven adjustments: 6 bars, and 9 for Q1 2007.
    EXPECT_EQ(plot->plottableCount(), 15);
    EXPECT_EQ(plot->legend->itemCount(), 2);
    // The last Q1 2007 step: the income tax effect of (16,930) takes
    // 129,282 down to the non-GAAP net income of 112,352.
    const int taxEffect = plot->plottableCount() - 2;
    auto *tax = qobject_cast<QCPBars *>(plot->plottable(taxEffect));
    ASSERT_NE(tax, nullptr);
    EXPECT_DOUBLE_EQ(tax->baseValue(), 129282.0);
    EXPECT_DOUBLE_EQ(tax->data()->at(0)->value, -16930.0);
    const QString tip = view.toolTipAt(middleOf(view, taxEffect));
    EXPECT_TRUE(tip.contains(u"Note B"_s)) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(u"<b>Q1 2007: \u221216,930 (129,282 to 112,352)</b>"_s)) << qPrintable(tip);
}

TEST_F(ChartViewTest, ANarrowViewTurnsNamesSidewaysAndHidesValuesThatWouldCollide)
{
    show(Kind::BridgeOperatingIncome, QSize(360, 500));
    EXPECT_EQ(view.plotter()->visibleValueLabels(), 0);
    EXPECT_EQ(view.plot()->xAxis->tickLabelRotation(), -90);
    const auto ticker = view.plot()->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
    ASSERT_TRUE(ticker);
    // The note letters come first, so eliding the name keeps them.
    EXPECT_TRUE(ticker->ticks().value(2).startsWith(u"(A) Amortization"_s)) << qPrintable(ticker->ticks().value(2));

    show(Kind::BridgeOperatingIncome, QSize(1600, 900));
    EXPECT_EQ(view.plot()->xAxis->tickLabelRotation(), 0);
    EXPECT_GT(view.plotter()->visibleValueLabels(), 12);
}

TEST_F(ChartViewTest, ADarkWindowGetsADarkChart)
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x23, 0x26, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    view.setPalette(dark);
    show(Kind::Segments);
    const QImage shot = view.grab().toImage();
    EXPECT_LT(QColor(shot.pixel(4, shot.height() / 2)).lightness(), 80);
    EXPECT_GT(pixelsOf(shot, ChartPalette::dark().period(0)), 1000);
    EXPECT_EQ(pixelsOf(shot, ChartPalette::light().period(0)), 0);
}

TEST(ChartExport, ThePngIsExactlyTheSizeAskedForAndShowsBothPeriods)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"segments.png"_s);
    ASSERT_EQ(ChartExporter::save(chartOf(Kind::Segments), path, {}), QString());
    const QImage png(path);
    EXPECT_EQ(png.size(), QSize(3200, 2000)); // 1600 × 1000 at scale 2, the default
    EXPECT_GT(distinctColours(png), 20);
    const ChartPalette palette = ChartPalette::light();
    EXPECT_GT(pixelsOf(png, palette.period(1)), 100000); // Q1 2006, the second column
    EXPECT_GT(pixelsOf(png, palette.period(0)), 100000); // Q1 2007, the first

    ASSERT_EQ(ChartExporter::save(chartOf(Kind::BridgeOperatingIncome), path, {800, 500, 1.5}), QString());
    EXPECT_EQ(QImage(path).size(), QSize(1200, 750));
}

TEST(ChartExport, JpgFollowsTheExtension)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mix.jpg"_s);
    ASSERT_EQ(ChartExporter::save(chartOf(Kind::RevenueMix), path, {640, 400, 1}), QString());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(3).startsWith("\xff\xd8\xff")); // a JPEG's magic
    EXPECT_EQ(QImage(path).size(), QSize(640, 400));
}

TEST(ChartExport, TheSvgIsWellFormedXmlWithTheChartsText)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"opex.svg"_s);
    ASSERT_EQ(ChartExporter::save(chartOf(Kind::OperatingExpenses), path, {}), QString());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    QString root;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && root.isEmpty())
            root = xml.name().toString();
        if (xml.isCharacters() && !xml.isWhitespace())
            texts << xml.text().toString();
    }
    EXPECT_FALSE(xml.hasError()) << qPrintable(xml.errorString());
    EXPECT_EQ(root, u"svg"_s);
    const QString all = texts.join(u' ');
    EXPECT_TRUE(all.contains(u"Operating expenses"_s));
    EXPECT_TRUE(all.contains(u"Research and development"_s));
    EXPECT_TRUE(all.contains(u"141,093"_s));
}

TEST(ChartExport, ThePdfHoldsTheTitleAndFiguresAsText)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bridge.pdf"_s);
    ASSERT_EQ(ChartExporter::save(chartOf(Kind::BridgeOperatingIncome), path, {}), QString());
    const QString text = PdfPages::text(path);
    EXPECT_TRUE(text.contains(u"GAAP Operating income to Non-GAAP Operating income"_s)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"123,131"_s)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"60,496"_s)) << qPrintable(text);
}

TEST(ChartExport, FailuresSayWhyAndLeaveTheOldFileAsItWas)
{
    QTemporaryDir dir;
    const QString old = dir.filePath(u"notes.txt"_s);
    QFile file(old);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("my notes");
    file.close();

    // The extension picks the format, and .txt is none.
    EXPECT_TRUE(ChartExporter::save(chartOf(Kind::Segments), old, {}).contains(u"unknown format"_s));
    // A path under a file cannot be written.
    const QString under = old + u"/chart.png"_s;
    EXPECT_TRUE(ChartExporter::save(chartOf(Kind::Segments), under, {}).startsWith(u"cannot write"_s));
    EXPECT_TRUE(ChartExporter::save(chartOf(Kind::Segments), dir.path() + u"/.png"_s, {0, 0, 1}).contains(u"size"_s));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), "my notes");

    // A chart the filing cannot support is not written at all.
    const FilingAnalysisPtr &prospectus = TestData::analysedProspectus();
    const QString png = dir.filePath(u"segments.png"_s);
    const QString error = ChartExporter::save(ChartBuilder::build(*prospectus, Kind::Segments), png, {});
    EXPECT_TRUE(error.contains(u"not available"_s)) << qPrintable(error);
    EXPECT_FALSE(QFile::exists(png));
}
