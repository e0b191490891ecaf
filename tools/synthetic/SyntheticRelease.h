// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

// Writes made-up earnings releases in the bundled release format, for
// measuring Tieout at sizes no real release has: fictional companies, each
// with ten years of quarterly releases of statements of operations, stock-based compensation,
// segment revenue, GAAP to non-GAAP reconciliations, balance sheets and cash
// flows, with narrative between them, notes A to D at the end, and a few
// customer schedules of 10,000+ rows.
//
// Every figure is a function of the quarter it belongs to, so a release's
// year-ago column repeats the earlier release, cash at the end of a period
// is the balance sheet's cash, and every total, margin, per-share figure and
// reconciliation ties: the analysis has real work to do and nothing to
// report. The same size and seed always give the same bytes.
class SyntheticRelease
{
public:
    // A whole document of about `bytes` bytes (UTF-8, LF line ends).
    static QByteArray document(qint64 bytes, quint64 seed = 1);

    // A document holding one customer schedule of `rows` customers.
    static QByteArray longSchedule(int rows, quint64 seed = 1);
};
