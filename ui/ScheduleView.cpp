// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleView.h"

#include "ScheduleDelegate.h"

#include <QHeaderView>
#include <QScrollBar>

namespace {

// The label column fits its longest label up to this width, so figures stay in view.
constexpr int MaxLabelWidth = 520;

void styleTable(QTableView *view)
{
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setCornerButtonEnabled(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
}

} // namespace

ScheduleView::ScheduleView(QWidget *parent) : QTableView(parent), m_frozen(new QTableView(this))
{
    auto *delegate = new ScheduleDelegate(this);
    setItemDelegate(delegate);
    styleTable(this);
    styleTable(m_frozen);
    m_frozen->setItemDelegate(delegate);
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setVerticalScrollMode(verticalScrollMode());
    viewport()->stackUnder(m_frozen);

    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (column == 0) {
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
        connect(model, &QAbstractItemModel::modelReset, this, &ScheduleView::freezeColumns);
        connect(model, &QAbstractItemModel::columnsInserted, this, &ScheduleView::freezeColumns);
    }
    freezeColumns();
}

void ScheduleView::freezeColumns()
{
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
    horizontalHeader()->setResizeContentsPrecision(500);
    resizeColumnsToContents();
    if (columnWidth(0) > MaxLabelWidth)
        setColumnWidth(0, MaxLabelWidth);
    freezeColumns();
}

void ScheduleView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    placeFrozen();
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
