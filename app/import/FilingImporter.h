// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// The one way in for every input, bundled or opened: read the bytes (never
// writing to them), decode, detect the format by content, and hand the text
// to its importer.
class FilingImporter
{
public:
    static ImportResult importFile(const QString &path);
    static ImportResult importBytes(const QByteArray &bytes, const QString &fileName);
    // EDGAR's filing archive (ACCESSION-xbrl.zip): its inline XBRL document
    // read with the linkbases beside it, the filing's path the archive's.
    static ImportResult importArchive(const QString &path);

    // The filings compiled into the application, as ":/filings/…" paths.
    static QStringList bundledFilings();
    // The first bundled earnings release, what the charts and reports default to.
    static QString bundledRelease();
};
