// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "BackgroundOpen.h"
#include "CalculationsPage.h"
#include "DiagnosticsBar.h"
#include "DocumentView.h"
#include "FactsPage.h"
#include "FilingExportAction.h"
#include "FindBar.h"
#include "HelpMenu.h"
#include "HistoryPage.h"
#include "LabelFind.h"
#include "NavigatorDelegate.h"
#include "PaneFocus.h"
#include "PlaceNavigator.h"
#include "RecentFilesMenu.h"
#include "RenderedSource.h"
#include "ReportActions.h"
#include "RestatementsPage.h"
#include "SchedulePage.h"
#include "ScheduleView.h"
#include "SourcePane.h"
#include "SourceView.h"
#include "StatusLine.h"
#include "TieOutPage.h"
#include "TieOutView.h"
#include "TracePanel.h"
#include "ViewOptionActions.h"
#include "ViewZoom.h"
#include "WindowCommand.h"
#include "WindowDocks.h"
#include "WorkbookExportAction.h"
#include "chartdata/ChartBuilder.h"
#include "charts/ChartExporter.h"
#include "charts/ChartPane.h"
#include "desktop/LiteralText.h"
#include "desktop/Settings.h"
#include "edgar/EdgarSettings.h"
#include "edgar/EdgarSettingsDialog.h"
#include "edgar/OpenFromEdgarDialog.h"
#include "import/FilingImporter.h"
#include "models/NavigatorModel.h"
#include "models/ScheduleTableModel.h"
#include "models/TraceModel.h"
#include "report/ReportBuilder.h"
#include "tracesheet/ComparedSections.h"
#include "tracesheet/TraceComposer.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The filing to show first among those just opened: the most recent one.
int newestOf(const QList<FilingAnalysisPtr> &filings, int first)
{
    int newest = first;
    for (int f = first; f < filings.size(); ++f) {
        if (filings[f]->filing.date > filings[newest]->filing.date)
            newest = f;
    }
    return newest;
}

// Room for the navigator, a schedule of four periods and the trace panel when
// the screen has it, and never more than nine-tenths of a smaller screen.
QSize firstSize(const QScreen *screen)
{
    const QSize wanted(1400, 900);
    return screen ? wanted.boundedTo(screen->availableGeometry().size() * 0.9) : wanted;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Tieout"));
    setAcceptDrops(true);
    LiteralText::install();
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    m_places = new PlaceNavigator(this);
    m_viewOptions = new ViewOptionActions(this);
    connect(m_viewOptions, &ViewOptionActions::optionsChanged, this, &MainWindow::setViewOptions);
    connect(m_places, &PlaceNavigator::placeRequested, this, &MainWindow::goTo);
    m_panes = new PaneFocus(this);
    m_undo = new QUndoStack(this);
    m_zoom = new ViewZoom(this);
    connect(m_zoom, &ViewZoom::changed, this,
            [this](int percent) { statusBar()->showMessage(tr("Zoom %1%").arg(percent), 2000); });
    createPages();
    createDocks();
    createActions();
    createStatusBar();
    resizeWithDocks(firstSize(screen()));
    restoreGeometry(Settings::windowGeometry());
    m_layoutRestored = restoreState(Settings::windowState());
    if (m_layoutRestored)
        m_docks->readRestoredLayout();
    refreshNavigator();
}

void MainWindow::createPages()
{
    m_empty = new QLabel(tr("Open a filing with File > Open, or drop one here."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_schedulePage = new SchedulePage(this);
    connect(m_schedulePage, &SchedulePage::status, this, &MainWindow::showStatus);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(m_schedulePage);

    m_diagnostics = new DiagnosticsBar(this);
    m_find = new FindBar(this);
    auto *centre = new QWidget(this);
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_diagnostics);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_find);
    setCentralWidget(centre);

    QItemSelectionModel *selection = m_schedulePage->view()->selectionModel();
    connect(selection, &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { cellChanged(current); });
    // The panel describes the current cell while it is highlighted: Ctrl+click
    // or Ctrl+Space taking it out of the selection empties the panel.
    connect(selection, &QItemSelectionModel::selectionChanged, this, [this, selection] {
        const QModelIndex current = selection->currentIndex();
        if (!current.isValid())
            return;
        if (!selection->isSelected(current))
            clearTrace();
        else if (!m_traced)
            cellChanged(current);
    });
    connect(m_schedulePage->model(), &QAbstractItemModel::modelReset, this, [this] {
        // Another schedule, or other columns: no cell is current any more.
        clearTrace();
        updateViewActions();
        updateStatus();
    });
    connect(m_diagnostics, &DiagnosticsBar::locationActivated, this,
            [this](int filing, int line, int column) { showSource(filing, line, column); });
    m_labelFind = new LabelFind(
        m_find, m_schedulePage, &m_filings, [this](int filing, int schedule) { return showSchedule(filing, schedule); },
        this);
}

// The reading and tie-out pages are made when first asked for: the first
// screen shows a schedule.
DocumentView *MainWindow::documentPage()
{
    if (!m_document) {
        m_document = new DocumentView(this);
        connect(m_document, &DocumentView::targetActivated, this, &MainWindow::follow);
        m_pages->addWidget(m_document);
        m_zoom->add(m_document);
        updateTabOrder();
    }
    return m_document;
}

TieOutPage *MainWindow::tieOutPage()
{
    if (!m_tieOut) {
        m_tieOut = new TieOutPage(this);
        connect(m_tieOut->view(), &TieOutView::cellRequested, this,
                [this](int filing, int schedule, int row, int line, int column) {
                    showSchedule(filing, schedule);
                    m_schedulePage->selectCell(row, line, column);
                });
        m_tieOut->view()->setTabKeyNavigation(false);
        m_zoom->add(m_tieOut->view());
        m_pages->addWidget(m_tieOut);
        updateTabOrder();
    }
    return m_tieOut;
}

// A list page made on first use: its rows open their places in the window.
template<typename ListPage>
ListPage *MainWindow::listPage(ListPage *&page)
{
    if (!page) {
        page = new ListPage(this);
        connect(page, &PlaceListPage::cellRequested, this, [this](int filing, int schedule, int row, int period) {
            showSchedule(filing, schedule);
            m_schedulePage->selectPeriod(row, period);
        });
        connect(page, &PlaceListPage::sourceRequested, this,
                [this](int filing, int line, int column) { showSource(filing, line, column, 1); });
        m_zoom->add(page->view());
        m_pages->addWidget(page);
        updateTabOrder();
    }
    return page;
}

FactsPage *MainWindow::factsPage()
{
    return listPage(m_facts);
}

CalculationsPage *MainWindow::calculationsPage()
{
    return listPage(m_calculations);
}

RestatementsPage *MainWindow::restatementsPage()
{
    return listPage(m_restatements);
}

HistoryPage *MainWindow::historyPage()
{
    if (!m_history) {
        listPage(m_history);
        connect(m_history, &HistoryPage::chartRequested, this, [this](const QList<qsizetype> &lines) {
            const ScheduleHistory &history = m_history->history();
            if (history.filing < 0 || history.filing >= m_filings.size())
                return;
            m_charts->showSelection(ChartBuilder::history(*m_filings[history.filing], history, lines));
            showChartDock();
        });
    }
    return m_history;
}

bool MainWindow::showHistory()
{
    if (m_filing < 0 || m_filing >= m_filings.size() || m_pages->currentWidget() != m_schedulePage)
        return false;
    const ScheduleHistory history = ScheduleHistory::of(openFilings(), m_filing, m_schedule);
    if (history.columns.isEmpty())
        return false;
    // The line the analyst is on, across every period.
    const QModelIndex current = m_schedulePage->view()->currentIndex();
    const QString line = current.isValid()
                             ? m_filings[m_filing]->filing.schedules[m_schedule].rows.value(current.row()).label
                             : QString();
    HistoryPage *page = historyPage();
    page->setHistory(history, fileNames());
    page->selectLine(line);
    m_pages->setCurrentWidget(page);
    Q_EMIT page->chartRequested(page->selectedLines());
    return true;
}

void MainWindow::createDocks()
{
    m_navigatorModel = new NavigatorModel(this);
    m_navigator = new QTreeView(this);
    m_navigator->setModel(m_navigatorModel);
    m_navigator->setHeaderHidden(true);
    m_navigator->setItemDelegate(new NavigatorDelegate(m_navigator)); // long titles wrap
    m_navigator->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigator->setAccessibleName(tr("Navigator"));
    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showNode(current); });

    m_trace = new TracePanel(this);
    connect(m_trace, &TracePanel::targetActivated, this, &MainWindow::followFromTrace);
    m_source = new SourcePane(this);
    m_charts = new ChartPane(this);
    connect(m_charts, &ChartPane::status, this, &MainWindow::showStatus);

    m_docks = new WindowDocks(this, {m_navigator, m_trace, m_charts, m_source});

    m_panes->setPanes({
        {m_docks->navigator(), [this] { return m_navigator; }},
        {m_pages, [this] { return centralFocus(); }},
        {m_docks->trace(), [this] { return m_trace->browser(); }},
        {m_docks->charts(), [this] { return m_charts; }},
        {m_docks->source(), [this] { return m_source; }},
    });
    updateTabOrder();
    for (QWidget *surface :
         {static_cast<QWidget *>(m_schedulePage->view()), static_cast<QWidget *>(m_trace->browser()),
          static_cast<QWidget *>(m_source->textView()), static_cast<QWidget *>(m_source->renderedView())})
        m_zoom->add(surface);
}

SourceView *MainWindow::sourceView() const
{
    return m_source->textView();
}

// What takes the keyboard in the page shown: the table, the text, the list.
QWidget *MainWindow::centralFocus() const
{
    QWidget *page = m_pages->currentWidget();
    if (page == m_schedulePage)
        return m_schedulePage->view();
    if (m_tieOut && page == m_tieOut)
        return m_tieOut->view();
    if (m_facts && page == m_facts)
        return m_facts->view();
    if (m_calculations && page == m_calculations)
        return m_calculations->view();
    return page == m_empty ? nullptr : page;
}

// Tab goes from pane to pane in the order they sit: the navigator, the page,
// the trace panel, the charts, the source.
void MainWindow::updateTabOrder()
{
    QList<QWidget *> chain{m_navigator, m_schedulePage->view()};
    if (m_document)
        chain << m_document;
    if (m_facts)
        chain << m_facts->view();
    if (m_calculations)
        chain << m_calculations->view();
    if (m_tieOut)
        chain << m_tieOut->view();
    chain << m_trace->browser() << m_charts << m_source;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

void MainWindow::resizeWithDocks(QSize size)
{
    resize(size);
    arrangeDocks(size);
}

QAction *MainWindow::traceWithChartsAction() const
{
    return m_docks->togetherAction();
}

void MainWindow::arrangeDocks(QSize size)
{
    m_docks->arrange(size, m_schedulePage->view()->widthFor(360));
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open earnings releases or prospectus supplements"));
    QAction *fromEdgar = file->addAction(tr("Open from &EDGAR…"), this, &MainWindow::openFromEdgar);
    fromEdgar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    fromEdgar->setStatusTip(tr("Find a company's earnings releases, 10-Qs and 10-Ks on SEC EDGAR by ticker"));
    m_recentMenu = new RecentFilesMenu(tr("Open &Recent"), this);
    connect(m_recentMenu, &RecentFilesMenu::openRequested, this, [this](const QString &path) { openPicked({path}); });
    file->addMenu(m_recentMenu);
    m_closeFiling = file->addAction(tr("&Close Filing"), this, [this] { closeFiling(m_filing); });
    m_closeFiling->setShortcut(QKeySequence::Close);
    file->addSeparator();
    m_reports = new ReportActions([this] { return currentReport(); }, this);
    connect(m_reports, &ReportActions::status, this, &MainWindow::showStatus);
    file->addActions(m_reports->actions());
    file->addSeparator();
    m_exportCsv = file->addAction(tr("&Export Schedule as CSV…"), m_schedulePage, &SchedulePage::exportCsvAs);
    m_exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportFiling = new FilingExportAction([this] { return m_filings.value(m_filing); }, this);
    connect(m_exportFiling, &FilingExportAction::status, this, &MainWindow::showStatus);
    file->addAction(m_exportFiling->action());
    m_exportWorkbook = new WorkbookExportAction(
        [this] {
            const ScheduleTableModel *model = m_schedulePage->model();
            const bool scheduleShown = m_pages->currentWidget() == m_schedulePage && model->analysis();
            return WorkbookExportAction::Shown{m_filings.value(m_filing), scheduleShown ? model->scheduleIndex() : -1};
        },
        this);
    connect(m_exportWorkbook, &WorkbookExportAction::status, this, &MainWindow::showStatus);
    file->insertAction(m_exportFiling->action(), m_exportWorkbook->scheduleAction());
    file->addAction(m_exportWorkbook->filingAction());
    // Enabled for what is shown when the menu opens: neither has a shortcut.
    connect(file, &QMenu::aboutToShow, m_exportWorkbook, &WorkbookExportAction::update);
    file->addSeparator();
    file->addAction(tr("EDGAR Se&ttings…"), this, [this] { EdgarSettingsDialog(QString(), this).exec(); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_copy = edit->addAction(tr("&Copy"), this, [this] { copySelection(false); });
    m_copy->setShortcut(QKeySequence::Copy);
    m_copyHeaders = edit->addAction(tr("Copy with &Headers"), this, [this] { copySelection(true); });
    m_copyHeaders->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    edit->addSeparator();
    QAction *findAction = edit->addAction(tr("&Find…"), m_find, &FindBar::activate);
    findAction->setShortcut(QKeySequence::Find);
    QAction *next = edit->addAction(tr("Find &Next"), m_labelFind, [this] { m_labelFind->step(1); });
    next->setShortcut(QKeySequence::FindNext);
    QAction *previous = edit->addAction(tr("Find &Previous"), m_labelFind, [this] { m_labelFind->step(-1); });
    previous->setShortcut(QKeySequence::FindPrevious);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_viewOptions->actions());
    view->addSeparator();
    for (QDockWidget *d : m_docks->all())
        view->addAction(d->toggleViewAction());
    view->addAction(m_docks->togetherAction());
    view->addSeparator();
    view->addActions(m_zoom->actions());

    view->addSeparator();
    QAction *history = view->addAction(tr("&History Across Filings"), this, [this] {
        if (!showHistory())
            showStatus(tr("Open a schedule to see its history across the filings open"));
    });
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    history->setStatusTip(tr("Show the schedule with the periods of every filing of its company open, as last "
                             "reported, and chart its lines across them"));

    m_chartSelection = new QAction(tr("Chart Se&lection"), this);
    m_chartSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_chartSelection->setStatusTip(tr("Chart the selected rows of the schedule across its periods"));
    connect(m_chartSelection, &QAction::triggered, this, &MainWindow::chartSelection);
    m_charts->fillMenu(menuBar()->addMenu(tr("&Chart")), m_chartSelection);
    connect(m_charts, &ChartPane::chartPicked, this, &MainWindow::showChartDock);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_places->backAction());
    go->addAction(m_places->forwardAction());
    go->addSeparator();
    go->addAction(m_panes->nextAction());
    go->addAction(m_panes->previousAction());
    m_trace->addNavigation(m_places->backAction(), m_places->forwardAction());

    QToolBar *tools = addToolBar(tr("View Options"));
    tools->setObjectName(u"viewOptions"_s);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(open);
    tools->addSeparator();
    tools->addActions(m_viewOptions->actions());
    tools->addSeparator();
    tools->addAction(findAction);

    menuBar()->addMenu(new HelpMenu(menuBar(), this));
    refreshRecentMenu();
    updateViewActions();
}

void MainWindow::createStatusBar()
{
    m_status = new StatusLine(statusBar());
}

void MainWindow::openFiles(const QStringList &paths)
{
    openLoaded(FilingLoader::load(paths));
}

void MainWindow::openFromEdgar()
{
    auto *dialog = new OpenFromEdgarDialog(EdgarSettings::options(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OpenFromEdgarDialog::filesReady, this, [this](const QStringList &paths) { openPicked(paths); });
    dialog->open();
}

BackgroundOpen *MainWindow::openPicked(const QStringList &paths)
{
    // A release opens in a tenth of a second; an inline XBRL 10-K of 20 MB
    // takes seconds.
    constexpr qint64 AtOnce = 4'000'000;
    qint64 bytes = 0;
    for (const QString &path : paths)
        bytes += QFileInfo(path).size();
    if (bytes < AtOnce) {
        openFiles(paths);
        return nullptr;
    }
    auto *open = new BackgroundOpen(paths, this);
    connect(open, &BackgroundOpen::finished, this, &MainWindow::openLoaded);
    connect(open, &BackgroundOpen::cancelled, this, [this] { showStatus(tr("Opening cancelled")); });
    return open;
}

void MainWindow::openLoaded(const QList<FilingLoader::Loaded> &loaded)
{
    const int first = int(m_filings.size());
    // The bar says why this open failed, not why an earlier one did.
    m_openErrors.clear();
    for (const FilingLoader::Loaded &filing : loaded) {
        if (!filing.analysis) {
            m_openErrors.append(filing.errors);
            continue;
        }
        m_filings.append(filing.analysis);
        if (!filing.path.startsWith(u':'))
            Settings::addRecentFile(QFileInfo(filing.path).absoluteFilePath(),
                                    NavigatorModel::filingName(filing.analysis->filing));
    }
    refreshNavigator();
    refreshRecentMenu();
    if (m_filings.size() > first) {
        showSchedule(newestOf(m_filings, first), 0);
        // The first schedule shown decides the docks' shares, unless the
        // analyst's own layout was restored.
        if (first == 0 && !m_layoutRestored)
            arrangeDocks(size());
    } else {
        updateDiagnostics();
    }
}

// Closing a filing is a step Undo takes back by opening the file again,
// at the same place in the navigator, showing what was shown.
void MainWindow::closeFiling(int filing)
{
    if (filing < 0 || filing >= m_filings.size())
        return;
    const QString path = m_filings[filing]->filing.path;
    const int schedule = filing == m_filing && m_schedule >= 0 ? m_schedule : 0;
    const QString name = m_navigatorModel->nameOf(filing);
    m_undo->push(new WindowCommand(
        tr("Close %1").arg(name),
        [this, path, filing] {
            const int at =
                filing < m_filings.size() && m_filings[filing]->filing.path == path ? filing : indexOfPath(path);
            removeFiling(at);
        },
        [this, path, filing, schedule] { reopenFiling(path, filing, schedule); }));
}

void MainWindow::reopenFiling(const QString &path, int at, int schedule)
{
    const QList<FilingLoader::Loaded> loaded = FilingLoader::load({path});
    if (loaded.isEmpty() || !loaded.constFirst().analysis) {
        for (const FilingLoader::Loaded &failed : loaded)
            m_openErrors.append(failed.errors);
        updateDiagnostics();
        return;
    }
    at = qBound(0, at, int(m_filings.size()));
    m_filings.insert(at, loaded.constFirst().analysis);
    if (m_filing >= at)
        ++m_filing;
    m_places->insertFiling(at);
    refreshNavigator();
    if (!showSchedule(at, schedule))
        showSchedule(at, 0);
}

int MainWindow::indexOfPath(const QString &path) const
{
    for (int f = 0; f < m_filings.size(); ++f) {
        if (m_filings[f]->filing.path == path)
            return f;
    }
    return -1;
}

void MainWindow::removeFiling(int filing)
{
    if (filing < 0 || filing >= m_filings.size())
        return;
    // Where the analyst is, to stay there when another filing closes.
    const QModelIndex node = m_navigator->currentIndex();
    const auto shownNode = NavigatorModel::Node(node.data(NavigatorModel::NodeRole).toInt());
    const int shownSchedule = node.data(NavigatorModel::ScheduleRole).toInt();
    const FilingAnalysisPtr closed = m_filings.takeAt(filing);
    const bool wasShown = filing == m_filing;
    if (m_filing > filing)
        --m_filing;
    else if (wasShown)
        m_filing = -1;
    if (m_traced == closed || wasShown)
        clearTrace();
    m_places->forgetFiling(filing);
    m_openErrors.clear();
    m_labelFind->forget();
    m_noteToShow = {};
    if (wasShown)
        m_source->setText({}, {}); // its highlight goes with it, even if another copy of the file is open
    refreshNavigator();
    if (m_filings.isEmpty()) {
        m_schedule = -1;
        m_schedulePage->setSchedule({}, -1);
        m_pages->setCurrentWidget(m_empty);
        m_charts->setAnalysis({});
        updateStatus();
        updateDiagnostics();
    } else if (wasShown) {
        showSchedule(qMin(filing, int(m_filings.size()) - 1), 0);
    } else {
        // The filing shown has a new number: select its node again, so
        // every page that keeps a filing's number takes the new one.
        const QModelIndex again = m_navigatorModel->indexOf(m_filing, shownNode, shownSchedule);
        m_navigator->setCurrentIndex(again.isValid() ? again : m_navigatorModel->indexOf(m_filing, shownNode));
        // The trace panel's links into other filings name them by number, and the numbers have changed.
        if (m_traced && m_pages->currentWidget() == m_schedulePage)
            cellChanged(m_schedulePage->view()->currentIndex());
        else
            clearTrace();
        updateStatus();
        updateDiagnostics();
    }
}

int MainWindow::indexOf(const FilingAnalysisPtr &analysis) const
{
    return analysis ? int(m_filings.indexOf(analysis)) : -1;
}

void MainWindow::clearTrace()
{
    m_traced.reset();
    if (!m_trace->model()->sheet().isEmpty())
        m_trace->model()->clear();
}

QList<const Filing *> MainWindow::openFilings() const
{
    QList<const Filing *> filings;
    for (const FilingAnalysisPtr &analysis : m_filings)
        filings.append(&analysis->filing);
    return filings;
}

QStringList MainWindow::fileNames() const
{
    QStringList files;
    for (const FilingAnalysisPtr &analysis : m_filings)
        files.append(analysis->filing.fileName());
    return files;
}

void MainWindow::refreshNavigator()
{
    m_comparison = FilingSetComparison::of(openFilings());
    m_navigatorModel->setFilings(m_filings, m_comparison);
    // Another filing opened or closed may change what the one shown differs from.
    m_schedulePage->model()->setDifferences(m_comparison.reportedBy(indexOf(m_schedulePage->model()->analysis())),
                                            fileNames());
    if (m_tieOut) // its list of every open filing follows them
        m_tieOut->setFilings(m_filings, m_filing);
    m_navigator->expandAll();
    m_closeFiling->setEnabled(!m_filings.isEmpty());
    m_reports->setEnabled(!m_filings.isEmpty());
    m_exportFiling->setEnabled(!m_filings.isEmpty());
}

void MainWindow::refreshRecentMenu()
{
    m_recentMenu->refresh();
}

bool MainWindow::showSchedule(int filing, int schedule)
{
    if (filing < 0 || filing >= m_filings.size() || schedule < 0
        || schedule >= m_filings[filing]->filing.schedules.size())
        return false;
    const QModelIndex node = m_navigatorModel->indexOf(filing, NavigatorModel::Node::Schedule, schedule);
    if (m_navigator->currentIndex() != node)
        m_navigator->setCurrentIndex(node); // shows it through showNode
    return true;
}

bool MainWindow::showFilingNode(int filing, int node)
{
    const QModelIndex index = m_navigatorModel->indexOf(filing, NavigatorModel::Node(node));
    if (!index.isValid())
        return false;
    m_navigator->setCurrentIndex(index);
    return true;
}

bool MainWindow::showScheduleTitled(const QString &title)
{
    for (int f = 0; f < m_filings.size(); ++f) {
        const QList<Schedule> &schedules = m_filings[f]->filing.schedules;
        for (int s = 0; s < schedules.size(); ++s) {
            if (schedules[s].title.contains(title, Qt::CaseInsensitive))
                return showSchedule(f, s);
        }
    }
    return false;
}

bool MainWindow::selectRow(const QString &label, int occurrence, int period)
{
    const qsizetype row = m_schedulePage->model()->schedule().findRow(label, occurrence);
    if (row < 0)
        return false;
    if (period >= 0)
        m_schedulePage->selectPeriod(int(row), period);
    else
        m_schedulePage->selectRow(int(row));
    return true;
}

void MainWindow::showNode(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int filing = index.data(NavigatorModel::FilingRole).toInt();
    if (filing < 0 || filing >= m_filings.size())
        return;
    switch (NavigatorModel::Node(index.data(NavigatorModel::NodeRole).toInt())) {
    case NavigatorModel::Node::Filing: showFilingPage(filing, Page::Schedule); break;
    case NavigatorModel::Node::Schedule:
        m_schedule = index.data(NavigatorModel::ScheduleRole).toInt();
        showFilingPage(filing, Page::Schedule);
        break;
    case NavigatorModel::Node::Notes:
        documentPage()->showNotes(m_filings[filing], std::exchange(m_noteToShow, {}));
        showFilingPage(filing, Page::Document);
        break;
    case NavigatorModel::Node::Narrative:
        documentPage()->showNarrative(m_filings[filing]);
        showFilingPage(filing, Page::Document);
        break;
    case NavigatorModel::Node::Facts:
        factsPage()->setAnalysis(m_filings[filing], filing);
        showFilingPage(filing, Page::Facts);
        break;
    case NavigatorModel::Node::Calculations:
        calculationsPage()->setAnalysis(m_filings[filing], filing);
        showFilingPage(filing, Page::Calculations);
        break;
    case NavigatorModel::Node::Restatements: {
        restatementsPage()->setDifferences(m_comparison.reportedBy(filing), fileNames(), filing);
        showFilingPage(filing, Page::Restatements);
        break;
    }
    case NavigatorModel::Node::TieOut:
        tieOutPage()->setFilings(m_filings, filing);
        showFilingPage(filing, Page::TieOut);
        break;
    case NavigatorModel::Node::Source:
        showFilingPage(filing, Page::Schedule);
        WindowDocks::bringForward(m_docks->source());
        break;
    }
}

void MainWindow::showFilingPage(int filing, Page page)
{
    const bool newFiling = filing != m_filing;
    m_filing = filing;
    const FilingAnalysisPtr &analysis = m_filings[filing];
    if (newFiling)
        clearTrace(); // the panel describes the filing shown, or nothing
    if (newFiling && (m_schedule < 0 || m_schedule >= analysis->filing.schedules.size()))
        m_schedule = 0;
    m_source->setText(analysis->filing.path, analysis->filing.text);
    m_charts->setAnalysis(analysis);
    switch (page) {
    case Page::Empty: m_pages->setCurrentWidget(m_empty); break;
    case Page::Schedule:
        if (m_schedulePage->model()->analysis() != analysis || m_schedulePage->model()->scheduleIndex() != m_schedule) {
            const Schedule &schedule = analysis->filing.schedules.value(m_schedule);
            m_schedulePage->model()->setOptions(Settings::viewOptions(analysis->filing.fileName(), schedule.title));
            m_schedulePage->model()->setDifferences(m_comparison.reportedBy(filing), fileNames());
            m_schedulePage->setSchedule(analysis, m_schedule);
            m_labelFind->filterRows();
        }
        m_pages->setCurrentWidget(m_schedulePage);
        break;
    case Page::Document: m_pages->setCurrentWidget(documentPage()); break;
    case Page::Facts: m_pages->setCurrentWidget(factsPage()); break;
    case Page::Calculations: m_pages->setCurrentWidget(calculationsPage()); break;
    case Page::Restatements: m_pages->setCurrentWidget(restatementsPage()); break;
    case Page::TieOut: m_pages->setCurrentWidget(tieOutPage()); break;
    }
    updateStatus();
    if (newFiling)
        updateDiagnostics();
}

void MainWindow::showSource(int filing, int line, int column, int length)
{
    if (filing < 0 || filing >= m_filings.size())
        return;
    m_source->setText(m_filings[filing]->filing.path, m_filings[filing]->filing.text);
    WindowDocks::bringForward(m_docks->source());
    m_source->showLocation(line, column, length);
}

// A view option turned on or off, as a step Undo can take back.
void MainWindow::setViewOptions(const ScheduleViewOptions &options)
{
    const ScheduleTableModel *model = m_schedulePage->model();
    if (options == model->options() || !model->analysis())
        return;
    const QString path = model->analysis()->filing.path;
    const int schedule = int(model->scheduleIndex());
    const ScheduleViewOptions before = model->options();
    m_undo->push(new WindowCommand(
        m_viewOptions->describe(before, options), [=, this] { applyViewOptions(path, schedule, options); },
        [=, this] { applyViewOptions(path, schedule, before); }));
}

void MainWindow::applyViewOptions(const QString &path, int schedule, const ScheduleViewOptions &options)
{
    // Undo shows the table the option was changed on.
    const int filing = indexOfPath(path);
    if (filing < 0 || !showSchedule(filing, schedule))
        return;
    const ScheduleTableModel *model = m_schedulePage->model();
    if (options == model->options())
        return;
    m_schedulePage->setOptions(options);
    Settings::setViewOptions(model->analysis()->filing.fileName(), model->schedule().title, options);
    m_labelFind->filterRows();
}

void MainWindow::updateViewActions()
{
    const ScheduleTableModel *model = m_schedulePage->model();
    m_viewOptions->update(*model);
    const bool hasTable = model->rowCount() > 0;
    m_copy->setEnabled(hasTable);
    m_copyHeaders->setEnabled(hasTable);
    m_exportCsv->setEnabled(hasTable);
}

void MainWindow::cellChanged(const QModelIndex &current)
{
    const ScheduleTableModel *model = m_schedulePage->model();
    if (!current.isValid() || !model->analysis()) {
        clearTrace();
        return;
    }
    m_traced = model->analysis();
    const RowRef row{model->scheduleIndex(), current.row()};
    const int period = model->periodOf(current.column());
    m_trace->model()->setSheet(TraceComposer::compose(
        *model->analysis(), row, period,
        ComparedSections::of(m_comparison, fileNames(), indexOf(model->analysis()), row, period)));
    const int line = current.data(ScheduleTableModel::SourceLineRole).toInt();
    const int column = current.data(ScheduleTableModel::SourceColumnRole).toInt();
    // A figure highlights its own span; a label or note letter, its text.
    const Cell *cell = model->cellAt(current);
    const int length = cell ? cell->location.length : int(current.data().toString().size());
    if (line > 0)
        m_source->showLocation(line, column, length);
}

void MainWindow::followFromTrace(const TraceTarget &target)
{
    // The panel is emptied when its filing goes; a link still clicked then leads nowhere.
    const int traced = indexOf(m_traced);
    if (traced < 0)
        return;
    // A link into another open filing (an earlier report, a prospectus) names it.
    const int filing = target.filing >= 0 ? int(target.filing) : traced;
    if (filing < m_filings.size())
        followIn(filing, target.inFiling(-1));
}

void MainWindow::follow(const TraceTarget &target)
{
    followIn(m_filing, target);
}

void MainWindow::followIn(int filing, const TraceTarget &target)
{
    if (target.kind == TraceTarget::Kind::Source)
        showSource(filing, target.location.line, target.location.column, target.location.length);
    else if (filing >= 0)
        m_places->follow(currentPlace(), {filing, target});
}

Place MainWindow::currentPlace() const
{
    if (m_filing < 0)
        return {};
    if (m_document && m_pages->currentWidget() == m_document && m_document->content() == DocumentView::Content::Notes)
        return {m_filing, m_document->shownNote().isValid() ? m_document->shownNote() : TraceTarget::toNote({})};
    const ScheduleTableModel *model = m_schedulePage->model();
    const QModelIndex current = m_schedulePage->view()->currentIndex();
    if (m_pages->currentWidget() != m_schedulePage || !current.isValid() || !model->analysis())
        return {};
    const RowRef row{model->scheduleIndex(), current.row()};
    const int period = model->periodOf(current.column());
    return {m_filing, period >= 0 ? TraceTarget::toCell(row, period) : TraceTarget::toRow(row)};
}

void MainWindow::goTo(const Place &place)
{
    if (place.filing < 0 || place.filing >= m_filings.size())
        return;
    const TraceTarget &target = place.target;
    if (target.kind == TraceTarget::Kind::Note) {
        m_noteToShow = target;
        const QModelIndex notes = m_navigatorModel->indexOf(place.filing, NavigatorModel::Node::Notes);
        if (m_navigator->currentIndex() != notes)
            m_navigator->setCurrentIndex(notes); // shows the note through showNode
        else
            showNode(notes);
        return;
    }
    if (!showSchedule(place.filing, int(target.row.schedule)))
        return;
    if (target.kind == TraceTarget::Kind::Cell)
        m_schedulePage->selectPeriod(int(target.row.row), int(target.period));
    else
        m_schedulePage->selectRow(int(target.row.row));
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 5000);
}

void MainWindow::updateStatus()
{
    if (m_filing < 0 || m_filing >= m_filings.size()) {
        m_status->show(nullptr, {}, {});
        setWindowTitle(tr("Tieout"));
        return;
    }
    const FilingAnalysis &analysis = *m_filings[m_filing];
    const bool onSchedule = m_pages->currentWidget() == m_schedulePage;
    const QString name = m_navigatorModel->nameOf(m_filing);
    m_status->show(&analysis, name, onSchedule ? m_schedulePage->model()->unitsText() : QString());
    setWindowTitle(tr("%1 — Tieout").arg(name));
}

void MainWindow::updateDiagnostics()
{
    const bool shown = m_filing >= 0 && m_filing < m_filings.size();
    m_diagnostics->setDiagnostics(m_openErrors, shown ? m_filings[m_filing]->filing.warnings : Diagnostics(),
                                  shown ? m_filing : -1);
}

void MainWindow::copySelection(bool withHeaders)
{
    const int rows = m_schedulePage->copySelection(withHeaders);
    if (rows > 0)
        statusBar()->showMessage(rows == 1 ? tr("Copied 1 row") : tr("Copied %1 rows").arg(rows), 3000);
}

QString MainWindow::exportScheduleCsv(const QString &path)
{
    return m_schedulePage->exportCsv(path);
}

void MainWindow::openDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open Filings"), Settings::openFolder(),
                                                            tr("Filings (*.txt *.htm *.html *.zip);;All files (*)"));
    if (paths.isEmpty())
        return;
    Settings::setOpenFolder(QFileInfo(paths.constFirst()).absolutePath());
    openPicked(paths);
}

std::optional<Report> MainWindow::currentReport() const
{
    if (m_filing < 0 || m_filing >= m_filings.size())
        return std::nullopt;
    ReportBuilder::Options options;
    options.charts = ChartExporter::reportDrawing();
    if (m_tieOut && m_pages->currentWidget() == m_tieOut)
        return ReportBuilder::tieOut(m_tieOut->inScope(), options);
    const qsizetype shown = m_pages->currentWidget() == m_schedulePage ? m_schedule : -1;
    return ReportBuilder::forShown(m_filings[m_filing], shown, options);
}

void MainWindow::showChartDock()
{
    WindowDocks::bringForward(m_docks->charts());
    m_charts->plotIfInView();
}

void MainWindow::chartSelection()
{
    const auto *model = m_schedulePage->model();
    if (m_pages->currentWidget() != m_schedulePage || !model->analysis())
        return;
    m_charts->showSelection(
        ChartBuilder::selection(*model->analysis(), model->scheduleIndex(), m_schedulePage->selectedRows()));
    showChartDock();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        openPicked(paths);
        event->acceptProposedAction();
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Qt 6.4 has no colour-scheme signal: a palette change is when light turns dark.
    if (event->type() == QEvent::PaletteChange)
        updateStatus();
}
