// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TraceTarget.h"

#include <QList>
#include <QString>
#include <QStringList>

// What the trace panel says about the selected line or cell, as data: a
// title with the note letters as badges, then sections of lines. The
// panel's model exposes it; the panel renders it. Every line says whether
// it was read from the filing or inferred by Tieout.
struct TraceLine
{
    enum class Verdict { None, Ties, Breaks };
    enum class Provenance {
        Filed,    // read from the filing as printed
        Inferred, // found by Tieout: a source matched by value, a clause by wording
        Computed, // arithmetic on filed figures: a margin, a per-share effect
    };
    enum class Style {
        Plain,
        Quote, // a note's text, the matched clause highlighted
        Limit, // what the trace could not establish
    };

    QString text;
    QString detail;     // a second line: arithmetic, a place in the file
    TraceTarget target; // where the line's link goes; None: no link
    Verdict verdict = Verdict::None;
    Provenance provenance = Provenance::Filed;
    Style style = Style::Plain;
    int level = 0;                  // 1: a part of the line above it
    qsizetype highlightOffset = -1; // Quote: the clause's span in `text`
    qsizetype highlightLength = 0;
};

struct TraceSection
{
    enum class Kind {
        Note,       // a note the row cites: its title, the clause that matches, the sentence holding it
        Sources,    // the lines an adjustment comes from
        Effect,     // the non-GAAP total it moves, the block's tie, per share, tax rate
        Block,      // GAAP + adjustments = non-GAAP
        Margins,    // GAAP and non-GAAP as a percentage of revenues
        Components, // the terms of a total
        TieOut,     // the checks on this row or cell
        Fact,       // the inline XBRL fact a cell shows: concept, context, unit, precision
        Compared,   // the figure as another filing reported it, or a fact another filing states
        Place,      // the text as filed and its place in the file
        NoteText,   // a cited note in full, the matched clause highlighted
        Limits,     // what was inferred, what is missing
    };

    Kind kind = Kind::Place;
    QString title;
    QList<TraceLine> lines;
};

struct TraceSheet
{
    QString title;      // the row's label
    QString subtitle;   // its schedule, and period for a cell
    QStringList badges; // the note letters it cites
    QList<TraceSection> sections;

    bool isEmpty() const { return title.isEmpty() && sections.isEmpty(); }
};
