// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EdgarOptions.h"

// What Tieout keeps of EDGAR between runs, in the same QSettings as the
// window's: the User-Agent the analyst gave once, and the pace. Shared by
// the window and `tieout fetch`.
class EdgarSettings
{
public:
    static QString userAgent();
    static void setUserAgent(const QString &userAgent);
    static int requestsPerSecond();
    static void setRequestsPerSecond(int perSecond);
    // The options to talk to EDGAR with, as the settings say.
    static EdgarOptions options();
};
