// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleDelegate.h"

#include "desktop/Theme.h"
#include "models/ScheduleTableModel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace {

constexpr int Padding = 6;
using ColumnKind = ScheduleTableModel::ColumnKind;

// What hangs past the digits: the closing parenthesis of a negative, a
// percent sign, a unit such as " pts".
qsizetype hangingStart(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && !text[end - 1].isDigit())
        --end;
    return end == 0 ? text.size() : end;
}

// Room on the right for the widest hanging part, so digits align whether
// or not a value is negative.
int hangWidth(const QFontMetrics &metrics)
{
    return metrics.horizontalAdvance(u")%"_s);
}

int markWidth(const QFontMetrics &metrics)
{
    return metrics.height() * 3 / 4 + 2;
}

ColumnKind columnKindOf(const QModelIndex &index)
{
    return ColumnKind(index.data(ScheduleTableModel::ColumnKindRole).toInt());
}

bool isFigureColumn(ColumnKind kind)
{
    return kind != ColumnKind::Label && kind != ColumnKind::Note;
}

} // namespace

ScheduleDelegate::ScheduleDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

int ScheduleDelegate::indentOf(const QFontMetrics &metrics)
{
    return metrics.horizontalAdvance(u"MM"_s);
}

void ScheduleDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    paintCompared(painter, opt, index.data(ScheduleTableModel::ComparedRole).toInt() > 0);
    painter->setFont(opt.font);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const ColumnKind kind = columnKindOf(index);
    const bool derived = kind == ColumnKind::CommonSize || kind == ColumnKind::Change || kind == ColumnKind::Growth
                         || kind == ColumnKind::Recomputed;
    QColor ink = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (derived && !selected)
        ink = Theme::derived(opt.palette);
    painter->setPen(ink);

    QRect area = opt.rect.adjusted(Padding, 0, -Padding, 0);
    if (kind == ColumnKind::Label) {
        area.setLeft(area.left() + index.data(ScheduleTableModel::LevelRole).toInt() * indentOf(opt.fontMetrics));
        painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(text, Qt::ElideRight, area.width()));
    } else if (kind == ColumnKind::Note) {
        painter->drawText(area, Qt::AlignCenter, text);
    } else {
        paintFigure(painter, opt, text, area);
        paintRules(painter, opt, index.data(ScheduleTableModel::RuleRole).toInt(), area);
        paintTie(painter, opt, index.data(ScheduleTableModel::TieRole).toInt());
    }
    painter->restore();
}

void ScheduleDelegate::paintCompared(QPainter *painter, const QStyleOptionViewItem &option, bool compared) const
{
    if (!compared || option.state.testFlag(QStyle::State_Selected))
        return;
    // Shaded like a highlighter on paper: the figure differs from an earlier
    // report of it; the tool tip and the trace panel say what that was.
    painter->fillRect(option.rect.adjusted(0, 1, 0, -1), Theme::warningBackground(option.palette));
}

void ScheduleDelegate::paintFigure(QPainter *painter, const QStyleOptionViewItem &option, const QString &text,
                                   QRect area) const
{
    if (text.isEmpty())
        return;
    const QFontMetrics &metrics = option.fontMetrics;
    area.setRight(area.right() - markWidth(metrics));
    QString body = text;
    if (body.startsWith(u"$ "_s)) {
        painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter, u"$"_s);
        body = body.mid(2);
    }
    const qsizetype hang = hangingStart(body);
    const int edge = area.right() - hangWidth(metrics);
    QRect digits = area;
    digits.setRight(edge);
    painter->drawText(digits, Qt::AlignRight | Qt::AlignVCenter, body.left(hang));
    if (hang < body.size()) {
        QRect tail = area;
        tail.setLeft(edge + 1);
        painter->drawText(tail, Qt::AlignLeft | Qt::AlignVCenter, body.mid(hang));
    }
}

void ScheduleDelegate::paintRules(QPainter *painter, const QStyleOptionViewItem &option, int rules, QRect area) const
{
    if (rules == ScheduleTableModel::NoRule)
        return;
    area.setRight(area.right() - markWidth(option.fontMetrics));
    QPen pen(option.palette.color(QPalette::Text));
    pen.setWidth(1);
    painter->setPen(pen);
    if (rules & ScheduleTableModel::RuleAbove)
        painter->drawLine(area.left(), option.rect.top() + 1, area.right(), option.rect.top() + 1);
    if (rules & ScheduleTableModel::DoubleRuleBelow) {
        const int bottom = option.rect.bottom() - 1;
        painter->drawLine(area.left(), bottom, area.right(), bottom);
        painter->drawLine(area.left(), bottom - 2, area.right(), bottom - 2);
    }
}

void ScheduleDelegate::paintTie(QPainter *painter, const QStyleOptionViewItem &option, int tie) const
{
    if (tie == ScheduleTableModel::NoTie)
        return;
    QFont small = option.font;
    small.setBold(true);
    small.setPixelSize(qMax(9, option.fontMetrics.height() * 3 / 4));
    painter->setFont(small);
    const bool ties = tie == ScheduleTableModel::Ties;
    painter->setPen(ties ? Theme::pass(option.palette) : Theme::fail(option.palette));
    // Top right, after the figure and its hanging parenthesis, like a tick mark on paper.
    const int width = markWidth(option.fontMetrics);
    const QRect corner(option.rect.right() - width - Padding / 2, option.rect.top() + 1, width + Padding / 2,
                       option.rect.height() / 2 + 2);
    painter->drawText(corner, Qt::AlignRight | Qt::AlignTop, ties ? u"\u2713"_s : u"\u2717"_s);
}

QSize ScheduleDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(index.data(Qt::FontRole).isValid() ? index.data(Qt::FontRole).value<QFont>()
                                                                  : option.font);
    const ColumnKind kind = columnKindOf(index);
    if (kind == ColumnKind::Label)
        size.rwidth() += index.data(ScheduleTableModel::LevelRole).toInt() * indentOf(metrics) + 2 * Padding;
    else if (isFigureColumn(kind))
        size.rwidth() += hangWidth(metrics) + markWidth(metrics) + metrics.horizontalAdvance(u"$ "_s) + 2 * Padding;
    size.setHeight(qMax(size.height(), metrics.height() + 8));
    return size;
}
