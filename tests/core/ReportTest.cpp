// SPDX-License-Identifier: GPL-3.0-or-later
// The reconciliation report as the analyst files it: the PDF's text (read
// back with pdftotext) holds every row of the reconciliation with its
// figures, the notes cited, the tie-out and page numbers; pages break
// between rows and repeat the table's header. Expected values are typed in
// from the bundled release.
#include "report/ReportBuilder.h"
#include "report/ReportPainter.h"
#include "support/PdfPages.h"
#include "support/TestData.h"

#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

QPageLayout paper(QPageSize::PageSizeId size, QPageLayout::Orientation orientation = QPageLayout::Portrait)
{
    QPageLayout layout = ReportPainter::defaultLayout();
    layout.setPageSize(QPageSize(size));
    layout.setOrientation(orientation);
    return layout;
}

Report reconciliationReport(const FilingAnalysisPtr &analysis)
{
    QString error;
    std::optional<Report> report = ReportBuilder::reconciliation(analysis, {}, &error);
    EXPECT_TRUE(report.has_value()) << qPrintable(error);
    return report.value_or(Report{});
}

// The two bridge charts of the bundled release, by their titles.
const QStringList BridgeTitles{u"GAAP Operating income to Non-GAAP Operating income"_s,
                               u"GAAP Net income to Non-GAAP Net income"_s};

// Draws a chart as the plot does, setting a clip of its own in place of
// the page's: a frame and the title at the top of its rectangle.
ReportChartObject::Drawing framedTitles()
{
    const auto draw = [](QPainter &painter, const QRectF &rect, const ChartData &chart) {
        painter.save();
        painter.setClipRect(rect);
        QFont font = painter.font();
        font.setPixelSize(12);
        painter.setFont(font);
        painter.drawRect(rect.adjusted(1, 1, -1, -1));
        painter.drawText(rect.adjusted(4, 4, -4, -4), Qt::AlignTop | Qt::AlignHCenter, chart.title);
        painter.drawText(rect.adjusted(4, 4, -4, -4), Qt::AlignBottom | Qt::AlignHCenter, u"end of chart"_s);
        painter.restore();
    };
    return {draw, {}};
}

struct Paper
{
    QPageSize::PageSizeId size;
    QPageLayout::Orientation orientation;
    const char *name;
};

const Paper Papers[] = {{QPageSize::A4, QPageLayout::Portrait, "A4 portrait"},
                        {QPageSize::A4, QPageLayout::Landscape, "A4 landscape"},
                        {QPageSize::Letter, QPageLayout::Portrait, "Letter portrait"},
                        {QPageSize::Letter, QPageLayout::Landscape, "Letter landscape"}};

} // namespace

TEST(Report, TheReconciliationReportHoldsTheTableNotesTraceAndTieOut)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"reconciliation.pdf"_s);
    const Report report = reconciliationReport(TestData::analysedRelease());
    ASSERT_EQ(ReportPainter::writePdf(report, path, paper(QPageSize::A4)), QString());
    const QString text = PdfPages::text(path);
    const QString flat = text.simplified();

    // Every row of the reconciliation, by its label as filed.
    const qsizetype reconciliation = ReportBuilder::reconciliationSchedule(*TestData::analysedRelease());
    ASSERT_GE(reconciliation, 0);
    for (const Row &row : TestData::analysedRelease()->filing.schedules[reconciliation].rows)
        EXPECT_TRUE(flat.contains(row.label)) << qPrintable(row.label);
    // Figures as the filing prints them, negatives in parentheses.
    for (const QString &figure : {u"$ 154,942"_s, u"(1,369)"_s, u"153,118"_s, u"$ 60,496"_s, u"$ 90,926"_s,
                                  u"123,131"_s, u"139,985"_s, u"(16,930)"_s, u"(11,461)"_s, u"$ 112,352"_s,
                                  u"$ 113,361"_s, u"(38)"_s, u"66.2%"_s, u"$ 0.19"_s, u"604,905"_s, u"603,589"_s})
        EXPECT_TRUE(text.contains(figure)) << qPrintable(figure);
    // The lines of one row stay on one line, with their note letter.
    EXPECT_TRUE(QRegularExpression(u"Income tax effect\\s+B\\s+\\(16,930\\)\\s+\\(11,461\\)"_s).match(text).hasMatch());

    for (const QString &title :
         {u"Note A: Acquisition Related Expenses"_s, u"Note B: Other Items"_s,
          u"Note C: Stock-Based Compensation Related Items"_s, u"Note D: Non-GAAP Net Income Per Share Items"_s})
        EXPECT_TRUE(flat.contains(title)) << qPrintable(title);
    // The trace of the amortization row of the operating-income block, in one line.
    EXPECT_TRUE(flat.contains(u"24,109 = 22,740 + 1,369"_s)) << qPrintable(flat.left(4000));
    EXPECT_TRUE(flat.contains(u"32 checks, 64 figures, all tie within rounding."_s));
    EXPECT_TRUE(flat.contains(u"Page 1 of"_s));
    EXPECT_TRUE(flat.contains(u"juniper-2007-04-23-q1-earnings-release.txt"_s));
}

TEST(Report, PageCountsAreSaneOnA4AndLetterAndMatchThePdf)
{
    QTemporaryDir dir;
    const Report report = reconciliationReport(TestData::analysedRelease());
    const int a4 = ReportPainter::pageCount(report, paper(QPageSize::A4));
    const int letter = ReportPainter::pageCount(report, paper(QPageSize::Letter));
    const int landscape = ReportPainter::pageCount(report, paper(QPageSize::A4, QPageLayout::Landscape));
    // A two-page table, a page and a half of notes and traces, two of tie-out.
    EXPECT_GE(a4, 3);
    EXPECT_LE(a4, 8);
    EXPECT_GE(letter, 3);
    EXPECT_LE(letter, 8);
    EXPECT_GE(landscape, a4);

    const QString path = dir.filePath(u"letter.pdf"_s);
    ASSERT_EQ(ReportPainter::writePdf(report, path, paper(QPageSize::Letter)), QString());
    EXPECT_EQ(PdfPages::count(path), letter);
    EXPECT_TRUE(PdfPages::pageText(path, letter).contains(u"Page %1 of %1"_s.arg(letter)));
}

TEST(Report, ALongReconciliationBreaksBetweenRowsAndRepeatsItsHeader)
{
    // The hand-written release with 200 more adjustments in its reconciliation, made here, not committed.
    QFile source(TestData::northwindPath());
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(source.readAll()).split(u'\n');
    const qsizetype heading = lines.indexOf(QRegularExpression(u"^\\*\\*Reconciliation of GAAP.*"_s));
    const qsizetype first = lines.indexOf(QRegularExpression(u"^Amortization of acquired intangibles\\t.*"_s), heading);
    ASSERT_GT(first, heading);
    for (int n = 200; n >= 1; --n)
        lines.insert(first + 1, u"Synthetic adjustment %1\tX\t%1.1\t%1.2\t%1.3"_s.arg(n));
    QTemporaryDir dir;
    QFile file(dir.filePath(u"long-reconciliation.txt"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(lines.join(u'\n').toUtf8());
    file.close();

    const FilingAnalysisPtr analysis = TestData::loadAnalysed(file.fileName());
    const QString path = dir.filePath(u"long.pdf"_s);
    ASSERT_EQ(ReportPainter::writePdf(reconciliationReport(analysis), path, paper(QPageSize::A4)), QString());

    // Each row whole on one line of one page: its label, note and three figures.
    const QRegularExpression row(u"Synthetic adjustment (\\d+) +X +(\\d+)\\.1 +(\\d+)\\.2 +(\\d+)\\.3"_s);
    int rows = 0;
    int tablePages = 0;
    for (int page = 1; page <= PdfPages::count(path); ++page) {
        const QString text = PdfPages::pageText(path, page);
        int here = 0;
        for (auto match = row.globalMatch(text); match.hasNext();) {
            const QRegularExpressionMatch m = match.next();
            EXPECT_EQ(m.captured(1), m.captured(2));
            ++here;
        }
        if (here == 0)
            continue;
        ++tablePages;
        rows += here;
        // The header row on every page the table reaches.
        EXPECT_TRUE(text.contains(u"Nine Months"_s)) << "page " << page;
        EXPECT_TRUE(text.contains(u"Page %1 of"_s.arg(page))) << "page " << page;
    }
    EXPECT_EQ(rows, 200);
    EXPECT_GE(tablePages, 4);
}

TEST(Report, AFilingWithoutAReconciliationSaysSo)
{
    const FilingAnalysisPtr &prospectus = TestData::analysedProspectus();
    QString error;
    EXPECT_FALSE(ReportBuilder::reconciliation(prospectus, {}, &error).has_value());
    EXPECT_EQ(error,
              u"juniper-2004-04-27-prospectus-supplement-424b3.txt has no GAAP to non-GAAP reconciliation to report"_s);
    // Any schedule prints in the same style, with its tie-out and its one discrepancy.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"holders.pdf"_s);
    ASSERT_EQ(ReportPainter::writePdf(ReportBuilder::forShown(prospectus, 0, {}), path, paper(QPageSize::Letter)),
              QString());
    const QString flat = PdfPages::text(path).simplified();
    EXPECT_TRUE(flat.contains(u"Selling Security Holders"_s));
    EXPECT_TRUE(flat.contains(u"9 checks, 9 figures, 1 fails."_s)) << qPrintable(flat.right(3000));
}

TEST(Report, ThePaperFollowsTheLocale)
{
    EXPECT_EQ(ReportPainter::defaultLayout(QLocale(QLocale::English, QLocale::UnitedStates)).pageSize().id(),
              QPageSize::Letter);
    EXPECT_EQ(ReportPainter::defaultLayout(QLocale(QLocale::German, QLocale::Germany)).pageSize().id(), QPageSize::A4);
    EXPECT_EQ(ReportPainter::defaultLayout(QLocale(QLocale::English, QLocale::UnitedKingdom)).pageSize().id(),
              QPageSize::A4);
}

TEST(Report, AnUnwritablePathSaysWhy)
{
    QTemporaryDir dir;
    const QString error = ReportPainter::writePdf(reconciliationReport(TestData::analysedRelease()),
                                                  dir.filePath(u"no/such/folder/r.pdf"_s), paper(QPageSize::A4));
    EXPECT_TRUE(error.startsWith(u"cannot write"_s)) << qPrintable(error);
}

// A chart is never split between pages, never printed over the footer and
// never printed twice, on A4 and Letter, upright and landscape: where the
// painter drew each chart lies inside the page's body, and the PDF has
// each title once, above the footer, which is on every page.
TEST(Report, EachChartIsDrawnOnceWholeInsideThePagesBody)
{
    ReportBuilder::Options options;
    options.charts = framedTitles();
    options.printed = QDateTime(QDate(2007, 4, 24), QTime(9, 30));
    QString error;
    const std::optional<Report> report = ReportBuilder::reconciliation(TestData::analysedRelease(), options, &error);
    ASSERT_TRUE(report.has_value()) << qPrintable(error);
    const QString printed = QLocale().toString(options.printed, QLocale::ShortFormat);

    QTemporaryDir dir;
    for (const Paper &sheet : Papers) {
        SCOPED_TRACE(sheet.name);
        const QString path = dir.filePath(QString::fromLatin1(sheet.name) + u".pdf"_s);
        QList<ReportPainter::PaintedPage> painted;
        ASSERT_EQ(ReportPainter::writePdf(*report, path, paper(sheet.size, sheet.orientation), &painted), QString());

        QList<int> drawn(BridgeTitles.size());
        for (qsizetype page = 0; page < painted.size(); ++page) {
            const ReportPainter::PaintedPage &on = painted[page];
            EXPECT_LE(on.body.bottom(), on.footer.top());
            for (const ReportChartObject::Drawn &chart : on.charts) {
                ASSERT_GE(chart.chart, 0);
                ASSERT_LT(chart.chart, BridgeTitles.size());
                EXPECT_EQ(chart.title, BridgeTitles[chart.chart]);
                ++drawn[chart.chart];
                EXPECT_GT(chart.rect.height(), 100) << "page " << page + 1;
                EXPECT_TRUE(on.body.adjusted(-0.5, -0.5, 0.5, 0.5).contains(chart.rect))
                    << "page " << page + 1 << ": chart " << chart.chart << " at " << chart.rect.top() << " to "
                    << chart.rect.bottom() << ", the body " << on.body.top() << " to " << on.body.bottom();
            }
        }
        EXPECT_EQ(drawn, QList<int>({1, 1}));

        // What the PDF shows: each title once in the whole document, each
        // page's footer, and nothing of a chart in the footer or off the paper.
        const QList<PdfPages::Page> pages = PdfPages::words(path);
        ASSERT_EQ(pages.size(), painted.size());
        const QString all = PdfPages::text(path, PdfPages::Layout::ReadingOrder).simplified();
        for (const QString &title : BridgeTitles)
            EXPECT_EQ(all.count(title), 1) << qPrintable(title);
        EXPECT_EQ(all.count(u"end of chart"_s), 2);
        for (qsizetype page = 0; page < pages.size(); ++page) {
            const QString pageNumber = u"Page %1 of %2"_s.arg(page + 1).arg(pages.size());
            const QString text = PdfPages::pageText(path, int(page + 1)).simplified();
            EXPECT_TRUE(text.contains(pageNumber)) << qPrintable(pageNumber);
            EXPECT_TRUE(text.contains(u"Printed "_s + printed)) << "page " << page + 1;

            const QString footer =
                u"juniper-2007-04-23-q1-earnings-release.txt Printed %1 %2"_s.arg(printed, pageNumber);
            const QStringList footerWords = footer.split(u' ', Qt::SkipEmptyParts);
            double footerTop = pages[page].size.height();
            for (const PdfPages::Word &word : pages[page].words) {
                if (word.text == u"Printed"_s)
                    footerTop = word.box.top();
            }
            ASSERT_LT(footerTop, pages[page].size.height()) << "no footer on page " << page + 1;
            for (const PdfPages::Word &word : pages[page].words) {
                EXPECT_LE(word.box.bottom(), pages[page].size.height());
                if (word.box.bottom() > footerTop - 2) {
                    EXPECT_TRUE(footerWords.contains(word.text))
                        << "page " << page + 1 << ": \"" << qPrintable(word.text) << "\" in the footer";
                }
            }
        }
    }
}
