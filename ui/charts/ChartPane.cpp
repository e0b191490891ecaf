// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartPane.h"

#include "ChartExportDialog.h"
#include "ChartExporter.h"
#include "ChartPrintActions.h"
#include "ChartView.h"
#include "chartdata/ChartBuilder.h"
#include "desktop/ExportPath.h"
#include "desktop/LiteralText.h"
#include "desktop/Settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

using Kind = ChartData::Kind;

QList<Kind> pickable()
{
    return ChartData::standardKinds() << Kind::Selection;
}

ChartExporter::Size savedSize()
{
    const QSize size = Settings::chartSize();
    return {size.width(), size.height(), Settings::chartScale()};
}

} // namespace

ChartPane::ChartPane(QWidget *parent)
    : QWidget(parent), m_picker(new QComboBox(this)), m_stack(new QStackedWidget(this)), m_message(new QLabel(this)),
      m_save(new QAction(tr("&Save Chart As…"), this)), m_copy(new QAction(tr("Copy C&hart"), this)),
      m_printing(new ChartPrintActions([this] { return m_chart; }, this)), m_kinds(new QActionGroup(this))
{
    m_picker->setAccessibleName(tr("Chart"));
    for (const Kind kind : pickable()) {
        m_picker->addItem(ChartData::nameOf(kind), int(kind));
        QAction *action = m_kinds->addAction(ChartData::nameOf(kind));
        action->setCheckable(true);
        action->setData(int(kind));
        connect(action, &QAction::triggered, this, [this, kind] { choose(kind); });
    }
    m_save->setStatusTip(tr("Save the chart as PNG, JPG, PDF or SVG"));
    m_copy->setStatusTip(tr("Copy the chart as an image, with its figures as text"));
    connect(m_save, &QAction::triggered, this, &ChartPane::saveAs);
    connect(m_copy, &QAction::triggered, this, &ChartPane::copyChart);
    connect(m_printing, &ChartPrintActions::status, this, &ChartPane::status);
    connect(m_picker, &QComboBox::activated, this, &ChartPane::pick);

    auto *save = new QToolButton(this);
    save->setDefaultAction(m_save);
    save->setText(tr("Save…"));
    auto *copy = new QToolButton(this);
    copy->setDefaultAction(m_copy);
    copy->setText(tr("Copy"));
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    bar->addWidget(m_picker, 1);
    bar->addWidget(save);
    bar->addWidget(copy);

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMargin(16);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    const std::optional<Kind> last = ChartData::kindOf(Settings::chartKind());
    m_chart.kind = last.value_or(Kind::Segments);
    refresh();
}

void ChartPane::setAnalysis(const FilingAnalysisPtr &analysis)
{
    if (analysis == m_analysis)
        return;
    m_analysis = analysis;
    m_selection = {};
    showKind(m_chart.kind == Kind::Selection ? Kind::Segments : m_chart.kind);
}

void ChartPane::showKind(ChartData::Kind kind)
{
    if (kind == Kind::Selection) {
        if (m_selection.kind == Kind::Selection && m_selection.isAvailable()) {
            m_chart = m_selection;
        } else {
            m_chart = {};
            m_chart.kind = Kind::Selection;
            m_chart.unavailable = tr("Select rows in a schedule, then choose Chart > Chart Selection.");
        }
    } else if (m_analysis) {
        m_chart = ChartBuilder::build(*m_analysis, kind);
    } else {
        m_chart = {};
        m_chart.kind = kind;
    }
    refresh();
}

void ChartPane::showSelection(const ChartData &chart)
{
    m_selection = chart;
    m_selection.kind = Kind::Selection;
    showKind(Kind::Selection);
}

void ChartPane::pick(int index)
{
    choose(Kind(m_picker->itemData(index).toInt()));
}

// The analyst's pick is remembered for the next filing and the next session.
void ChartPane::choose(ChartData::Kind kind)
{
    if (kind != Kind::Selection)
        Settings::setChartKind(ChartData::idOf(kind));
    showKind(kind);
}

QString ChartPane::message() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

// Shows the chart, or says why there is none; the plot is drawn only once
// the pane is visible.
void ChartPane::refresh()
{
    m_picker->setCurrentIndex(m_picker->findData(int(m_chart.kind)));
    for (QAction *action : m_kinds->actions())
        action->setChecked(action->data().toInt() == int(m_chart.kind));
    const bool available = m_analysis && m_chart.isAvailable();
    m_save->setEnabled(available);
    m_copy->setEnabled(available);
    m_printing->setEnabled(available);
    if (!available) {
        m_message->setText(!m_analysis && m_chart.kind != Kind::Selection ? tr("Open a filing to chart it.")
                                                                          : m_chart.unavailable);
        m_stack->setCurrentWidget(m_message);
        return;
    }
    if (!m_view && inView()) {
        m_view = new ChartView(m_stack);
        m_stack->addWidget(m_view);
    }
    if (m_view) {
        m_view->setChart(m_chart);
        m_stack->setCurrentWidget(m_view);
    }
}

// Shown and not moved out of sight behind another dock's tab.
bool ChartPane::inView() const
{
    return isVisible() && !visibleRegion().isEmpty();
}

void ChartPane::plotIfInView()
{
    m_checkPending = false;
    if (m_view)
        return;
    if (QLayout *layout = window()->layout())
        layout->activate();
    if (inView())
        refresh();
}

// A dock tabbed behind another is not hidden, only moved out of sight, and
// is moved back when its tab is picked: the plot is made once the window's
// layout has settled with the pane in view.
bool ChartPane::event(QEvent *event)
{
    const QEvent::Type type = event->type();
    if (!m_view && !m_checkPending && (type == QEvent::Show || type == QEvent::Move || type == QEvent::Resize)) {
        m_checkPending = true;
        QMetaObject::invokeMethod(this, &ChartPane::plotIfInView, Qt::QueuedConnection);
    }
    return QWidget::event(event);
}

void ChartPane::fillMenu(QMenu *menu, QAction *selection)
{
    menu->addActions(m_kinds->actions());
    menu->addSeparator();
    menu->addAction(selection);
    menu->addSeparator();
    menu->addAction(m_save);
    menu->addAction(m_copy);
    menu->addSeparator();
    menu->addActions(m_printing->actions());
    // Picking a chart from the menu brings it into view; saving, copying or printing it does not.
    connect(menu, &QMenu::triggered, this, [this](QAction *action) {
        if (!contextActions().contains(action))
            Q_EMIT chartPicked();
    });
}

QList<QAction *> ChartPane::contextActions() const
{
    return QList<QAction *>{m_save, m_copy} << m_printing->actions();
}

void ChartPane::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    const QList<QAction *> actions = contextActions();
    menu.addActions(actions.mid(0, 2));
    menu.addSeparator();
    menu.addActions(actions.mid(2));
    menu.exec(event->globalPos());
}

void ChartPane::copyChart()
{
    if (!m_chart.isAvailable())
        return;
    auto *mime = new QMimeData;
    mime->setImageData(ChartExporter::image(m_chart, savedSize()));
    mime->setText(m_chart.toTsv());
    QApplication::clipboard()->setMimeData(mime);
    Q_EMIT status(tr("Copied the chart \"%1\"").arg(m_chart.title));
}

void ChartPane::saveAs()
{
    if (!m_chart.isAvailable())
        return;
    ChartExportDialog dialog(ExportPath::suggested(m_chart.title, u"png"_s), savedSize(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ChartExporter::Size size = dialog.size();
    Settings::setChartSize(QSize(size.width, size.height), size.scale);
    const QString error = ChartExporter::save(m_chart, dialog.path(), size);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Save Chart"), LiteralText::literal(error));
        return;
    }
    ExportPath::remember(dialog.path());
    Q_EMIT status(tr("Saved the chart to %1").arg(QDir::toNativeSeparators(dialog.path())));
}
