// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

struct Filing;

// The figures of a filing ordered by magnitude, so that a figure quoted in
// the narrative ("$626.9 million", "up 11 percent") finds the few cells it
// could be without every quote scanning every cell: a document of many
// releases quotes thousands of figures. Magnitudes are doubles, for finding
// only; whoever asks checks each entry exactly.
class FigureIndex
{
public:
    struct Entry
    {
        double magnitude = 0;
        qsizetype schedule = 0;
        qsizetype row = 0;
        qsizetype period = 0;
        qsizetype basePeriod = -1; // growth: the earlier period
        bool operator<(const Entry &other) const;  // document order
    };

    explicit FigureIndex(const Filing &filing);

    // Entries whose magnitude is within [low, high] (widened a little for
    // rounding), in document order.
    // Money figures, in dollars (the cell times its schedule's scale).
    QList<Entry> amounts(double low, double high) const { return within(m_amounts, low, high); }
    // Per-share figures, as printed.
    QList<Entry> perShare(double low, double high) const { return within(m_perShare, low, high); }
    // Growth in percent of a money figure from an earlier period of the same length.
    QList<Entry> growth(double low, double high) const { return within(m_growth, low, high); }

private:
    static QList<Entry> within(const QList<Entry> &sorted, double low, double high);

    QList<Entry> m_amounts;
    QList<Entry> m_perShare;
    QList<Entry> m_growth;
};
