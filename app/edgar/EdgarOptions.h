// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RequestPacer.h"

#include <QString>
#include <QUrl>

// How Tieout talks to EDGAR: who it says it is, where EDGAR is, where the
// cache is, and how politely it asks.
struct EdgarOptions
{
    // "Jane Analyst jane@example.com": EDGAR's fair-access rules require a
    // User-Agent naming the person and an e-mail address; none is sent
    // without it.
    QString userAgent;
    QUrl baseUrl;        // replaces both EDGAR hosts, keeping the paths; empty: EDGAR's
    QString cacheFolder; // empty: the user's cache folder
    int requestsPerSecond = RequestPacer::DefaultPerSecond;
    int retries = 4;         // after the first try, on 429, 5xx, a dropped connection or a timeout
    int retryDelayMs = 1000; // the first back-off, doubled each time, unless EDGAR says Retry-After
    int timeoutMs = 30000;   // with no byte received for this long, the request fails

    // A User-Agent EDGAR accepts has a name and an e-mail address in it.
    static bool isUsableUserAgent(const QString &userAgent);
};
