// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/Diagnostic.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// EDGAR's filing archive (ACCESSION-xbrl.zip): the inline XBRL document
// with its schema and linkbases. Its members are unpacked, with libzip,
// into a private temporary folder that lives as long as this object, so
// the document opens as it does in its filing folder; nothing is written
// anywhere else (a member named "../x" or "/x" is refused) and the archive
// itself is only read.
class FilingArchive
{
public:
    static bool isArchive(const QByteArray &head); // "PK\x03\x04"

    // Unpacks `path`; on failure `document` is empty and `errors` say why.
    static FilingArchive open(const QString &path);

    QString document;   // the unpacked inline XBRL document (the largest, when there are several)
    QString memberName; // its name inside the archive
    Diagnostics errors;

private:
    std::shared_ptr<QTemporaryDir> m_folder;
};
