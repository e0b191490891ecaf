// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/Diagnostic.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The message bar's lines: each diagnostic on its own, except that
// warnings of one kind about one file, repeated, become one line with a
// count ("8 cells could not be read as numbers"), the first one's place and
// every member kept, so each stays reachable. Groups keep the order of
// their first members.
class DiagnosticGroups
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticGroups)

public:
    struct Group
    {
        QList<qsizetype> members; // indices into the diagnostics, in order
        // "8 cells could not be read as numbers"; empty for a single diagnostic.
        QString summary;

        bool isGroup() const { return members.size() > 1; }
    };

    static QList<Group> group(const Diagnostics &diagnostics);

    // What makes two warnings the same kind: the kind's name for the
    // importer's known warnings, else the message with its quoted text and
    // numbers left out. Errors are never grouped: each one is its own kind.
    static QString kindOf(const Diagnostic &diagnostic);
    // The group's line without its place: "8 cells could not be read as numbers".
    static QString summary(const Diagnostic &first, qsizetype count);
};
