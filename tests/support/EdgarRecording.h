// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LoopbackHttpServer.h"

#include <QDir>
#include <QFile>
#include <QString>

// EDGAR as the tests know it: Apple's ticker-list entry, its submissions
// and two filings' folders (tests/data/edgar, written in EDGAR's formats),
// and the documents themselves from the real EDGAR folder (../shared/edgar)
// when this machine has it: the Q1 FY2024 earnings release (8-K,
// 0000320193-24-000005) and the Q2 FY2025 10-Q with its linkbases
// (0000320193-25-000057).
namespace EdgarRecording {

inline const QString ReleaseFolder = QStringLiteral("/Archives/edgar/data/320193/000032019324000005/");
inline const QString TenQFolder = QStringLiteral("/Archives/edgar/data/320193/000032019325000057/");

// Serves the recording; false when the real documents are absent (the
// listings are served all the same).
inline bool serve(LoopbackHttpServer &server, const QString &data, const QString &edgar)
{
    const auto fixture = [&](const QString &name) { return QDir(data).filePath(QStringLiteral("edgar/") + name); };
    server.serveFile(QStringLiteral("/files/company_tickers.json"), fixture(QStringLiteral("company_tickers.json")));
    server.serveFile(QStringLiteral("/submissions/CIK0000320193.json"), fixture(QStringLiteral("CIK0000320193.json")));
    server.serveFile(ReleaseFolder + QStringLiteral("index.json"),
                     fixture(QStringLiteral("000032019324000005-index.json")));
    server.serveFile(ReleaseFolder + QStringLiteral("0000320193-24-000005-index-headers.html"),
                     fixture(QStringLiteral("0000320193-24-000005-index-headers.html")));
    server.serveFile(TenQFolder + QStringLiteral("index.json"),
                     fixture(QStringLiteral("000032019325000057-index.json")));
    server.serveFile(TenQFolder + QStringLiteral("0000320193-25-000057-index-headers.html"),
                     fixture(QStringLiteral("0000320193-25-000057-index-headers.html")));
    bool all = server.serveFile(ReleaseFolder + QStringLiteral("a8-kex991q1202412302023.htm"),
                                QDir(edgar).filePath(QStringLiteral("releases/apple-2024-02-01-ex99-1.htm")));
    const QString set = QDir(edgar).filePath(QStringLiteral("ixbrl/aapl-20250329-10-q/"));
    for (const QString &name : {QStringLiteral("aapl-20250329.htm"), QStringLiteral("aapl-20250329.xsd"),
                                QStringLiteral("aapl-20250329_cal.xml"), QStringLiteral("aapl-20250329_lab.xml")})
        all = server.serveFile(TenQFolder + name, set + name) && all;
    return all;
}

} // namespace EdgarRecording
