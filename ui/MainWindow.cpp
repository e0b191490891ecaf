// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "DiagnosticsBar.h"
#include "DocumentView.h"
#include "FindBar.h"
#include "LibraryVersions.h"
#include "PlaceNavigator.h"
#include "ReportActions.h"
#include "SchedulePage.h"
#include "ScheduleView.h"
#include "SourceView.h"
#include "StatusLine.h"
#include "TieOutPage.h"
#include "TieOutView.h"
#include "TracePanel.h"
#include "ViewOptionActions.h"
#include "chartdata/ChartBuilder.h"
#include "charts/ChartExporter.h"
#include "charts/ChartPane.h"
#include "desktop/ExportPath.h"
#include "desktop/LiteralText.h"
#include "desktop/Settings.h"
#include "import/FilingImporter.h"
#include "models/NavigatorModel.h"
#include "models/ScheduleTableModel.h"
#include "models/TraceModel.h"
#include "report/ReportBuilder.h"
#include "tracesheet/TraceComposer.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QDockWidget *dock(const QString &title, const QString &name, QWidget *content, QMainWindow *window)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(name);
    dock->setWidget(content);
    return dock;
}

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
    createPages();
    createDocks();
    createActions();
    createStatusBar();
    resizeWithDocks(firstSize(screen()));
    restoreGeometry(Settings::windowGeometry());
    restoreState(Settings::windowState());
    refreshNavigator();
}

void MainWindow::createPages()
{
    m_empty = new QLabel(tr("Open a filing with File > Open, or drop one here."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_schedulePage = new SchedulePage(this);
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

    connect(m_schedulePage->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { cellChanged(current); });
    connect(m_schedulePage->model(), &QAbstractItemModel::modelReset, this, [this] {
        updateViewActions();
        updateStatus();
    });
    connect(m_diagnostics, &DiagnosticsBar::locationActivated, this,
            [this](int filing, int line, int column) { showSource(filing, line, column); });
    connect(m_find, &FindBar::textChanged, this, [this] { find(0); });
    connect(m_find, &FindBar::next, this, [this] { find(1); });
    connect(m_find, &FindBar::previous, this, [this] { find(-1); });
    connect(m_find, &FindBar::filterToggled, this, &MainWindow::applyRowFilter);
    connect(m_find, &FindBar::closed, this, [this] {
        m_schedulePage->view()->filterRows(false, {});
        m_schedulePage->view()->setFocus();
    });
}

// The reading and tie-out pages are made when first asked for: the first
// screen shows a schedule.
DocumentView *MainWindow::documentPage()
{
    if (!m_document) {
        m_document = new DocumentView(this);
        connect(m_document, &DocumentView::targetActivated, this, &MainWindow::follow);
        m_pages->addWidget(m_document);
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
        m_pages->addWidget(m_tieOut);
    }
    return m_tieOut;
}

void MainWindow::createDocks()
{
    m_navigatorModel = new NavigatorModel(this);
    m_navigator = new QTreeView(this);
    m_navigator->setModel(m_navigatorModel);
    m_navigator->setHeaderHidden(true);
    m_navigator->setUniformRowHeights(true);
    m_navigator->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigator->setAccessibleName(tr("Navigator"));
    connect(m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showNode(current); });

    m_trace = new TracePanel(this);
    connect(m_trace, &TracePanel::targetActivated, this, &MainWindow::follow);
    m_source = new SourceView(this);
    m_charts = new ChartPane(this);
    connect(m_charts, &ChartPane::status, this, [this](const QString &text) { statusBar()->showMessage(text, 5000); });

    m_navigatorDock = dock(tr("Navigator"), u"navigator"_s, m_navigator, this);
    m_traceDock = dock(tr("Trace"), u"trace"_s, m_trace, this);
    m_chartDock = dock(tr("Charts"), u"charts"_s, m_charts, this);
    m_sourceDock = dock(tr("Source"), u"source"_s, m_source, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);
    addDockWidget(Qt::RightDockWidgetArea, m_traceDock);
    addDockWidget(Qt::RightDockWidgetArea, m_chartDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_sourceDock);
    tabifyDockWidget(m_traceDock, m_chartDock);
    m_traceDock->raise();
}

void MainWindow::resizeWithDocks(QSize size)
{
    resize(size);
    resizeDocks({m_navigatorDock, m_traceDock}, {size.width() * 19 / 100, size.width() * 29 / 100}, Qt::Horizontal);
    resizeDocks({m_sourceDock}, {size.height() / 5}, Qt::Vertical);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open earnings releases or prospectus supplements"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_closeFiling = file->addAction(tr("&Close Filing"), this, [this] { closeFiling(m_filing); });
    m_closeFiling->setShortcut(QKeySequence::Close);
    file->addSeparator();
    m_reports = new ReportActions([this] { return currentReport(); }, this);
    connect(m_reports, &ReportActions::status, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    file->addActions(m_reports->actions());
    file->addSeparator();
    m_exportCsv = file->addAction(tr("&Export Schedule as CSV…"), this, &MainWindow::exportCsvDialog);
    m_exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_copy = edit->addAction(tr("&Copy"), this, [this] { copySelection(false); });
    m_copy->setShortcut(QKeySequence::Copy);
    m_copyHeaders = edit->addAction(tr("Copy with &Headers"), this, [this] { copySelection(true); });
    m_copyHeaders->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    edit->addSeparator();
    QAction *findAction = edit->addAction(tr("&Find…"), m_find, &FindBar::activate);
    findAction->setShortcut(QKeySequence::Find);
    QAction *next = edit->addAction(tr("Find &Next"), this, [this] { find(1); });
    next->setShortcut(QKeySequence::FindNext);
    QAction *previous = edit->addAction(tr("Find &Previous"), this, [this] { find(-1); });
    previous->setShortcut(QKeySequence::FindPrevious);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_viewOptions->actions());
    view->addSeparator();
    for (QDockWidget *d : {m_navigatorDock, m_traceDock, m_chartDock, m_sourceDock})
        view->addAction(d->toggleViewAction());

    QMenu *chart = menuBar()->addMenu(tr("&Chart"));
    m_charts->fillMenu(chart);
    chart->insertSeparator(m_charts->saveAction());
    m_chartSelection = new QAction(tr("Chart Se&lection"), this);
    m_chartSelection->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_chartSelection->setStatusTip(tr("Chart the selected rows of the schedule across its periods"));
    connect(m_chartSelection, &QAction::triggered, this, &MainWindow::chartSelection);
    chart->insertAction(m_charts->saveAction(), m_chartSelection);
    chart->insertSeparator(m_charts->saveAction());
    // Picking a chart from the menu brings it into view.
    connect(chart, &QMenu::triggered, this, [this](QAction *action) {
        if (action != m_charts->saveAction() && action != m_charts->copyAction())
            showChartDock();
    });

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_places->backAction());
    go->addAction(m_places->forwardAction());
    m_trace->addNavigation(m_places->backAction(), m_places->forwardAction());

    QToolBar *tools = addToolBar(tr("View Options"));
    tools->setObjectName(u"viewOptions"_s);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(open);
    tools->addSeparator();
    tools->addActions(m_viewOptions->actions());
    tools->addSeparator();
    tools->addAction(findAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tieout"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
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

void MainWindow::openLoaded(const QList<FilingLoader::Loaded> &loaded)
{
    const int first = int(m_filings.size());
    for (const FilingLoader::Loaded &filing : loaded) {
        if (!filing.analysis) {
            m_openErrors.append(filing.errors);
            continue;
        }
        m_filings.append(filing.analysis);
        if (!filing.path.startsWith(u':'))
            Settings::addRecentFile(QFileInfo(filing.path).absoluteFilePath());
    }
    refreshNavigator();
    refreshRecentMenu();
    if (m_filings.size() > first)
        showSchedule(newestOf(m_filings, first), 0);
    else
        updateDiagnostics();
}

void MainWindow::closeFiling(int filing)
{
    if (filing < 0 || filing >= m_filings.size())
        return;
    m_filings.removeAt(filing);
    m_places->forgetFiling(filing);
    m_openErrors.clear();
    m_hits.clear();
    refreshNavigator();
    if (m_filings.isEmpty()) {
        m_filing = -1;
        m_schedule = -1;
        m_schedulePage->setSchedule({}, -1);
        m_pages->setCurrentWidget(m_empty);
        m_source->setText({}, {});
        m_trace->model()->clear();
        m_charts->setAnalysis({});
        updateStatus();
        updateDiagnostics();
    } else {
        showSchedule(qMin(filing, int(m_filings.size()) - 1), 0);
    }
}

void MainWindow::refreshNavigator()
{
    m_navigatorModel->setFilings(m_filings);
    m_navigator->expandAll();
    m_closeFiling->setEnabled(!m_filings.isEmpty());
    m_reports->setEnabled(!m_filings.isEmpty());
}

void MainWindow::refreshRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = Settings::recentFiles();
    for (const QString &path : files)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFiles({path}); })
            ->setStatusTip(path);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
        Settings::clearRecentFiles();
        refreshRecentMenu();
    });
    m_recentMenu->setEnabled(!files.isEmpty());
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

bool MainWindow::selectRow(const QString &label, int occurrence)
{
    const qsizetype row = m_schedulePage->model()->schedule().findRow(label, occurrence);
    if (row < 0)
        return false;
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
    case NavigatorModel::Node::TieOut:
        tieOutPage()->setAnalysis(m_filings[filing], filing);
        showFilingPage(filing, Page::TieOut);
        break;
    case NavigatorModel::Node::Source:
        showFilingPage(filing, Page::Schedule);
        m_sourceDock->show();
        m_sourceDock->raise();
        break;
    }
}

void MainWindow::showFilingPage(int filing, Page page)
{
    const bool newFiling = filing != m_filing;
    m_filing = filing;
    const FilingAnalysisPtr &analysis = m_filings[filing];
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
            m_schedulePage->setSchedule(analysis, m_schedule);
            applyRowFilter();
        }
        m_pages->setCurrentWidget(m_schedulePage);
        break;
    case Page::Document: m_pages->setCurrentWidget(documentPage()); break;
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
    m_sourceDock->show();
    m_sourceDock->raise();
    m_source->showLocation(line, column, length);
}

void MainWindow::setViewOptions(const ScheduleViewOptions &options)
{
    ScheduleTableModel *model = m_schedulePage->model();
    if (options == model->options() || !model->analysis())
        return;
    model->setOptions(options);
    Settings::setViewOptions(model->analysis()->filing.fileName(), model->schedule().title, options);
    m_schedulePage->view()->fitColumns();
    applyRowFilter();
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
    if (!current.isValid() || !model->analysis())
        return;
    m_trace->model()->setSheet(TraceComposer::compose(*model->analysis(), {model->scheduleIndex(), current.row()},
                                                      model->periodOf(current.column())));
    const int line = current.data(ScheduleTableModel::SourceLineRole).toInt();
    const int column = current.data(ScheduleTableModel::SourceColumnRole).toInt();
    // A figure highlights its own span; a label or note letter, its text.
    const Cell *cell = model->cellAt(current);
    const int length = cell ? cell->location.length : int(current.data().toString().size());
    if (line > 0)
        m_source->showLocation(line, column, length);
}

void MainWindow::follow(const TraceTarget &target)
{
    if (target.kind == TraceTarget::Kind::Source)
        showSource(m_filing, target.location.line, target.location.column, target.location.length);
    else
        m_places->follow(currentPlace(), {m_filing, target});
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

void MainWindow::updateStatus()
{
    if (m_filing < 0 || m_filing >= m_filings.size()) {
        m_status->show(nullptr, {});
        setWindowTitle(tr("Tieout"));
        return;
    }
    const FilingAnalysis &analysis = *m_filings[m_filing];
    const bool onSchedule = m_pages->currentWidget() == m_schedulePage;
    m_status->show(&analysis, onSchedule ? m_schedulePage->model()->unitsText() : QString());
    setWindowTitle(tr("%1 — Tieout").arg(analysis.filing.fileName()));
}

void MainWindow::updateDiagnostics()
{
    Diagnostics shown = m_openErrors;
    if (m_filing >= 0 && m_filing < m_filings.size())
        shown.append(m_filings[m_filing]->filing.warnings);
    m_diagnostics->setDiagnostics(shown, m_openErrors.isEmpty() ? m_filing : -1);
}

void MainWindow::find(int step)
{
    if (step == 0 || m_hits.isEmpty()) {
        m_hits = LabelSearch::find(m_filings, m_find->text());
        m_hit = -1;
    }
    if (!m_hits.isEmpty()) {
        m_hit = step < 0 ? (m_hit <= 0 ? int(m_hits.size()) - 1 : m_hit - 1) : (m_hit + 1) % int(m_hits.size());
        const LabelSearch::Hit &hit = m_hits[m_hit];
        showSchedule(hit.filing, hit.schedule);
        m_schedulePage->selectRow(hit.row);
    }
    m_find->setStatus(m_hit, int(m_hits.size()));
    applyRowFilter();
}

void MainWindow::applyRowFilter()
{
    const bool filter = m_find->isVisible() && m_find->filterRows() && !m_find->text().isEmpty();
    QList<bool> shown(m_schedulePage->model()->rowCount(), false);
    for (const LabelSearch::Hit &hit : std::as_const(m_hits)) {
        if (hit.filing == m_filing && hit.schedule == m_schedule && hit.row < shown.size())
            shown[hit.row] = true;
    }
    m_schedulePage->view()->filterRows(filter, shown);
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
                                                            tr("Filings (*.txt);;All files (*)"));
    if (paths.isEmpty())
        return;
    Settings::setOpenFolder(QFileInfo(paths.constFirst()).absolutePath());
    openFiles(paths);
}

std::optional<Report> MainWindow::currentReport() const
{
    if (m_filing < 0 || m_filing >= m_filings.size())
        return std::nullopt;
    ReportBuilder::Options options;
    options.charts = ChartExporter::reportDrawing();
    const qsizetype shown = m_pages->currentWidget() == m_schedulePage ? m_schedule : -1;
    return ReportBuilder::forShown(m_filings[m_filing], shown, options);
}

void MainWindow::showChartDock()
{
    m_chartDock->show();
    m_chartDock->raise();
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

void MainWindow::exportCsvDialog()
{
    const QString suggested = ExportPath::suggested(m_schedulePage->model()->schedule().title, u"csv"_s);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Schedule as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = exportScheduleCsv(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Schedule"), LiteralText::literal(error));
        return;
    }
    ExportPath::remember(path);
    statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
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
        openFiles(paths);
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

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Tieout"),
        tr("<h3>Tieout %1</h3>"
           "<p>A financial statement viewer for equity analysts.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
           "<p>Built with Qt %2 and QCustomPlot %3.</p>")
            .arg(QCoreApplication::applicationVersion(), LibraryVersions::qt(), LibraryVersions::qcustomplot()));
}
