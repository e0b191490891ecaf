// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ScheduleViewOptions.h"

#include <QByteArray>
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
    // Puts a path first in the recent list (once), keeping the list short.
    static void addRecentFile(const QString &path);
    static void clearRecentFiles();

    // View options remembered per schedule (by filing name and schedule title).
    static ScheduleViewOptions viewOptions(const QString &filing, const QString &schedule);
    static void setViewOptions(const QString &filing, const QString &schedule, const ScheduleViewOptions &options);
};
