// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"

// Rich text for the reading views. Everything read from the file is
// escaped, so a label or note holding markup shows literally.
class FilingHtml
{
public:
    // Each note with its letter, title and text, its clauses listed.
    static QString notes(const Filing &filing);
    // The narrative paragraphs, headings emphasised.
    static QString narrative(const Filing &filing);
    // One cell: its row, period, text as filed, place in the file (a link
    // "source:LINE:COLUMN") and every check whose figure it is.
    static QString cell(const FilingAnalysis &analysis, qsizetype schedule, qsizetype row, qsizetype period);
    // The schedule's heading as filed: company, title, captions.
    static QString heading(const Schedule &schedule);
    // The offering facts a prospectus states, for the header above its table.
    static QString offering(const OfferingFacts &facts);
    // The footnotes printed under a table.
    static QString footnotes(const Schedule &schedule);
    // One row: its label, kind, unit, notes and place in the file.
    static QString row(const FilingAnalysis &analysis, qsizetype schedule, qsizetype row);
};
