// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

// Draws a schedule the way a printed statement looks: labels indented by
// level, "$" at the left of its column, digits aligned on the right with a
// closing parenthesis or percent sign hanging past them, a rule above
// totals and a double rule under the totals that end a statement, and a
// small ✓ or ✗ in the corner of every cell a tie-out checks.
class ScheduleDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ScheduleDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Indentation per level, in pixels of the view's font.
    static int indentOf(const QFontMetrics &metrics);

private:
    void paintFigure(QPainter *painter, const QStyleOptionViewItem &option, const QString &text, QRect area) const;
    void paintRules(QPainter *painter, const QStyleOptionViewItem &option, int rules, QRect area) const;
    void paintTie(QPainter *painter, const QStyleOptionViewItem &option, int tie) const;
    // The shading of a figure an earlier report of it differs from.
    void paintCompared(QPainter *painter, const QStyleOptionViewItem &option, bool compared) const;
};
