// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ScheduleViewOptions.h"

#include <QByteArray>
#include <QPageLayout>
#include <QSize>
#include <QStringList>

// Every setting Tieout keeps, with its key and default in one place, read
// and written through QSettings (which writes atomically). Tests run with
// settings in a temporary folder of their own, so they never touch the
// user's settings nor each other's.
class Settings
{
public:
    static constexpr int MaxRecentFiles = 8;

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);

    static QStringList recentFiles();
    // Puts a path first in the recent list (once), keeping the list short,
    // with what the filing is ("Acme Corp. — Earnings release, 4/23/07")
    // for Open Recent to show; a file opened before that was kept has none.
    static void addRecentFile(const QString &path, const QString &title = {});
    static QString recentFileTitle(const QString &path);
    static void clearRecentFiles();

    // The size charts are saved and copied at: width, height and scale
    // (1600 × 1000 at scale 2 until the analyst picks another).
    static QSize chartSize();
    static double chartScale();
    static void setChartSize(const QSize &size, double scale);
    // The folder exports were last written to; the documents folder at first.
    static QString exportFolder();
    static void setExportFolder(const QString &folder);
    // The folder File > Open starts in: the one a filing was last opened
    // from; at first the installed examples, or the documents folder.
    static QString openFolder();
    static void setOpenFolder(const QString &folder);
    // The chart picked last: "segments".
    static QString chartKind();
    static void setChartKind(const QString &id);

    // File > Export Filing: one PDF (true) or a folder of CSV files, and
    // the PDF's paper and orientation (`fallback` until one was chosen).
    static bool exportFilingAsPdf();
    static void setExportFilingAsPdf(bool pdf);
    static QPageLayout exportPageLayout(const QPageLayout &fallback);
    static void setExportPageLayout(const QPageLayout &layout);

    // The size of the tables, notes, trace and source text, in percent (100).
    static int zoomPercent();
    static void setZoomPercent(int percent);

    // View options remembered per schedule (by filing name and schedule title).
    static ScheduleViewOptions viewOptions(const QString &filing, const QString &schedule);
    static void setViewOptions(const QString &filing, const QString &schedule, const ScheduleViewOptions &options);
};
