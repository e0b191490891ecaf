// SPDX-License-Identifier: GPL-3.0-or-later
// The main window offscreen, on the bundled filings, asserted from what the
// user would see: the navigator's items, the status bar, the clipboard, the
// exported CSV, the source view's highlighted line. Expected values are
// typed in from the filings.
#include "DiagnosticsBar.h"
#include "FindBar.h"
#include "MainWindow.h"
#include "SchedulePage.h"
#include "ScheduleView.h"
#include "Settings.h"
#include "SourceView.h"
#include "TracePanel.h"
#include "import/FilingImporter.h"
#include "models/NavigatorModel.h"
#include "models/ScheduleTableModel.h"
#include "support/TestData.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QSettings>
#include <QTemporaryDir>

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
    EXPECT_TRUE(prospectus.contains(u"Tie-out — 9 checks, 1 fails"_s)) << qPrintable(prospectus.join(u'|'));
    const QStringList release = childTexts(*navigator, navigator->index(1, 0));
    ASSERT_EQ(release.size(), 11); // 7 schedules, notes, narrative, tie-out, source
    EXPECT_EQ(release[0], u"Condensed Consolidated Statements of Operations"_s);
    EXPECT_EQ(release[7], u"Notes (4)"_s);
    EXPECT_EQ(release[8], u"Narrative"_s);
    EXPECT_EQ(release[9], u"Tie-out — 63 checks, all tie"_s);
    EXPECT_TRUE(release[10].startsWith(u"Source — juniper-2007-04-23"_s));
}

TEST_F(MainWindowTest, OpensOnTheNewestFilingWithItsUnitsAndTieOutInTheStatusBar)
{
    EXPECT_EQ(model()->schedule().title, u"Condensed Consolidated Statements of Operations"_s);
    const QString status = window.statusText();
    EXPECT_TRUE(status.contains(u"$ in thousands, except per share amounts"_s)) << qPrintable(status);
    EXPECT_TRUE(status.contains(u"Tie-out: 63 checks, all tie"_s)) << qPrintable(status);
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
    EXPECT_TRUE(withHeaders.startsWith(
            u"\tThree Months Ended March 31, 2007\tThree Months Ended March 31, 2006\n"_s))
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
    const QString trace = window.tracePanel()->toPlainText();
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
    EXPECT_TRUE(window.statusText().contains(u"9 checks, 1 fails"_s)) << qPrintable(window.statusText());
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
