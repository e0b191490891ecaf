// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleView.h"

#include "ScheduleDelegate.h"
#include "desktop/LiteralText.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QToolTip>

namespace {

// The label column fits its longest label up to this width, so figures stay
// in view; in a narrow window it gives way to the figures down to the least.
constexpr int MaxLabelWidth = 520;
constexpr int MinLabelWidth = 200;

void styleTable(QTableView *view)
{
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setCornerButtonEnabled(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setHighlightSections(false);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table for the next pane, as in other applications; the
    // arrows move within it.
    view->setTabKeyNavigation(false);
}

} // namespace

ScheduleView::ScheduleView(QWidget *parent) : QTableView(parent), m_frozen(new QTableView(this))
{
    auto *delegate = new ScheduleDelegate(this);
    setItemDelegate(delegate);
    styleTable(this);
    styleTable(m_frozen);
    setRowHeight();
    m_frozen->setItemDelegate(delegate);
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setVerticalScrollMode(verticalScrollMode());
    viewport()->stackUnder(m_frozen);
    m_frozen->viewport()->installEventFilter(this);

    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (column == 0) {
            // A width the view did not set is the analyst's, and stays through
            // a change of view options.
            if (!m_sizing)
                m_labelByHand = size;
            const QScopedValueRollback sizing(m_sizing, true);
            m_frozen->setColumnWidth(0, size);
            placeFrozen();
        }
    });
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (column == 0 && columnWidth(0) != size)
            setColumnWidth(0, size);
    });
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, m_frozen->verticalScrollBar(),
            &QAbstractSlider::setValue);
    connect(m_frozen->verticalScrollBar(), &QAbstractSlider::valueChanged, verticalScrollBar(),
            &QAbstractSlider::setValue);
}

void ScheduleView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    if (model) {
        // The header drops its sizes on a reset: that is not the analyst's doing.
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_sizing = true; });
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            freezeColumns();
            m_sizing = false;
        });
        connect(model, &QAbstractItemModel::columnsInserted, this, &ScheduleView::freezeColumns);
    }
    freezeColumns();
}

void ScheduleView::freezeColumns()
{
    const QScopedValueRollback sizing(m_sizing, true);
    if (!model())
        return;
    for (int c = 0; c < model()->columnCount(); ++c)
        m_frozen->setColumnHidden(c, c != 0);
    m_frozen->setColumnWidth(0, columnWidth(0));
    placeFrozen();
}

void ScheduleView::filterRows(bool filter, const QList<bool> &shown)
{
    if (!model())
        return;
    for (int r = 0; r < model()->rowCount(); ++r) {
        const bool hidden = filter && !shown.value(r);
        setRowHidden(r, hidden);
        m_frozen->setRowHidden(r, hidden);
    }
}

void ScheduleView::fitColumns()
{
    if (!model())
        return;
    {
        const QScopedValueRollback sizing(m_sizing, true);
        horizontalHeader()->setResizeContentsPrecision(500);
        resizeColumnsToContents();
        m_labelFits = qMin(columnWidth(0), MaxLabelWidth);
    }
    fitLabelColumn();
    freezeColumns();
}

// The figures first: the labels take what the viewport leaves them, between
// the least that reads and their longest; a width set by hand stays.
void ScheduleView::fitLabelColumn()
{
    if (!model() || m_labelFits == 0)
        return;
    int figures = 0;
    for (int c = 1; c < model()->columnCount(); ++c) {
        if (!isColumnHidden(c))
            figures += columnWidth(c);
    }
    const int room = viewport()->width() - figures;
    const int width = m_labelByHand > 0 ? m_labelByHand : qMin(m_labelFits, qMax(room, MinLabelWidth));
    if (width != columnWidth(0)) {
        const QScopedValueRollback sizing(m_sizing, true);
        setColumnWidth(0, width);
    }
}

int ScheduleView::widthFor(int label) const
{
    int width = qMin(qMax(m_labelFits, MinLabelWidth), label);
    for (int c = 1; model() && c < model()->columnCount(); ++c) {
        if (!isColumnHidden(c))
            width += columnWidth(c);
    }
    return width + 2 * frameWidth() + verticalScrollBar()->sizeHint().width();
}

void ScheduleView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitLabelColumn();
    placeFrozen();
}

// A label the column is too narrow for says itself whole in a tooltip.
bool ScheduleView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_frozen->viewport() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_frozen->indexAt(help->pos());
        if (index.isValid() && index.column() == 0) {
            const QString label = index.data().toString();
            const QRect rect = m_frozen->visualRect(index);
            if (itemDelegate()->sizeHint(viewOptionsFor(index), index).width() > rect.width()) {
                QToolTip::showText(help->globalPos(), LiteralText::literal(label), m_frozen->viewport());
                return true;
            }
        }
    }
    return QTableView::eventFilter(watched, event);
}

QStyleOptionViewItem ScheduleView::viewOptionsFor(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    option.index = index;
    return option;
}

// Zooming changes the font: the rows take its height, the columns its widths.
void ScheduleView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_frozen) {
        setRowHeight();
        fitColumns();
    }
}

void ScheduleView::setRowHeight()
{
    const int height = fontMetrics().height() + 10;
    verticalHeader()->setDefaultSectionSize(height);
    m_frozen->verticalHeader()->setDefaultSectionSize(height);
}

// Item views make their first cell current when they take the focus. A
// schedule opens with no cell current instead, so the trace panel invites
// a pick rather than tracing a heading nobody chose; the first arrow key
// still lands on the first cell.
void ScheduleView::focusInEvent(QFocusEvent *event)
{
    if (currentIndex().isValid()) {
        QTableView::focusInEvent(event);
        return;
    }
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void ScheduleView::updateGeometries()
{
    QTableView::updateGeometries();
    placeFrozen();
}

void ScheduleView::placeFrozen()
{
    if (!m_frozen)
        return;
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
    m_frozen->setGeometry(verticalHeader()->width() + frameWidth(), frameWidth(), columnWidth(0),
                          viewport()->height() + horizontalHeader()->height());
}

QModelIndex ScheduleView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    // Moving left must not leave the current cell hidden under the labels.
    if (cursorAction == MoveLeft && current.column() > 0
        && visualRect(current).topLeft().x() < m_frozen->columnWidth(0)) {
        const int shift = visualRect(current).topLeft().x() - m_frozen->columnWidth(0);
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + shift);
    }
    return current;
}

// With Ctrl, Qt's extended selection moves the current cell and leaves the
// selection where it was, so the trace panel would describe a cell that is
// not highlighted. Here a move with Ctrl selects the cell it lands on, as a
// move without; Ctrl+Space and Ctrl+click still add and remove cells.
QItemSelectionModel::SelectionFlags ScheduleView::selectionCommand(const QModelIndex &index, const QEvent *event) const
{
    const QItemSelectionModel::SelectionFlags flags = QTableView::selectionCommand(index, event);
    if (flags == QItemSelectionModel::NoUpdate && event && event->type() == QEvent::KeyPress
        && (static_cast<const QKeyEvent *>(event)->modifiers() & Qt::ControlModifier))
        return QItemSelectionModel::ClearAndSelect;
    return flags;
}

void ScheduleView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    // The label column never scrolls sideways: for a label, scroll only
    // vertically, to the figure column already in view.
    if (index.column() > 0 || !index.isValid() || model()->columnCount() < 2) {
        QTableView::scrollTo(index, hint);
        return;
    }
    const int inView = columnAt(m_frozen->columnWidth(0) + 1);
    QTableView::scrollTo(model()->index(index.row(), qMax(1, inView)), hint);
}
