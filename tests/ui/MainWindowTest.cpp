// SPDX-License-Identifier: GPL-3.0-or-later
// The main window offscreen, on the bundled filings, asserted from what the
// user would see: the navigator's items, the status bar, the clipboard, the
// exported CSV, the source view's highlighted line. Expected values are
// typed in from the filings.
#include "MainWindow.h"
#include "BackgroundOpen.h"
#include "CalculationsPage.h"
#include "DiagnosticsBar.h"
#include "DocumentView.h"
#include "FactsPage.h"
#include "FindBar.h"
#include "PlaceNavigator.h"
#include "ReportActions.h"
#include "SchedulePage.h"
#include "ScheduleView.h"
#include "SourceView.h"
#include "TieOutPage.h"
#include "TieOutView.h"
#include "TracePanel.h"
#include "charts/ChartPane.h"
#include "charts/ChartView.h"
#include "desktop/Settings.h"
#include "import/FilingImporter.h"
#include "models/CalculationTableModel.h"
#include "models/CheckTableModel.h"
#include "models/NavigatorModel.h"
#include "models/ScheduleTableModel.h"
#include "models/TraceModel.h"
#include "support/PdfPages.h"
#include "support/TestData.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProgressDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        window.openFiles(FilingImporter::bundledFilings());
    }

    ScheduleTableModel *model() const { return window.schedulePage()->model(); }
    ScheduleView *view() const { return window.schedulePage()->view(); }

    QModelIndex cell(const QString &label, int column, int occurrence = 1) const
    {
        const qsizetype row = model()->schedule().findRow(label, occurrence);
        EXPECT_GE(row, 0) << qPrintable(label);
        return model()->index(int(row), column);
    }

    void select(const QList<QModelIndex> &indexes) const
    {
        view()->selectionModel()->clearSelection();
        for (const QModelIndex &index : indexes)
            view()->selectionModel()->select(index, QItemSelectionModel::Select);
    }

    MainWindow window;
};

QStringList childTexts(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList texts;
    for (int r = 0; r < model.rowCount(parent); ++r)
        texts << model.index(r, 0, parent).data().toString();
    return texts;
}

} // namespace

TEST_F(MainWindowTest, NavigatorListsEveryFilingWithItsParts)
{
    const NavigatorModel *navigator = window.navigatorModel();
    ASSERT_EQ(navigator->rowCount(), 2);
    const QStringList prospectus = childTexts(*navigator, navigator->index(0, 0));
    EXPECT_EQ(prospectus.value(0), u"Selling Security Holders"_s);
    EXPECT_TRUE(prospectus.contains(u"Tie-out — 9 checks, 9 figures, 1 fails"_s)) << qPrintable(prospectus.join(u'|'));
    const QStringList release = childTexts(*navigator, navigator->index(1, 0));
    ASSERT_EQ(release.size(), 11); // 7 schedules, notes, narrative, tie-out, source
    // The statements without the "Condensed Consolidated" they share; their tooltips in full.
    EXPECT_EQ(release[0], u"Statements of Operations"_s);
    EXPECT_EQ(navigator->index(0, 0, navigator->index(1, 0)).data(Qt::ToolTipRole).toString(),
              u"Condensed Consolidated Statements of Operations"_s);
    EXPECT_EQ(release[7], u"Notes (4)"_s);
    EXPECT_EQ(release[8], u"Narrative"_s);
    EXPECT_EQ(release[9], u"Tie-out — 63 checks, 124 figures, all tie"_s);
    EXPECT_TRUE(release[10].startsWith(u"Source — juniper-2007-04-23"_s));
}

TEST_F(MainWindowTest, OpensOnTheNewestFilingWithItsUnitsAndTieOutInTheStatusBar)
{
    EXPECT_EQ(model()->schedule().title, u"Condensed Consolidated Statements of Operations"_s);
    const QString status = window.statusText();
    EXPECT_TRUE(status.contains(u"$ in thousands, except per share amounts"_s)) << qPrintable(status);
    EXPECT_TRUE(status.contains(u"Tie-out: 63 checks, 124 figures, all tie"_s)) << qPrintable(status);
}

TEST_F(MainWindowTest, CopyPutsNumbersAsNumbersOnTheClipboard)
{
    select({cell(u"Interest and other expense"_s, 0), cell(u"Interest and other expense"_s, 1),
            cell(u"Interest and other expense"_s, 2), cell(u"Total net revenues"_s, 1)});
    window.copySelection(false);
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    ASSERT_NE(mime, nullptr);
    EXPECT_EQ(mime->text(), u"\t626936\t\nInterest and other expense\t-1064\t-1089\n"_s);
    EXPECT_TRUE(mime->html().contains(u"<td align=\"right\">-1064</td>"_s)) << qPrintable(mime->html());

    window.copySelection(true);
    const QString withHeaders = QApplication::clipboard()->mimeData()->text();
    EXPECT_TRUE(withHeaders.startsWith(u"\tThree Months Ended March 31, 2007\tThree Months Ended March 31, 2006\n"_s))
        << qPrintable(withHeaders);
}

TEST_F(MainWindowTest, ExportsTheScheduleAsCsvWithItsUnits)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"operations.csv"_s);
    EXPECT_EQ(window.exportScheduleCsv(path), QString());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s);
    EXPECT_EQ(lines.value(0), u"\"Juniper Networks, Inc. — Condensed Consolidated Statements of Operations "
                              "(in thousands, except per share amounts)\""_s);
    EXPECT_EQ(lines.value(1), u",\"Three Months Ended March 31, 2007\",\"Three Months Ended March 31, 2006\""_s);
    EXPECT_TRUE(lines.contains(u"Interest and other expense,-1064,-1089"_s));
    EXPECT_TRUE(lines.contains(u"Diluted,0.11,0.13"_s));
    EXPECT_TRUE(lines.contains(u"Net revenues:,,"_s));
}

TEST_F(MainWindowTest, AFailedExportSaysWhyAndWritesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing-folder/operations.csv"_s);
    const QString error = window.exportScheduleCsv(path);
    EXPECT_TRUE(error.contains(u"operations.csv"_s)) << qPrintable(error);
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(MainWindowTest, SelectingACellHighlightsItsPlaceInTheSource)
{
    view()->setCurrentIndex(cell(u"Total net revenues"_s, 1));
    EXPECT_EQ(window.sourceView()->highlightedLine(), 65);
    const QString trace = window.tracePanel()->browser()->toPlainText();
    EXPECT_TRUE(trace.contains(u"line 65, column 23"_s)) << qPrintable(trace);
    EXPECT_TRUE(trace.contains(u"626,936 = 509,773 + 117,163"_s)) << qPrintable(trace);
}

TEST_F(MainWindowTest, FindGoesToMatchingLabelsAcrossFilingsAndFilters)
{
    window.findBar()->activate();
    window.findBar()->setText(u"Amortization of purchased"_s);
    EXPECT_EQ(view()->currentIndex().data().toString(), u"Amortization of purchased intangibles"_s);
    EXPECT_EQ(model()->schedule().title, u"Condensed Consolidated Statements of Operations"_s);
}

TEST_F(MainWindowTest, ViewOptionsAreRememberedPerSchedule)
{
    ASSERT_TRUE(window.showScheduleTitled(u"Statements of Operations"_s));
    ScheduleViewOptions options;
    options.change = true;
    model()->setOptions(options);
    Settings::setViewOptions(model()->analysis()->filing.fileName(), model()->schedule().title, options);

    MainWindow again;
    again.openFiles(FilingImporter::bundledFilings());
    EXPECT_TRUE(again.schedulePage()->model()->options().change);
    EXPECT_EQ(again.schedulePage()->model()->columnCount(), 5);
    ASSERT_TRUE(again.showScheduleTitled(u"Balance Sheets"_s));
    EXPECT_FALSE(again.schedulePage()->model()->options().change);
}

TEST_F(MainWindowTest, TheLabelColumnIsFrozen)
{
    const QTableView *frozen = view()->frozenView();
    EXPECT_FALSE(frozen->isColumnHidden(0));
    EXPECT_TRUE(frozen->isColumnHidden(1));
    EXPECT_EQ(frozen->columnWidth(0), view()->columnWidth(0));
}

TEST_F(MainWindowTest, ThePropectusShowsItsOfferingAboveTheTable)
{
    ASSERT_TRUE(window.showScheduleTitled(u"Selling Security Holders"_s));
    bool found = false;
    for (const QLabel *label : window.schedulePage()->findChildren<QLabel *>()) {
        if (label->isVisibleTo(window.schedulePage()) && label->text().contains(u"Principal amount"_s)
            && label->text().contains(u"$ 400,000,000"_s))
            found = true;
    }
    EXPECT_TRUE(found);
    EXPECT_TRUE(window.statusText().contains(u"9 checks, 9 figures, 1 fails"_s)) << qPrintable(window.statusText());
}

TEST_F(MainWindowTest, ImportErrorsShowInTheBarWithTheirPlace)
{
    window.openFiles({TestData::dataPath(u"bad/binary.png"_s)});
    EXPECT_FALSE(window.diagnosticsBar()->isHidden());
    const QString text = window.diagnosticsBar()->text();
    EXPECT_TRUE(text.contains(u"binary.png:3:1"_s)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"binary data"_s)) << qPrintable(text);
    EXPECT_EQ(window.filings().size(), 2);
}

namespace {

// The link of the n-th line of a section of the trace panel.
int filingOf(const MainWindow &window, Filing::Kind kind)
{
    for (int f = 0; f < window.filings().size(); ++f) {
        if (window.filings()[f]->filing.kind == kind)
            return f;
    }
    ADD_FAILURE() << "no such filing open";
    return -1;
}

QString panelLink(const MainWindow &window, TraceSection::Kind kind, int line)
{
    const TraceModel *model = window.tracePanel()->model();
    return model->index(line, 0, model->section(kind)).data(TraceModel::TargetRole).value<TraceTarget>().toUrl();
}

} // namespace

TEST_F(MainWindowTest, EveryAdjustmentRowFillsTheTracePanelWithItsNotes)
{
    ASSERT_TRUE(window.showScheduleTitled(u"Reconciliation"_s));
    const Schedule &schedule = model()->schedule();
    int adjustments = 0;
    for (int r = 0; r < schedule.rows.size(); ++r) {
        const Row &row = schedule.rows[r];
        if (row.notes.isEmpty() || row.notes == QStringList{u"D"_s}) // D: the per-share lines, not adjustments
            continue;
        view()->setCurrentIndex(model()->index(r, 0));
        const TraceModel *trace = window.tracePanel()->model();
        EXPECT_EQ(trace->sheet().title, row.label);
        EXPECT_EQ(trace->sheet().badges, row.notes) << qPrintable(row.label);
        const QModelIndex note = trace->section(TraceSection::Kind::Note);
        ASSERT_TRUE(note.isValid()) << qPrintable(row.label);
        EXPECT_TRUE(note.data().toString().startsWith(u"Note "_s + row.notes.constFirst() + u": "_s));
        ++adjustments;
    }
    EXPECT_EQ(adjustments, 23); // every adjustment row of the reconciliation, lines 126–167
}

TEST_F(MainWindowTest, ASourceLinkSelectsItsRowAndBackReturns)
{
    ASSERT_TRUE(window.showScheduleTitled(u"Reconciliation"_s));
    ASSERT_TRUE(window.selectRow(u"Amortization of purchased intangible assets"_s, 3)); // line 154
    // The first source is the sum of the statement's line 75 and the reconciliation's line 127.
    window.tracePanel()->activateLink(panelLink(window, TraceSection::Kind::Sources, 1));
    EXPECT_EQ(model()->schedule().title, u"Condensed Consolidated Statements of Operations"_s);
    EXPECT_EQ(view()->currentIndex().data().toString(), u"Amortization of purchased intangibles"_s);
    EXPECT_EQ(window.sourceView()->highlightedLine(), 75);
    EXPECT_TRUE(window.placeNavigator()->backAction()->isEnabled());

    window.placeNavigator()->back();
    EXPECT_TRUE(model()->schedule().title.startsWith(u"Reconciliation"_s));
    EXPECT_EQ(window.sourceView()->highlightedLine(), 154);
    EXPECT_TRUE(window.placeNavigator()->forwardAction()->isEnabled());
    window.placeNavigator()->forward();
    EXPECT_EQ(window.sourceView()->highlightedLine(), 75);
}

TEST_F(MainWindowTest, ANoteLinkOpensTheNotesViewAndItsRowsLeadBack)
{
    ASSERT_TRUE(window.showScheduleTitled(u"Reconciliation"_s));
    ASSERT_TRUE(window.selectRow(u"Other charges - stock option investigation costs"_s, 1)); // line 157
    window.tracePanel()->activateLink(panelLink(window, TraceSection::Kind::Note, 0));
    DocumentView *notes = window.documentPage();
    ASSERT_TRUE(notes->isVisibleTo(&window));
    EXPECT_EQ(notes->content(), DocumentView::Content::Notes);
    EXPECT_EQ(notes->shownNote(), TraceTarget::toNote(u"B"_s, u"ii"_s));
    EXPECT_TRUE(notes->toPlainText().contains(u"Note B: Other Items"_s));

    // The notes view's reverse trace: the row of the net income block citing B (ii), line 165.
    const RowRef netIncomeBlock = TestData::rowAtLine(window.filings()[window.currentPlace().filing]->filing, 165);
    notes->activateLink(TraceTarget::toRow(netIncomeBlock).toUrl());
    EXPECT_EQ(window.sourceView()->highlightedLine(), 165);
    window.placeNavigator()->back();
    EXPECT_EQ(window.currentPlace().target, TraceTarget::toNote(u"B"_s, u"ii"_s));
    window.placeNavigator()->back();
    EXPECT_EQ(window.sourceView()->highlightedLine(), 157);
}

TEST_F(MainWindowTest, TheNarrativeLinksAFigureToItsCell)
{
    const int filing = filingOf(window, Filing::Kind::EarningsRelease);
    const QModelIndex narrative = window.navigatorModel()->indexOf(filing, NavigatorModel::Node::Narrative);
    ASSERT_TRUE(narrative.isValid());
    window.findChild<QTreeView *>()->setCurrentIndex(narrative);
    DocumentView *document = window.documentPage();
    ASSERT_EQ(document->content(), DocumentView::Content::Narrative);
    EXPECT_TRUE(document->toPlainText().contains(u"$626.9 million"_s));
    // "$566.7 million": total net revenues (line 65) in Q1 2006.
    const FilingAnalysis &release = *window.filings()[filing];
    const RowRef revenues = TestData::rowAtLine(release.filing, 65);
    document->activateLink(TraceTarget::toCell(revenues, 1).toUrl());
    EXPECT_EQ(view()->currentIndex().data().toString(), u"566,714"_s);
}

TEST_F(MainWindowTest, TheFactsPageListsAnInlineXbrlDocumentsFactsAndShowsWhereEach)
{
    window.openFiles({TestData::dataPath(u"ixbrl/northwind-2025q2-10-q.htm"_s)});
    const int filing = filingOf(window, Filing::Kind::InlineXbrl);
    const QModelIndex facts = window.navigatorModel()->indexOf(filing, NavigatorModel::Node::Facts);
    ASSERT_TRUE(facts.isValid());
    EXPECT_EQ(facts.data().toString(), u"Facts (21)"_s);
    window.findChild<QTreeView *>()->setCurrentIndex(facts);
    FactsPage *page = window.factsPage();
    EXPECT_EQ(page->countText(), u"21 facts"_s);
    page->search()->setText(u"NonoperatingIncomeExpense"_s);
    EXPECT_EQ(page->countText(), u"2 of 21 facts"_s);
    page->periods()->setCurrentIndex(page->periods()->findText(u"2025-03-30 to 2025-06-28"_s));
    ASSERT_EQ(page->view()->model()->rowCount(), 1);
    // Activated, the fact opens where the document shows it: its cell, "(171)".
    Q_EMIT page->view()->activated(page->view()->model()->index(0, 0));
    EXPECT_EQ(view()->currentIndex().data().toString(), u"(171)"_s);
}

TEST_F(MainWindowTest, TheCalculationsPageListsTheFilingsOwnCalculationsInconsistentFirst)
{
    const QString name = u"ixbrl/aeon-20230930-10-q/aeon-20230930x10q.htm"_s;
    const QString path = TestData::edgarPath(name);
    if (path.isEmpty())
        GTEST_SKIP() << TestData::edgarAbsent(name);
    window.openFiles({path});
    const int filing = filingOf(window, Filing::Kind::InlineXbrl);
    const QModelIndex node = window.navigatorModel()->indexOf(filing, NavigatorModel::Node::Calculations);
    ASSERT_TRUE(node.isValid());
    EXPECT_TRUE(node.data().toString().startsWith(u"Calculations — 1 of "_s)) << qPrintable(node.data().toString());
    window.findChild<QTreeView *>()->setCurrentIndex(node);
    CalculationsPage *page = window.calculationsPage();
    page->verdicts()->setCurrentIndex(page->verdicts()->findText(u"Inconsistent"_s));
    ASSERT_EQ(page->view()->model()->rowCount(), 1);
    // The purchase price, 315,332 thousand, against its three tagged items.
    const QModelIndex total = page->view()->model()->index(0, CalculationTableModel::Total);
    EXPECT_EQ(total.data().toString(), u"315,332,000"_s);
    Q_EMIT page->view()->activated(total);
    EXPECT_EQ(view()->currentIndex().data().toString(), u"$ 315,332"_s);
}

TEST_F(MainWindowTest, AFileOpensOnAThreadOfItsOwnAndCanBeCancelled)
{
    const QString path = TestData::dataPath(u"ixbrl/northwind-2025q2-10-q.htm"_s);
    const qsizetype before = window.filings().size();

    auto *cancelledOpen = new BackgroundOpen({path}, &window);
    QSignalSpy dropped(cancelledOpen, &BackgroundOpen::finished);
    QSignalSpy cancelled(cancelledOpen, &BackgroundOpen::cancelled);
    QSignalSpy stoppedFirst(cancelledOpen, &BackgroundOpen::stopped);
    QObject::connect(cancelledOpen, &BackgroundOpen::finished, &window, &MainWindow::openLoaded);
    cancelledOpen->cancel();
    EXPECT_EQ(cancelled.count(), 1);
    EXPECT_FALSE(cancelledOpen->dialog()->isVisible());
    ASSERT_TRUE(stoppedFirst.wait(30000));
    EXPECT_EQ(dropped.count(), 0); // what the thread read is dropped
    EXPECT_EQ(window.filings().size(), before);

    auto *open = new BackgroundOpen({path}, &window);
    QSignalSpy stopped(open, &BackgroundOpen::stopped);
    QObject::connect(open, &BackgroundOpen::finished, &window, &MainWindow::openLoaded);
    EXPECT_TRUE(open->dialog()->labelText().startsWith(u"Opening northwind-2025q2-10-q.htm ("_s))
        << qPrintable(open->dialog()->labelText());
    ASSERT_TRUE(stopped.wait(30000));
    ASSERT_EQ(window.filings().size(), before + 1);
    EXPECT_EQ(window.filings().constLast()->filing.kind, Filing::Kind::InlineXbrl);
}

TEST_F(MainWindowTest, TheTieOutListFiltersByVerdictAndSchedule)
{
    const QModelIndex tieOut = window.navigatorModel()->indexOf(filingOf(window, Filing::Kind::ProspectusSupplement),
                                                                NavigatorModel::Node::TieOut);
    window.findChild<QTreeView *>()->setCurrentIndex(tieOut);
    TieOutPage *page = window.tieOutPage();
    page->verdicts()->setCurrentIndex(1); // Failures only
    ASSERT_EQ(page->view()->model()->rowCount(), 1);
    EXPECT_EQ(page->view()->model()->index(0, CheckTableModel::Reported).data().toString(), u"29,792"_s);
    EXPECT_TRUE(page->countText().startsWith(u"1 of "_s)) << qPrintable(page->countText());
    page->verdicts()->setCurrentIndex(0);
    page->schedules()->setCurrentIndex(1);
    EXPECT_EQ(page->view()->model()->rowCount(), page->view()->checks()->rowCount());
}

TEST_F(MainWindowTest, TheTieOutListReadsVerdictCheckLineAndFiguresFirst)
{
    const QModelIndex tieOut =
        window.navigatorModel()->indexOf(filingOf(window, Filing::Kind::EarningsRelease), NavigatorModel::Node::TieOut);
    window.findChild<QTreeView *>()->setCurrentIndex(tieOut);
    TieOutView *view = window.tieOutPage()->view();
    const QHeaderView *header = view->horizontalHeader();
    const QList<int> order{CheckTableModel::Verdict,  CheckTableModel::Description,  CheckTableModel::PeriodColumn,
                           CheckTableModel::Reported, CheckTableModel::Computed,     CheckTableModel::Difference,
                           CheckTableModel::Kind,     CheckTableModel::FilingColumn, CheckTableModel::ScheduleColumn};
    for (int visual = 0; visual < order.size(); ++visual)
        EXPECT_EQ(header->logicalIndex(visual), order[visual]) << "at " << visual;
    // One filing's list names no filing.
    EXPECT_TRUE(view->isColumnHidden(CheckTableModel::FilingColumn));

    // The check's words keep room however narrow the view, and take what a
    // wide one leaves.
    window.resize(700, 600);
    window.show();
    QApplication::processEvents();
    EXPECT_LT(view->viewport()->width(), header->length());
    EXPECT_EQ(view->columnWidth(CheckTableModel::Description), TieOutView::MinDescriptionWidth);
    window.resize(3000, 600);
    QApplication::processEvents();
    EXPECT_EQ(header->length(), view->viewport()->width());
    EXPECT_GT(view->columnWidth(CheckTableModel::Description), TieOutView::MinDescriptionWidth);
    // Once the analyst sizes it, it stays as sized.
    view->setColumnWidth(CheckTableModel::Description, 150);
    window.resize(2000, 600);
    QApplication::processEvents();
    EXPECT_EQ(view->columnWidth(CheckTableModel::Description), 150);
}

TEST_F(MainWindowTest, MarkupInALabelIsShownLiterally)
{
    QFile original(TestData::northwindPath());
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(original.readAll());
    text.replace(u"Amortization of acquired intangibles"_s, u"<img src=\"x\"> Amortization"_s);
    text.replace(u"Acquisition-Related Items."_s, u"<a href=\"https://example.com\">Acquisitions</a>."_s);
    QTemporaryDir dir;
    QFile marked(dir.filePath(u"marked.txt"_s));
    ASSERT_TRUE(marked.open(QIODevice::WriteOnly));
    marked.write(text.toUtf8());
    marked.close();

    window.openFiles({marked.fileName()});
    ASSERT_TRUE(window.showScheduleTitled(u"Reconciliation of GAAP"_s));
    ASSERT_TRUE(window.selectRow(u"<img src=\"x\"> Amortization"_s, 1));
    const QString panel = window.tracePanel()->browser()->toPlainText();
    EXPECT_TRUE(panel.contains(u"<img src=\"x\"> Amortization"_s)) << qPrintable(panel);
    EXPECT_TRUE(panel.contains(u"<a href=\"https://example.com\">Acquisitions</a>"_s)) << qPrintable(panel);
    EXPECT_EQ(view()->currentIndex().data().toString(), u"<img src=\"x\"> Amortization"_s);
}

TEST_F(MainWindowTest, TheFirstScreenMakesOnlyWhatItShows)
{
    window.resize(1600, 1000);
    window.show();
    QApplication::setActiveWindow(&window);
    view()->setFocus(Qt::ActiveWindowFocusReason);
    QCoreApplication::processEvents();
    ASSERT_TRUE(view()->hasFocus());
    // The charts wait behind the trace panel; the notes and tie-out pages are not made.
    EXPECT_EQ(window.chartPane()->view(), nullptr);
    EXPECT_EQ(window.findChild<DocumentView *>(), nullptr);
    EXPECT_EQ(window.findChild<TieOutPage *>(), nullptr);
    // No cell is current until the analyst picks one, so the panel invites a pick.
    EXPECT_FALSE(view()->currentIndex().isValid());
    EXPECT_EQ(window.tracePanel()->browser()->toPlainText(), QString());
    // The first arrow key lands on the first line.
    QTest::keyClick(view(), Qt::Key_Down);
    EXPECT_EQ(view()->currentIndex().row(), 0);
    EXPECT_TRUE(window.tracePanel()->browser()->toPlainText().contains(u"Net revenues"_s));
    // Picking the Charts tab makes the plot.
    QTabBar *tabs = nullptr;
    for (QTabBar *bar : window.findChildren<QTabBar *>()) {
        for (int t = 0; t < bar->count(); ++t) {
            if (bar->tabText(t) == u"Charts"_s) {
                tabs = bar;
                bar->setCurrentIndex(t);
            }
        }
    }
    ASSERT_NE(tabs, nullptr);
    QCoreApplication::processEvents();
    ASSERT_NE(window.chartPane()->view(), nullptr);
    EXPECT_EQ(window.chartPane()->view()->chart().title, u"Net Product Revenue by Operating Segment"_s);
}

TEST_F(MainWindowTest, TheChartsDockDrawsTheReleasesSegmentsOnceShown)
{
    ChartPane *pane = window.chartPane();
    // Closed behind the trace panel, the pane has not made a plot yet.
    EXPECT_EQ(pane->view(), nullptr);
    pane->showKind(ChartData::Kind::Segments);
    window.resize(1600, 1000);
    window.show();
    window.showChartDock();
    ASSERT_NE(pane->view(), nullptr);
    EXPECT_EQ(pane->message(), QString());
    EXPECT_EQ(pane->view()->chart().title, u"Net Product Revenue by Operating Segment"_s);
    EXPECT_EQ(pane->view()->chart().categories,
              (QStringList{u"Infrastructure"_s, u"Service Layer Technologies"_s, u"Total"_s}));
    EXPECT_TRUE(pane->saveAction()->isEnabled());
    auto *picker = pane->findChild<QComboBox *>();
    ASSERT_NE(picker, nullptr);
    EXPECT_EQ(picker->count(), 6);
    EXPECT_EQ(picker->currentText(), u"Segments"_s);
}

TEST_F(MainWindowTest, TheChartTheAnalystPicksIsTheOneTheNextWindowShows)
{
    // Opening filings leaves the settings alone.
    EXPECT_FALSE(QSettings().contains(u"charts/kind"_s));
    auto *picker = window.chartPane()->findChild<QComboBox *>();
    ASSERT_NE(picker, nullptr);
    const int bridge = picker->findText(u"Net income bridge"_s);
    ASSERT_GE(bridge, 0) << qPrintable(picker->itemText(0));
    picker->setCurrentIndex(bridge);
    Q_EMIT picker->activated(bridge);
    MainWindow next;
    next.openFiles(FilingImporter::bundledFilings());
    EXPECT_EQ(next.chartPane()->chart().kind, ChartData::Kind::BridgeNetIncome);
}

TEST_F(MainWindowTest, TheProspectusSaysWhyItHasNoCharts)
{
    window.show();
    window.showChartDock();
    ASSERT_TRUE(window.showScheduleTitled(u"Selling Security Holders"_s));
    ChartPane *pane = window.chartPane();
    pane->showKind(ChartData::Kind::BridgeNetIncome);
    EXPECT_EQ(pane->message(), u"No reconciliation of net income was found."_s);
    EXPECT_FALSE(pane->saveAction()->isEnabled());
    EXPECT_FALSE(pane->copyAction()->isEnabled());
}

TEST_F(MainWindowTest, ChartSelectionChartsTheSelectedRowsAcrossThePeriods)
{
    select(
        {cell(u"Research and development"_s, 1), cell(u"Sales and marketing"_s, 0), cell(u"Sales and marketing"_s, 2)});
    window.show();
    window.chartSelection();
    const ChartData &chart = window.chartPane()->chart();
    EXPECT_EQ(chart.kind, ChartData::Kind::Selection);
    EXPECT_EQ(chart.categories, (QStringList{u"Research and development"_s, u"Sales and marketing"_s}));
    ASSERT_EQ(chart.series.size(), 2);
    EXPECT_EQ(chart.series[1].name, u"Q1 2007"_s);
    EXPECT_EQ(chart.series[1].labels, (QStringList{u"141,093"_s, u"150,656"_s}));
    ASSERT_NE(window.chartPane()->view(), nullptr);
    EXPECT_EQ(window.chartPane()->view()->chart().kind, ChartData::Kind::Selection);
}

TEST_F(MainWindowTest, CopyChartPutsAnImageAndItsFiguresOnTheClipboard)
{
    ChartPane *pane = window.chartPane();
    pane->showKind(ChartData::Kind::Segments);
    pane->copyAction()->trigger();
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    ASSERT_NE(mime, nullptr);
    ASSERT_TRUE(mime->hasImage());
    EXPECT_EQ(qvariant_cast<QImage>(mime->imageData()).size(), QSize(3200, 2000));
    EXPECT_EQ(mime->text(), u"\tQ1 2006\tQ1 2007\nInfrastructure\t363004\t385249\n"
                            u"Service Layer Technologies\t111121\t124524\nTotal\t474125\t509773\n"_s);
}

TEST_F(MainWindowTest, ExportReportFollowsTheScheduleShownAndDrawsTheBridgesAsText)
{
    QTemporaryDir dir;
    ASSERT_TRUE(window.showScheduleTitled(u"Reconciliation between GAAP"_s));
    const QString path = dir.filePath(u"reconciliation.pdf"_s);
    ASSERT_EQ(window.reportActions()->exportPdf(path), QString());
    const QString text = PdfPages::text(path, PdfPages::Layout::ReadingOrder).simplified();
    ASSERT_FALSE(text.isEmpty()) << "pdftotext read no text from " << qPrintable(path);
    // The bridge charts are vectors: their titles and figures are text in the PDF.
    EXPECT_TRUE(text.contains(u"GAAP Operating income to Non-GAAP Operating income"_s));
    EXPECT_TRUE(text.contains(u"GAAP Net income to Non-GAAP Net income"_s));
    EXPECT_TRUE(text.contains(u"Note D: Non-GAAP Net Income Per Share Items"_s));

    // On another schedule, its own report.
    ASSERT_TRUE(window.showScheduleTitled(u"Balance Sheets"_s));
    const std::optional<Report> balance = window.currentReport();
    ASSERT_TRUE(balance.has_value());
    EXPECT_TRUE(balance->title.endsWith(u"Condensed Consolidated Balance Sheets"_s)) << qPrintable(balance->title);
}

// File > Print Preview shows the report's pages, the same pages Export
// writes; the orientation chosen in the preview is the one Export uses next.
TEST_F(MainWindowTest, PrintPreviewShowsTheReportsPagesAndItsOrientationCarriesToExport)
{
    QTemporaryDir dir;
    ASSERT_TRUE(window.showScheduleTitled(u"Reconciliation between GAAP"_s));
    const QString portrait = dir.filePath(u"portrait.pdf"_s);
    ASSERT_EQ(window.reportActions()->exportPdf(portrait), QString());
    const PdfPages::Info written = PdfPages::info(portrait);
    ASSERT_GE(written.count, 2); // the reconciliation, then its bridges and notes
    EXPECT_FALSE(written.landscape);

    QString title;
    int previewPages = 0;
    QTimer::singleShot(0, &window, [&] {
        QPrintPreviewDialog *dialog = nullptr;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *shown = qobject_cast<QPrintPreviewDialog *>(widget); shown && shown->isVisible())
                dialog = shown;
        }
        ASSERT_NE(dialog, nullptr) << "no preview shown";
        EXPECT_EQ(QApplication::activeModalWidget(), dialog);
        title = dialog->windowTitle();
        if (auto *preview = dialog->findChild<QPrintPreviewWidget *>()) {
            previewPages = preview->pageCount();
            preview->setLandscapeOrientation();
        }
        dialog->reject();
    });
    QAction *previewAction = window.reportActions()->actions().value(0);
    ASSERT_NE(previewAction, nullptr);
    previewAction->trigger();

    EXPECT_EQ(title, u"Print Preview — "_s + window.currentReport()->title);
    EXPECT_EQ(previewPages, written.count);
    const QString landscape = dir.filePath(u"landscape.pdf"_s);
    ASSERT_EQ(window.reportActions()->exportPdf(landscape), QString());
    EXPECT_TRUE(PdfPages::info(landscape).landscape);
}

TEST_F(MainWindowTest, TooltipsShowAFilingsMarkupAsTheTextItIs)
{
    // As typed in tests/data/bad/markup-in-notes.txt.
    const QString label = u"<a href=\"http://x\">Restructuring</a> & <script>alert(1)</script>"_s;
    window.openFiles({TestData::dataPath(u"bad/markup-in-notes.txt"_s)});
    ASSERT_TRUE(window.showScheduleTitled(u"Reconciliation of GAAP to Non-GAAP Results"_s));
    window.resize(1400, 900);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    // The value cell of the row: its tooltip starts with the row's label.
    int column = 0;
    while (column < model()->columnCount()
           && model()->index(1, column).data(ScheduleTableModel::ValueRole).toString().isEmpty())
        ++column;
    ASSERT_LT(column, model()->columnCount());
    const QModelIndex value = model()->index(1, column);
    ASSERT_TRUE(value.data(Qt::ToolTipRole).toString().startsWith(label));

    const QPoint at = view()->visualRect(value).center();
    QHelpEvent help(QEvent::ToolTip, at, view()->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view()->viewport(), &help);
    QTextDocument shown;
    shown.setHtml(QToolTip::text());
    EXPECT_TRUE(shown.toPlainText().startsWith(label + u'\n')) << qPrintable(QToolTip::text());
    QToolTip::hideText();
}

TEST_F(MainWindowTest, ExportingOverAnOpenFilingIsRefusedAndLeavesItAsItWas)
{
    QTemporaryDir dir;
    const QString filing = dir.filePath(u"release.csv"_s);
    ASSERT_TRUE(QFile::copy(TestData::northwindPath(), filing));
    QFile original(filing);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();
    window.openFiles({filing});

    const QString error = window.exportScheduleCsv(filing);
    EXPECT_TRUE(error.endsWith(u"it is a filing Tieout has read, and Tieout never writes to a filing"_s))
        << qPrintable(error);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    EXPECT_EQ(original.readAll(), before);
}
