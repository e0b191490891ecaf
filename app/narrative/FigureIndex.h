// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

struct Filing;

// The figures of some schedules ordered by magnitude, so that a figure
// quoted in the narrative ("$626.9 million", "up 11 percent") finds the few
// cells it could be without every quote scanning every cell: a document of
// many releases quotes thousands of figures. The narrative matcher indexes
// one company's schedules at a time, so that neither the cells a quote could
// be nor the index grow with the document.
// Magnitudes are doubles, for finding only; whoever asks checks each entry
// exactly.
class FigureIndex
{
public:
    // One for every figure indexed (and more for growth): 24 bytes.
    // A file has at most InputLimits::MaxLines rows and MaxCells columns.
    struct Entry
    {
        double magnitude = 0;
        qint32 schedule = 0;
        qint32 row = 0;
        qint16 period = 0;
        qint16 basePeriod = -1;                   // growth: the earlier period
        bool operator<(const Entry &other) const; // document order
    };

    FigureIndex() = default;
    // schedules: indexes into filing.schedules, in document order.
    FigureIndex(const Filing &filing, const QList<qsizetype> &schedules);

    // Entries whose magnitude is within [low, high] (widened a little for
    // rounding), in document order.
    // Money figures, in dollars (the cell times its schedule's scale).
    QList<Entry> amounts(double low, double high) const { return within(m_lists[Amounts], low, high); }
    // Per-share figures, as printed.
    QList<Entry> perShare(double low, double high) const { return within(m_lists[PerShare], low, high); }
    // Growth in percent of a money figure from an earlier period of the same length.
    QList<Entry> growth(double low, double high) const { return within(m_lists[Growth], low, high); }

private:
    // Calls add(list, entry) for every entry of the schedules, in document order.
    template<typename Add>
    static void visit(const Filing &filing, const QList<qsizetype> &schedules, Add add);
    static QList<Entry> within(const QList<Entry> &sorted, double low, double high);

    enum List { Amounts, PerShare, Growth };
    QList<Entry> m_lists[3];
};
