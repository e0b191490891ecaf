// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Diagnostic.h"
#include "Note.h"
#include "OfferingFacts.h"
#include "Paragraph.h"
#include "Schedule.h"
#include "XbrlInstance.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Everything read from one document: its schedules, notes and narrative,
// each piece with the place it came from.
struct Filing
{
    enum class Kind { EarningsRelease, ProspectusSupplement, InlineXbrl };

    Kind kind = Kind::EarningsRelease;
    QString path;         // as opened (":/filings/…" for a bundled one)
    QString title;        // the headline
    QStringList subtitle; // lines under the headline
    QString company;
    QDate date; // the document's date, when it states one
    QList<Schedule> schedules;
    QList<Note> notes;
    QList<Paragraph> narrative;
    std::optional<OfferingFacts> offering;
    Diagnostics warnings;
    // An inline XBRL document's facts, contexts and units; empty otherwise.
    XbrlInstance xbrl;
    QString form;         // the document type an inline XBRL document states: "10-Q", "10-K", "8-K"
    QString text;         // the decoded text, each line ended by "\n", for the source view
    QString cleanedTexts; // cell texts that markup or escapes made differ from `text`, end to end

    QString kindName() const; // "earnings-release", "prospectus-supplement"
    QString fileName() const; // the file name without its folder
    const Note *note(const QString &letter) const;
    // A cell's text as printed, markup and escapes removed.
    QStringView textOf(const Cell &cell) const;
    // The company most schedules name above their title, as first printed;
    // of two named as often, the first in the file. Empty when none is.
    QString mostNamedCompany() const;
    // The company a schedule reports for, its own else the filing's, as a
    // key (companyKey).
    QString companyKeyOf(const Schedule &schedule) const;
    // A company's name as a key: a release may print it in capitals over one
    // schedule and not over the next ("JUNIPER NETWORKS, INC."), so case and
    // spacing do not count.
    static QString companyKey(const QString &name);
};
