// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QStringList>

#include <optional>

// The GUI's own command line: the files to open, and the two modes for
// docs and smoke tests (--self-test, --screenshot with its size, schedule,
// selected row and note).
struct GuiOptions
{
    QStringList files;
    bool selfTest = false;
    QString screenshot; // PNG to write, empty when none
    QSize size{1600, 1000};
    QString schedule;         // part of a schedule's title
    QString selectLabel;      // the label of the row to select
    int selectOccurrence = 1; // which row with that label, from 1
    int selectPeriod = 0;     // the period whose cell to select, from 1; 0 for the row
    QString page;             // "notes", "narrative" or "tie-out" of the filing shown
    QString note;             // a note to show in the notes view: "B"
    QString clause;           // and one of its clauses: "ii"
    QString chart;            // a chart to show in the Charts dock: "segments", or "selection"
    bool dark = false;        // a dark palette (Theme::darkPalette)

    // The options, or nullopt with the reason in `error`.
    static std::optional<GuiOptions> parse(const QStringList &arguments, QString *error);
};
