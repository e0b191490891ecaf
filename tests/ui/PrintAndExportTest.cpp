// SPDX-License-Identifier: GPL-3.0-or-later
// Printing and exporting as the analyst meets them in the window: the
// reconciliation report's bridge charts on every paper (drawn by the plot
// itself), Print Chart and its preview, File > Export Filing, and the
// labels of Save Chart As. Asserted on the PDFs written (pdftotext,
// pdfinfo), the actions' state and the dialogs' widgets. Expected titles
// and figures are typed in from the bundled release.
#include "FilingExportAction.h"
#include "FilingExportDialog.h"
#include "MainWindow.h"
#include "WorkbookExportAction.h"
#include "chartdata/ChartBuilder.h"
#include "charts/ChartExportDialog.h"
#include "charts/ChartExporter.h"
#include "charts/ChartPane.h"
#include "charts/ChartPrintActions.h"
#include "charts/ChartPrinter.h"
#include "desktop/Settings.h"
#include "import/FilingImporter.h"
#include "models/NavigatorModel.h"
#include "report/ReportBuilder.h"
#include "report/ReportPainter.h"
#include "support/PdfPages.h"
#include "support/TestData.h"
#include "support/XlsxReader.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using Kind = ChartData::Kind;

const QString OperatingBridge = u"GAAP Operating income to Non-GAAP Operating income"_s;
const QString NetIncomeBridge = u"GAAP Net income to Non-GAAP Net income"_s;

// A printer writing a PDF file, as Print would a sheet of paper.
std::unique_ptr<QPrinter> pdfPrinter(const QString &path, const QPageLayout &layout)
{
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(path);
    printer->setPageLayout(layout);
    return printer;
}

// The text a label shows: with a buddy, "&" marks the mnemonic (underlined,
// not shown) and "&&" shows one "&"; without one, every "&" shows.
QString shownText(const QLabel *label)
{
    QString text = label->text();
    if (!label->buddy())
        return text;
    text.replace(u"&&"_s, QChar(0xfffe));
    text.remove(u'&');
    return text.replace(QChar(0xfffe), u'&');
}

QMenu *menuTitled(QMenuBar *bar, const QString &title)
{
    for (QAction *action : bar->actions()) {
        if (action->menu() && action->text() == title)
            return action->menu();
    }
    return nullptr;
}

class PrintAndExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        window.openFiles(FilingImporter::bundledFilings());
        ASSERT_TRUE(window.showScheduleTitled(u"Reconciliation between GAAP"_s));
    }
    MainWindow window;
};

} // namespace

// The case: the reconciliation report with the bridges drawn by the
// plot, which sets its own clips. On A4 and Letter, upright and landscape,
// each chart is drawn once, whole inside the body of its page, and its title
// is in the PDF once, above the footer.
TEST(ReportCharts, EachBridgeIsPrintedOnceInsideItsPageOnEveryPaper)
{
    ReportBuilder::Options options;
    options.charts = ChartExporter::reportDrawing();
    QString error;
    const std::optional<Report> report = ReportBuilder::reconciliation(TestData::analysedRelease(), options, &error);
    ASSERT_TRUE(report.has_value()) << qPrintable(error);

    QTemporaryDir dir;
    for (const QPageSize::PageSizeId size : {QPageSize::A4, QPageSize::Letter}) {
        for (const QPageLayout::Orientation orientation : {QPageLayout::Portrait, QPageLayout::Landscape}) {
            QPageLayout layout = ReportPainter::defaultLayout();
            layout.setPageSize(QPageSize(size));
            layout.setOrientation(orientation);
            const QString name = (size == QPageSize::A4 ? u"A4"_s : u"Letter"_s)
                                 + (orientation == QPageLayout::Landscape ? u" landscape"_s : u" portrait"_s);
            SCOPED_TRACE(qPrintable(name));
            const QString path = dir.filePath(name + u".pdf"_s);
            QList<ReportPainter::PaintedPage> painted;
            ASSERT_EQ(ReportPainter::writePdf(*report, path, layout, &painted), QString());

            QStringList drawn;
            for (qsizetype page = 0; page < painted.size(); ++page) {
                for (const ReportChartObject::Drawn &chart : std::as_const(painted[page].charts)) {
                    drawn << chart.title;
                    EXPECT_TRUE(painted[page].body.adjusted(-0.5, -0.5, 0.5, 0.5).contains(chart.rect))
                        << "page " << page + 1 << ": " << qPrintable(chart.title) << " from " << chart.rect.top()
                        << " to " << chart.rect.bottom() << ", the body from " << painted[page].body.top() << " to "
                        << painted[page].body.bottom();
                }
            }
            EXPECT_EQ(drawn, (QStringList{OperatingBridge, NetIncomeBridge}));

            const QList<PdfPages::Page> pages = PdfPages::words(path);
            ASSERT_EQ(pages.size(), painted.size());
            const QString text = PdfPages::text(path, PdfPages::Layout::ReadingOrder).simplified();
            EXPECT_EQ(text.count(OperatingBridge), 1);
            EXPECT_EQ(text.count(NetIncomeBridge), 1);
            for (qsizetype page = 0; page < pages.size(); ++page) {
                EXPECT_TRUE(PdfPages::pageText(path, int(page + 1))
                                .contains(u"Page %1 of %2"_s.arg(page + 1).arg(pages.size())));
                // The footer's top, where "Printed" stands; no word of a bridge's title at or under it.
                const double footer = PdfPages::footerTop(pages[page]);
                ASSERT_LT(footer, pages[page].size.height()) << "no footer on page " << page + 1;
                for (const PdfPages::Word &word : pages[page].words) {
                    if (word.box.bottom() > footer - 2) {
                        EXPECT_FALSE(OperatingBridge.split(u' ').contains(word.text)
                                     || NetIncomeBridge.split(u' ').contains(word.text))
                            << "page " << page + 1 << ": \"" << qPrintable(word.text) << "\" in the footer";
                    }
                }
            }
        }
    }
}

// Print and Print Preview paint the same pages on a printer: switched to
// landscape, each bridge is still drawn once, inside a page's body.
TEST(ReportCharts, APrinterTurnedToLandscapeGetsEachBridgeOnceInsideAPage)
{
    ReportBuilder::Options options;
    options.charts = ChartExporter::reportDrawing();
    const std::optional<Report> report = ReportBuilder::reconciliation(TestData::analysedRelease(), options, nullptr);
    ASSERT_TRUE(report.has_value());
    QTemporaryDir dir;
    QPageLayout layout = ReportPainter::defaultLayout();
    layout.setPageSize(QPageSize(QPageSize::A4));
    layout.setOrientation(QPageLayout::Landscape);
    const auto printer = pdfPrinter(dir.filePath(u"printed.pdf"_s), layout);
    QList<ReportPainter::PaintedPage> painted;
    ASSERT_TRUE(ReportPainter::paint(*report, printer.get(), &painted));
    QStringList drawn;
    for (const ReportPainter::PaintedPage &page : std::as_const(painted)) {
        for (const ReportChartObject::Drawn &chart : page.charts) {
            drawn << chart.title;
            EXPECT_TRUE(page.body.adjusted(-0.5, -0.5, 0.5, 0.5).contains(chart.rect)) << qPrintable(chart.title);
        }
    }
    EXPECT_EQ(drawn, (QStringList{OperatingBridge, NetIncomeBridge}));
}

// Print Chart writes one page, in landscape, with the chart's title and
// figures as text (lines 78 and 152: 60,496 and 123,131 for Q1 2007).
TEST(ChartPrinting, AChartPrintsOnOneLandscapePageWithItsTitle)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bridge.pdf"_s);
    {
        const auto printer = pdfPrinter(path, ChartPrinter::defaultLayout());
        ASSERT_TRUE(ChartPrinter::print(ChartBuilder::build(*TestData::analysedRelease(), Kind::BridgeOperatingIncome),
                                        printer.get()));
    }
    const PdfPages::Info info = PdfPages::info(path);
    EXPECT_EQ(info.count, 1);
    EXPECT_TRUE(info.landscape);
    const QString text = PdfPages::text(path, PdfPages::Layout::ReadingOrder).simplified();
    EXPECT_EQ(text.count(OperatingBridge), 1) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"60,496"_s));
    EXPECT_TRUE(text.contains(u"123,131"_s));

    // An unavailable chart prints nothing.
    ChartData none;
    none.unavailable = u"No reconciliation of net income was found."_s;
    const auto printer = pdfPrinter(dir.filePath(u"none.pdf"_s), ChartPrinter::defaultLayout());
    EXPECT_FALSE(ChartPrinter::print(none, printer.get()));
}

TEST_F(PrintAndExportTest, TheChartMenuAndTheDocksContextMenuPrintTheChartShown)
{
    ChartPane *pane = window.chartPane();
    ChartPrintActions *printing = pane->printActions();
    ASSERT_NE(printing, nullptr);
    QMenu *chart = menuTitled(window.menuBar(), u"&Chart"_s);
    ASSERT_NE(chart, nullptr);
    EXPECT_TRUE(chart->actions().contains(printing->printAction()));
    EXPECT_TRUE(chart->actions().contains(printing->previewAction()));
    EXPECT_EQ(printing->printAction()->text(), u"&Print Chart…"_s);

    pane->showKind(Kind::BridgeNetIncome);
    EXPECT_TRUE(printing->printAction()->isEnabled());
    EXPECT_TRUE(printing->previewAction()->isEnabled());

    // The dock's context menu offers the same.
    QStringList offered;
    QTimer::singleShot(0, pane, [&offered] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        ASSERT_NE(menu, nullptr) << "no context menu shown";
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                offered << action->text();
        }
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, QPoint(20, 20), pane->mapToGlobal(QPoint(20, 20)));
    QApplication::sendEvent(pane, &event);
    EXPECT_EQ(offered,
              (QStringList{u"&Save Chart As…"_s, u"Copy C&hart"_s, u"Print Chart Pre&view…"_s, u"&Print Chart…"_s}));

    // The preview paints the chart shown on one page.
    const std::unique_ptr<QPrintPreviewDialog> preview = printing->makePreview();
    EXPECT_EQ(preview->windowTitle(), u"Print Preview — "_s + NetIncomeBridge);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"preview.pdf"_s);
    {
        const auto printer = pdfPrinter(path, ChartPrinter::defaultLayout());
        Q_EMIT preview->paintRequested(printer.get());
    }
    EXPECT_EQ(PdfPages::count(path), 1);
    EXPECT_EQ(PdfPages::text(path, PdfPages::Layout::ReadingOrder).simplified().count(NetIncomeBridge), 1);
    auto *pages = preview->findChild<QPrintPreviewWidget *>();
    ASSERT_NE(pages, nullptr);
    pages->updatePreview();
    EXPECT_EQ(pages->pageCount(), 1);
    EXPECT_EQ(pages->orientation(), QPageLayout::Landscape);

    // A chart the filing cannot support cannot be printed.
    ASSERT_TRUE(window.showScheduleTitled(u"Selling Security Holders"_s));
    pane->showKind(Kind::BridgeNetIncome);
    EXPECT_FALSE(printing->printAction()->isEnabled());
    EXPECT_FALSE(printing->previewAction()->isEnabled());
}

TEST_F(PrintAndExportTest, ExportFilingIsInTheFileMenuWhileAFilingIsOpen)
{
    FilingExportAction *exporting = window.filingExportAction();
    ASSERT_NE(exporting, nullptr);
    QMenu *file = menuTitled(window.menuBar(), u"&File"_s);
    ASSERT_NE(file, nullptr);
    EXPECT_TRUE(file->actions().contains(exporting->action()));
    EXPECT_EQ(exporting->action()->text(), u"Export &Filing…"_s);
    EXPECT_TRUE(exporting->action()->isEnabled());

    while (!window.filings().isEmpty())
        window.closeFiling(0);
    EXPECT_FALSE(exporting->action()->isEnabled());

    MainWindow empty;
    EXPECT_FALSE(empty.filingExportAction()->action()->isEnabled());
}

// File > Export Workbook writes the filing shown; Export Schedule as
// Workbook, the schedule shown, and only while one is.
TEST_F(PrintAndExportTest, ExportWorkbookWritesTheFilingOrTheScheduleShown)
{
    WorkbookExportAction *exporting = window.workbookExportAction();
    QMenu *file = menuTitled(window.menuBar(), u"&File"_s);
    ASSERT_NE(file, nullptr);
    EXPECT_TRUE(file->actions().contains(exporting->filingAction()));
    EXPECT_TRUE(file->actions().contains(exporting->scheduleAction()));
    EXPECT_EQ(exporting->filingAction()->text(), u"Export &Workbook…"_s);
    Q_EMIT file->aboutToShow();
    EXPECT_TRUE(exporting->scheduleAction()->isEnabled());

    QTemporaryDir dir;
    const QString one = dir.filePath(u"reconciliation.xlsx"_s);
    EXPECT_EQ(exporting->exportTo(one, true), QString());
    XlsxReader schedule;
    ASSERT_TRUE(schedule.read(one)) << qPrintable(schedule.error());
    EXPECT_EQ(schedule.sheets(), (QStringList{u"Reconciliation between GAAP to"_s, u"Tie-out"_s}));
    EXPECT_EQ(schedule.cell(u"Reconciliation between GAAP to"_s, u"A2"_s).text,
              u"Reconciliation between GAAP to non-GAAP Results of Operations and Earnings Per Share"_s);

    const QString all = dir.filePath(u"release.xlsx"_s);
    EXPECT_EQ(exporting->exportTo(all, false), QString());
    XlsxReader filing;
    ASSERT_TRUE(filing.read(all)) << qPrintable(filing.error());
    EXPECT_EQ(filing.sheets().size(), 8); // the release's seven schedules and the Tie-out sheet
    EXPECT_EQ(filing.sheets().constFirst(), u"Statements of Operations"_s);

    // On the tie-out page no schedule is shown.
    window.findChild<QTreeView *>()->setCurrentIndex(
        window.navigatorModel()->indexOf(window.currentFiling(), NavigatorModel::Node::TieOut));
    Q_EMIT file->aboutToShow();
    EXPECT_FALSE(exporting->scheduleAction()->isEnabled());
    EXPECT_TRUE(exporting->filingAction()->isEnabled());
    EXPECT_EQ(exporting->exportTo(one, true), u"No schedule is shown to export"_s);
}

// The dialog says what each choice will write and hands over the choices.
TEST(FilingExportDialogTest, ItSaysWhatWillBeWrittenAndCollectsTheChoices)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"juniper"_s);
    QPageLayout layout = ReportPainter::defaultLayout();
    layout.setPageSize(QPageSize(QPageSize::A4));
    FilingExportDialog dialog(TestData::analysedRelease()->filing, folder, dir.filePath(u"all.pdf"_s), layout);
    EXPECT_EQ(dialog.format(), FilingExportDialog::Format::CsvFolder);
    EXPECT_EQ(dialog.destination(), folder);
    EXPECT_TRUE(dialog.summary().startsWith(u"7 CSV files: Condensed Consolidated Statements of Operations.csv, "
                                            u"Stock Based Compensation by Category.csv, "_s))
        << qPrintable(dialog.summary());
    EXPECT_TRUE(dialog.summary().contains(u"and 3 more"_s)) << qPrintable(dialog.summary());
    EXPECT_TRUE(dialog.summary().endsWith(u"The folder will be made."_s)) << qPrintable(dialog.summary());

    // Files of the same names there are said to be replaced.
    ASSERT_TRUE(QDir().mkpath(folder));
    QFile old(QDir(folder).filePath(u"Condensed Consolidated Balance Sheets.csv"_s));
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.close();
    dialog.setDestination(folder);
    EXPECT_TRUE(dialog.summary().endsWith(u"It replaces the file of the same name there."_s))
        << qPrintable(dialog.summary());

    dialog.setFormat(FilingExportDialog::Format::Pdf);
    EXPECT_EQ(dialog.destination(), dir.filePath(u"all.pdf"_s));
    EXPECT_EQ(dialog.summary(), u"One PDF of the 7 schedules, each from the top of a page, with its units."_s);
    QComboBox *orientation = nullptr;
    for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
        if (box->findText(u"Landscape"_s) >= 0)
            orientation = box;
    }
    ASSERT_NE(orientation, nullptr);
    EXPECT_TRUE(orientation->isEnabled());
    orientation->setCurrentIndex(orientation->findText(u"Landscape"_s));
    EXPECT_EQ(dialog.pageLayout().orientation(), QPageLayout::Landscape);
    EXPECT_EQ(dialog.pageLayout().pageSize().id(), QPageSize::A4);
    dialog.setDestination(dir.filePath(u"all.txt"_s));
    EXPECT_EQ(dialog.summary(), u"The name must end in .pdf."_s);

    // Back to CSV: its folder again.
    dialog.setFormat(FilingExportDialog::Format::CsvFolder);
    EXPECT_EQ(dialog.destination(), folder);

    for (const QLabel *label : dialog.findChildren<QLabel *>())
        EXPECT_FALSE(shownText(label).contains(u'&')) << qPrintable(label->text());
}

// File > Export Filing offers the format and paper chosen last, in the next session too.
TEST(FilingExportSettings, TheFormatAndPaperChosenLastAreKept)
{
    QSettings().remove(u"export"_s);
    QPageLayout fallback = ReportPainter::defaultLayout();
    fallback.setPageSize(QPageSize(QPageSize::A4));
    EXPECT_FALSE(Settings::exportFilingAsPdf());
    EXPECT_EQ(Settings::exportPageLayout(fallback).pageSize().id(), QPageSize::A4);
    EXPECT_EQ(Settings::exportPageLayout(fallback).orientation(), QPageLayout::Portrait);

    QPageLayout letter = fallback;
    letter.setPageSize(QPageSize(QPageSize::Letter));
    letter.setOrientation(QPageLayout::Landscape);
    Settings::setExportFilingAsPdf(true);
    Settings::setExportPageLayout(letter);
    EXPECT_TRUE(Settings::exportFilingAsPdf());
    const QPageLayout kept = Settings::exportPageLayout(fallback);
    EXPECT_EQ(kept.pageSize().id(), QPageSize::Letter);
    EXPECT_EQ(kept.orientation(), QPageLayout::Landscape);
    EXPECT_EQ(kept.margins(), fallback.margins());
    QSettings().remove(u"export"_s);
}

// Save Chart As shows its labels without a stray "&": each mnemonic has
// the field it leads to.
TEST(SaveChartAsDialog, ItsLabelsShowNoAmpersand)
{
    QTemporaryDir dir;
    ChartExportDialog dialog(dir.filePath(u"R&D and SG&A.png"_s), {});
    int labels = 0;
    const QList<QLabel *> all = dialog.findChildren<QLabel *>();
    for (const QLabel *label : all) {
        EXPECT_FALSE(shownText(label).contains(u'&')) << qPrintable(label->text());
        if (label->text().contains(u'&')) {
            EXPECT_NE(label->buddy(), nullptr) << qPrintable(label->text());
        }
        ++labels;
    }
    EXPECT_GE(labels, 5); // file, width, height, scale and what will be written
    const auto fileLabel =
        std::find_if(all.cbegin(), all.cend(), [](const QLabel *label) { return label->text() == u"&File:"_s; });
    ASSERT_NE(fileLabel, all.cend());
    EXPECT_EQ((*fileLabel)->buddy(), dialog.findChild<QLineEdit *>());
}
