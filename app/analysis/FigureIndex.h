// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

struct Filing;

// The figures of a filing ordered by group and magnitude, so that a figure
// quoted in the narrative ("$626.9 million", "up 11 percent") finds the few
// cells it could be without every quote scanning every cell: a document of
// many releases quotes thousands of figures. Each schedule is in a group (the
// narrative matcher groups them by company), and a quote is looked for in one
// group only, so that the cells it could be do not grow with the document.
// Magnitudes are doubles, for finding only; whoever asks checks each entry
// exactly.
class FigureIndex
{
public:
    // One for every figure of the file (and more for growth): 24 bytes.
    // A file has at most InputLimits::MaxLines rows and MaxCells columns.
    struct Entry
    {
        double magnitude = 0;
        qint32 group = 0;
        qint32 schedule = 0;
        qint32 row = 0;
        qint16 period = 0;
        qint16 basePeriod = -1; // growth: the earlier period
        bool operator<(const Entry &other) const;  // document order
    };

    // groupOf: the group of each schedule of the filing.
    FigureIndex(const Filing &filing, const QList<qint32> &groupOf);

    // Entries of a group whose magnitude is within [low, high] (widened a
    // little for rounding), in document order.
    // Money figures, in dollars (the cell times its schedule's scale).
    QList<Entry> amounts(qint32 group, double low, double high) const
    {
        return within(m_lists[Amounts], group, low, high);
    }
    // Per-share figures, as printed.
    QList<Entry> perShare(qint32 group, double low, double high) const
    {
        return within(m_lists[PerShare], group, low, high);
    }
    // Growth in percent of a money figure from an earlier period of the same length.
    QList<Entry> growth(qint32 group, double low, double high) const
    {
        return within(m_lists[Growth], group, low, high);
    }

private:
    // Calls add(list, entry) for every entry of the filing, in document order.
    template<typename Add>
    static void visit(const Filing &filing, const QList<qint32> &groupOf, Add add);
    static QList<Entry> within(const QList<Entry> &sorted, qint32 group, double low, double high);

    enum List { Amounts, PerShare, Growth };
    QList<Entry> m_lists[3];
};
