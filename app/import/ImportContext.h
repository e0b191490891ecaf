// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"
#include "RecentTexts.h"
#include "SourceText.h"
#include "filing/Diagnostic.h"

#include <QString>

// What an importer carries while it reads one file: the file's name and
// lines, and the diagnostics it has to say about them.
class ImportContext
{
public:
    ImportContext(QString fileName, const SourceText &source) : m_fileName(std::move(fileName)), m_source(source) { }

    const QString &fileName() const { return m_fileName; }
    const SourceText &source() const { return m_source; }
    Diagnostics &diagnostics() { return m_diagnostics; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }

    // lineIndex is 0-based, offset is in UTF-16 units within that line.
    void warn(int lineIndex, qsizetype offset, const QString &message, const QString &found = {});
    // At a location already worked out (1-based line and column).
    void warnAt(const SourceLocation &at, const QString &message, const QString &found = {});
    void fail(int lineIndex, qsizetype offset, const QString &message, const QString &found = {});
    bool hasErrors() const;

    // The same text as one seen lately, sharing its storage.
    QString shared(const QString &text) { return m_recent.shared(text); }
    // Keeps a cell's text that differs from the file (markup or escapes
    // removed) and says where it starts in cleanedTexts().
    qsizetype keepCleaned(const QString &text);
    const QString &cleanedTexts() const { return m_cleaned; }
    // What the import comes to: every diagnostic, and the filing with its
    // warnings and cleaned texts unless there was an error.
    ImportResult result(Filing &&filing) const;

private:
    QString m_fileName;
    const SourceText &m_source;
    Diagnostics m_diagnostics;
    RecentTexts m_recent;
    QString m_cleaned;
};
