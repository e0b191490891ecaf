// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/XbrlInstance.h"

struct HtmlDocument;
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

    // Dates each column of a schedule read from a tagged table by the
    // period most of its facts have (those without dimensions first).
    static void datePeriods(Schedule &schedule, const XbrlInstance &instance);

    // Sets the schedule's units of money and of shares from its facts'
    // `scale` (9 is billions), when most of them agree: a caption over a
    // table may not state its units ("2022 (Billions)" heads a column
    // group), and a table then takes those stated last, which can be wrong.
    static void scaleFromFacts(Schedule &schedule, const XbrlInstance &instance);
};
