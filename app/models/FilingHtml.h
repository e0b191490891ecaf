// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"
#include "tracesheet/TraceTarget.h"

// Rich text for the reading views. Everything read from the file is
// escaped, so a label or note holding markup shows literally.
class FilingHtml
{
public:
    // Each note with its letter, title and text, its clauses listed, and
    // under each the adjustment rows that cite it (links to them). Anchors
    // "note-A" and "note-A-i" let the view scroll to a note or a clause;
    // `shown`, a note target, has its clause (or whole text) highlighted.
    static QString notes(const FilingAnalysis &analysis, const TraceTarget &shown = {});
    static QString noteAnchor(const QString &letter, const QString &clause = {});
    // The narrative paragraphs, headings emphasised, each figure the
    // matcher tied to a cell a link to it (its value in the tooltip), each
    // figure it could not tie marked "unmatched".
    static QString narrative(const FilingAnalysis &analysis);
    // The schedule's heading as filed: company, title, captions.
    static QString heading(const Schedule &schedule);
    // The offering facts a prospectus states, for the header above its table.
    static QString offering(const OfferingFacts &facts);
    // The footnotes printed under a table.
    static QString footnotes(const Schedule &schedule);

private:
    static QString figure(const FilingAnalysis &analysis, const NarrativeClaim &claim);
};
