// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/RowKind.h"
#include "filing/XbrlInstance.h"

#include <QList>

class HtmlDocument;
struct HtmlTable;
struct Schedule;

// What an inline XBRL document's tags add to its tables: the fact each
// cell shows, and the periods of the columns as the facts' contexts state
// them (a header may say "Nine Months Ended" over a column of the quarter's
// facts only by mistake; the contexts never do).
class TaggedTables
{
public:
    // Sets HtmlCell::fact for every cell whose <td> holds a number fact:
    // the outermost one, when one number shows two nested facts.
    static void bind(HtmlDocument &document, const XbrlInstance &instance);

    // Where the facts of the document and entity information (dei:) are
    // shown, in order: the places isCoverTable looks for.
    static QList<qsizetype> coverPlaces(const XbrlInstance &instance);

    // Whether a table is part of the cover page: it shows a fact of the
    // document and entity information, as the registrant's address, file
    // number and registered securities are tagged.
    static bool isCoverTable(const HtmlTable &table, const QList<qsizetype> &coverPlaces);

    // Dates each column of a schedule read from a tagged table by the
    // period most of its facts have (those without dimensions first).
    static void datePeriods(Schedule &schedule, const XbrlInstance &instance);

    // Sets the schedule's units of money and of shares from its facts'
    // `scale` (9 is billions), when most of them agree: a caption over a
    // table may not state its units ("2022 (Billions)" heads a column
    // group), and a table then takes those stated last, which can be wrong.
    static void scaleFromFacts(Schedule &schedule, const XbrlInstance &instance);

    // The unit of a fact as a row or column of a table has one: money
    // (one currency), per share (a currency per share), shares or a pure
    // number (Percent); None for any other unit and for a fact without one.
    static RowUnit unitOf(const XbrlFact &fact, const XbrlInstance &instance);

    // Gives a column its own unit where the facts say the table's columns
    // differ: a statement of equity prints shares and amounts side by side,
    // and each of its rows is both. Only where some columns are all money
    // and others all shares or all per share.
    static void columnUnits(Schedule &schedule, const XbrlInstance &instance);

    // For each row, the unit all its tagged figures have in the columns
    // without a unit of their own; None where they differ or none is tagged.
    // The label says "Basic" or "Diluted"; the facts say shares or dollars.
    static QList<RowUnit> rowUnits(const Schedule &schedule, const XbrlInstance &instance);
};
