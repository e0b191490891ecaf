// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>
#include <QStringList>

// File > Export Filing: every schedule of a filing at once, either as a
// CSV file each in a folder or as one PDF of them all. Each file goes
// through OutputFile; the dialog only collects where and how.
class FilingExport
{
    Q_DECLARE_TR_FUNCTIONS(FilingExport)

public:
    struct Result
    {
        QStringList written; // the files written, in the order of the schedules
        QString error;       // why the export stopped; empty when it did not
        bool ok() const { return error.isEmpty(); }
    };

    // The file of each schedule in `folder`, named after its title
    // (ScheduleCsv::fileNames).
    static QStringList csvPaths(const Filing &filing, const QString &folder);
    // Writes each schedule's CSV into `folder`, making it when missing, and
    // replacing files of the same names. Stops at the first file that
    // cannot be written; the files written before it stay.
    static Result writeCsvFolder(const FilingAnalysisPtr &analysis, const QString &folder);
    // Writes every schedule as one PDF report (ReportBuilder::allSchedules).
    static Result writePdf(const FilingAnalysisPtr &analysis, const QString &path, const QPageLayout &layout);
};
