// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "amount/Amount.h"

#include <QList>
#include <QString>
#include <QStringList>

// What a chart shows, as data: built from the filing by ChartBuilder,
// drawn by the chart widget, asserted by tests. Values stay exact; the
// widget converts them to doubles only to place them on screen.
struct ChartData
{
    enum class Kind {
        Segments,              // grouped bars: each segment, the periods side by side, and the total
        RevenueMix,            // stacked bars: the components of revenues, per period
        OperatingExpenses,     // grouped bars: each operating expense, the periods side by side
        BridgeOperatingIncome, // waterfall: GAAP, each adjustment, non-GAAP; per period
        BridgeNetIncome,
        Selection, // grouped bars: the rows the analyst selected
    };

    // One colour of the chart: a period (grouped bars, waterfalls) or a
    // component (stacked bars).
    struct Series
    {
        QString name;          // "Q1 2007", or a component's label
        qsizetype period = -1; // the period it shows, for a colour per period; -1 for a component
        QList<Amount> values;  // one per category; nil where the filing prints none
        QList<Amount> bases;   // waterfalls: where each bar starts; empty otherwise
        QStringList labels;    // one per category: "1,250", "+300", "62.5%"
    };

    Kind kind = Kind::Segments;
    QString title;                // the schedule's title, or the chart's name
    QString subtitle;             // "Acme Corp. · Q1 2011 against Q1 2010 · $ in thousands"
    QString valueAxis;            // "$ in thousands"
    QStringList categories;       // along the bottom: segments, expense lines, bridge steps, or periods
    QStringList categoryNotes;    // bridges: the note letters of each step ("A", "A/B"); empty otherwise
    qsizetype totalCategory = -1; // the category that is a total (drawn apart), or -1
    QStringList growth;           // per category, the first period against the second: "6.1%", or "n/m"
    QList<Series> series;
    QString unavailable; // why the filing cannot support this chart; empty when it can

    bool isAvailable() const { return unavailable.isEmpty(); }
    // The figures as tab-separated text, a row per category and a column
    // per series, exact and unformatted, so a paste into a spreadsheet
    // gives numbers. Empty when the chart is unavailable.
    QString toTsv() const;
    // "segments", "revenue-mix", "opex", "bridge-operating-income", "bridge-net-income", "selection".
    static QString idOf(Kind kind);
    // The name shown in menus and the chart picker: "Revenue mix".
    static QString nameOf(Kind kind);
    static std::optional<Kind> kindOf(const QString &id);
    static QList<Kind> standardKinds(); // every kind but Selection
    static QStringList standardIds();
};
