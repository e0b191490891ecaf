// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"
#include "compare/FilingSetComparison.h"
#include "filing/Diagnostic.h"
#include "loading/FilingLoader.h"
#include "models/ScheduleViewOptions.h"
#include "report/Report.h"
#include "tracesheet/Place.h"

#include <QMainWindow>

class ChartPane;
class ReportActions;
class FilingExportAction;
class WorkbookExportAction;
class DiagnosticsBar;
class DocumentView;
class FindBar;
class LabelFind;
class NavigatorModel;
class QAction;
class QLabel;
class QMenu;
class PaneFocus;
class QUndoStack;
class ViewZoom;
class PlaceNavigator;
class QStackedWidget;
class RecentFilesMenu;
class QTreeView;
class SchedulePage;
class SourcePane;
class SourceView;
class StatusLine;
class BackgroundOpen;
class CalculationsPage;
class RestatementsPage;
class HistoryPage;
class FactsPage;
class TieOutPage;
class TracePanel;
class ViewOptionActions;
class WindowDocks;

// The main window. It wires the navigator, the pages, the docks and the
// actions to the core; it computes nothing itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Imports and analyses each file; failures go to the diagnostics bar.
    // File > Open from EDGAR…: the dialog, whose downloads open here.
    void openFromEdgar();
    void openFiles(const QStringList &paths);
    // The same for files the analyst picked: past a few megabytes, on a
    // thread of its own with a progress dialog that can cancel. The
    // BackgroundOpen, or null when the files were opened at once.
    BackgroundOpen *openPicked(const QStringList &paths);
    // Shows filings already imported and analysed (FilingLoader::start).
    void openLoaded(const QList<FilingLoader::Loaded> &loaded);
    void closeFiling(int filing);
    const QList<FilingAnalysisPtr> &filings() const { return m_filings; }
    // The filing shown, or -1.
    int currentFiling() const { return m_filing; }

    // Shows a schedule of an open filing; false when there is none such.
    bool showSchedule(int filing, int schedule);
    // The notes, narrative or tie-out list of an open filing; false when there is none such.
    bool showFilingNode(int filing, int node);
    // The first schedule, in any open filing, whose title contains `title`.
    bool showScheduleTitled(const QString &title);
    // Selects the label of the n-th row (from 1) with this label in the shown schedule.
    // `period` from 0 selects that period's cell; -1 the row.
    bool selectRow(const QString &label, int occurrence = 1, int period = -1);
    // Follows a link of the trace panel or a reading view: a place is
    // recorded for Back and shown; a place in the file shows in the source view.
    void follow(const TraceTarget &target);
    // Where the analyst is: the current row or cell, or the note shown.
    Place currentPlace() const;

    // The selection on the clipboard, as TSV and HTML.
    void copySelection(bool withHeaders);
    // Writes the shown schedule as CSV through QSaveFile; the error, or empty.
    QString exportScheduleCsv(const QString &path);

    SchedulePage *schedulePage() const { return m_schedulePage; }
    NavigatorModel *navigatorModel() const { return m_navigatorModel; }
    TracePanel *tracePanel() const { return m_trace; }
    // The notes and narrative page, made when first shown.
    DocumentView *documentPage();
    // The tie-out page, made when first shown.
    TieOutPage *tieOutPage();
    FactsPage *factsPage();
    CalculationsPage *calculationsPage();
    RestatementsPage *restatementsPage();
    HistoryPage *historyPage();
    // View > History Across Filings: the schedule shown with the periods of
    // every filing of its company open, its current line charted across
    // them. False when no schedule is shown.
    bool showHistory();
    // What the open filings report differently from one another.
    const FilingSetComparison &comparison() const { return m_comparison; }
    PlaceNavigator *placeNavigator() const { return m_places; }
    PaneFocus *paneFocus() const { return m_panes; }
    // Edit > Undo and Redo: view options, and closing a filing.
    QUndoStack *undoStack() const { return m_undo; }
    ViewZoom *zoom() const { return m_zoom; }
    SourceView *sourceView() const;
    SourcePane *sourcePane() const { return m_source; }
    ChartPane *chartPane() const { return m_charts; }
    ReportActions *reportActions() const { return m_reports; }
    // File > Export Filing: every schedule of the filing shown.
    FilingExportAction *filingExportAction() const { return m_exportFiling; }
    WorkbookExportAction *workbookExportAction() const { return m_exportWorkbook; }
    // The report for what is shown (File > Print Preview, Print, Export Report as PDF).
    std::optional<Report> currentReport() const;
    // Charts the rows selected in the schedule shown, in the Charts dock.
    void chartSelection();
    // Shows the Charts dock in front of the docks it shares a place with.
    void showChartDock();
    DiagnosticsBar *diagnosticsBar() const { return m_diagnostics; }
    FindBar *findBar() const { return m_find; }
    RecentFilesMenu *recentMenu() const { return m_recentMenu; }
    QString statusText() const;
    // Resizes the window and gives the docks their usual share of it.
    void resizeWithDocks(QSize size);
    // View > Trace and Charts Together: one above the other, or tabs.
    QAction *traceWithChartsAction() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    template<typename ListPage>
    ListPage *listPage(ListPage *&page);
    enum class Page { Empty, Schedule, Document, Facts, Calculations, Restatements, TieOut };

    void createPages();
    void createDocks();
    void createActions();
    void createStatusBar();
    void arrangeDocks(QSize size);
    QWidget *centralFocus() const;
    void updateTabOrder();
    void refreshNavigator();
    // Each open filing, and its file name, by its index.
    QList<const Filing *> openFilings() const;
    QStringList fileNames() const;
    void refreshRecentMenu();
    void showNode(const QModelIndex &index);
    void showFilingPage(int filing, Page page);
    void goTo(const Place &place);
    // A link of the trace panel, followed in the filing the panel describes.
    void followFromTrace(const TraceTarget &target);
    void followIn(int filing, const TraceTarget &target);
    // Empties the trace panel, and forgets which filing it described.
    void clearTrace();
    // Takes a filing out of the window and everything that belonged to it.
    void removeFiling(int filing);
    int indexOf(const FilingAnalysisPtr &analysis) const;
    void showSource(int filing, int line, int column, int length = 0);
    void updateViewActions();
    void setViewOptions(const ScheduleViewOptions &options);
    void applyViewOptions(const QString &path, int schedule, const ScheduleViewOptions &options);
    void reopenFiling(const QString &path, int at, int schedule);
    int indexOfPath(const QString &path) const;
    void cellChanged(const QModelIndex &current);
    void updateStatus();
    // A message of what an action did, for a few seconds.
    void showStatus(const QString &text);
    void updateDiagnostics();
    void openDialog();

    QList<FilingAnalysisPtr> m_filings;
    Diagnostics m_openErrors;
    int m_filing = -1;
    int m_schedule = -1;
    FilingAnalysisPtr m_traced; // the filing whose row the trace panel shows

    NavigatorModel *m_navigatorModel = nullptr;
    QTreeView *m_navigator = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_empty = nullptr;
    SchedulePage *m_schedulePage = nullptr;
    DocumentView *m_document = nullptr;
    TieOutPage *m_tieOut = nullptr;
    FactsPage *m_facts = nullptr;
    CalculationsPage *m_calculations = nullptr;
    RestatementsPage *m_restatements = nullptr;
    HistoryPage *m_history = nullptr;
    FilingSetComparison m_comparison;
    DiagnosticsBar *m_diagnostics = nullptr;
    FindBar *m_find = nullptr;
    LabelFind *m_labelFind = nullptr;
    TracePanel *m_trace = nullptr;
    SourcePane *m_source = nullptr;
    ChartPane *m_charts = nullptr;
    ReportActions *m_reports = nullptr;
    FilingExportAction *m_exportFiling = nullptr;
    WorkbookExportAction *m_exportWorkbook = nullptr;
    WindowDocks *m_docks = nullptr;

    StatusLine *m_status = nullptr;
    PlaceNavigator *m_places = nullptr;
    PaneFocus *m_panes = nullptr;
    QUndoStack *m_undo = nullptr;
    ViewZoom *m_zoom = nullptr;
    TraceTarget m_noteToShow; // the note a link asked for, shown when the notes page opens

    ViewOptionActions *m_viewOptions = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_copyHeaders = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_chartSelection = nullptr;
    QAction *m_closeFiling = nullptr;
    bool m_layoutRestored = false;
    RecentFilesMenu *m_recentMenu = nullptr;
};
