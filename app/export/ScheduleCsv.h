// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// A schedule as a CSV file (TableExport's RFC 4180, numbers exact), and
// the names a filing's schedules take as files of one folder.
class ScheduleCsv
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCsv)

public:
    // The file's first line: "Acme Corp. — Balance Sheets (in thousands)".
    static QString titleLine(const Schedule &schedule, const QString &units);
    // The schedule as filed, every row and period, without the columns
    // the window's view options add.
    static QString csv(const FilingAnalysisPtr &analysis, qsizetype schedule);
    // A title as a file name every desktop system takes: the characters
    // Windows, macOS or Linux refuse become spaces, spaces run together,
    // no dot or space at either end, at most 120 characters, never a
    // device name of Windows ("CON"); "Schedule" when nothing is left.
    static QString safeName(const QString &title);
    // The file name of each title in one folder, with the suffix:
    // numbered "Title (2).csv", "Title (3).csv" where names repeat, case
    // ignored, as it is by the file systems of Windows and macOS.
    static QStringList fileNames(const QStringList &titles, const QString &suffix);
    // Writes the text as UTF-8 through OutputFile; the error, or empty.
    static QString write(const QString &path, const QString &text);
};
