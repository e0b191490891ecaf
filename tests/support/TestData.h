// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QtPrinters.h"
#include "analysis/FilingAnalysis.h"
#include "filing/Filing.h"
#include "filing/RowRef.h"
#include "import/FilingImporter.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <gtest/gtest.h>

#include <map>

// Paths of the test fixtures and the bundled filings, a loader that fails
// the test with the importer's own words when a filing does not open, and
// the bundled filings read and analysed once for all the tests of a binary:
// the one place tests get a filing from. (Tests of what the importer says
// about a bad file call FilingImporter themselves.)
namespace TestData {

inline QString dataPath(const QString &name)
{
    return QDir(QStringLiteral(TIEOUT_TEST_DATA_DIR)).filePath(name);
}

// The bundled filing whose resource name contains `part`.
inline QString bundled(const QString &part)
{
    for (const QString &path : FilingImporter::bundledFilings()) {
        if (path.contains(part))
            return path;
    }
    return {};
}

// The bundled earnings release (Juniper, Q1 2007) and prospectus
// supplement (Juniper, 424B3, April 2004).
inline QString releasePath()
{
    return bundled(QStringLiteral("earnings"));
}

inline QString prospectusPath()
{
    return bundled(QStringLiteral("424b3"));
}

// The release written by hand for the tests in another company's layout
// (tests/data/releases/README.md).
inline QString northwindPath()
{
    return dataPath(QStringLiteral("releases/northwind-q3-2011.txt"));
}

inline Filing load(const QString &path)
{
    ImportResult result = FilingImporter::importFile(path);
    EXPECT_TRUE(result.ok()) << qPrintable(result.firstError());
    return result.filing.value_or(Filing{});
}

// The real EDGAR documents, never copied into the project: ../shared/edgar,
// or where TIEOUT_EDGAR_DIR points.
inline QString edgarDir()
{
    const QString set = qEnvironmentVariable("TIEOUT_EDGAR_DIR");
    // tests/data is three folders below the checkout's parent, where shared/ is.
    return set.isEmpty() ? QDir::cleanPath(QStringLiteral(TIEOUT_TEST_DATA_DIR "/../../../shared/edgar")) : set;
}

// A document of that folder ("ixbrl/aapl-20250329-10-q/aapl-20250329.htm"),
// or empty when it is not on this machine.
inline QString edgarPath(const QString &relative)
{
    const QString path = QDir(edgarDir()).filePath(relative);
    return QFile::exists(path) ? path : QString();
}

// Why a test that needs that document is skipped.
inline std::string edgarAbsent(const QString &relative)
{
    const QString why = QStringLiteral("no ") + relative + QStringLiteral(" in ") + edgarDir()
                        + QStringLiteral(": the real EDGAR documents are not on this machine (set TIEOUT_EDGAR_DIR)");
    return why.toStdString();
}

// The bytes of a file as they are, for a test that imports a changed copy.
inline QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path) << ": " << qPrintable(file.errorString());
    return file.readAll();
}

// The bundled release's bytes as they are, for a test that imports them changed.
inline QByteArray releaseBytes()
{
    return bytesOf(releasePath());
}

// The bundled filings, imported once for all the tests of a binary.
inline const Filing &release()
{
    static const Filing filing = load(releasePath());
    return filing;
}

inline const Filing &prospectus()
{
    static const Filing filing = load(prospectusPath());
    return filing;
}

inline const Filing &northwind()
{
    static const Filing filing = load(northwindPath());
    return filing;
}

// The filing at this path imported and analysed (tie-out, adjustment traces,
// narrative) now: for a file the test has just written.
inline FilingAnalysisPtr loadAnalysed(const QString &path)
{
    return FilingAnalysis::analyze(load(path));
}

// The filing at this path imported and analysed once for all the tests of a
// binary, analysing being the slow part: for the bundled filings and the
// fixtures under tests/data, which no test changes. The reference stays
// valid for the life of the binary.
inline const FilingAnalysisPtr &analysed(const QString &path)
{
    static std::map<QString, FilingAnalysisPtr> cache;
    auto found = cache.find(path);
    if (found == cache.end())
        found = cache.emplace(path, loadAnalysed(path)).first;
    return found->second;
}

inline const FilingAnalysisPtr &analysedRelease()
{
    return analysed(releasePath());
}

inline const FilingAnalysisPtr &analysedProspectus()
{
    return analysed(prospectusPath());
}

// The row whose label is on this line of the file: how tests name rows,
// since the line is what the analyst sees in the source view.
inline RowRef rowAtLine(const Filing &filing, int line)
{
    for (qsizetype s = 0; s < filing.schedules.size(); ++s) {
        const QList<Row> &rows = filing.schedules[s].rows;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (rows[r].location.line == line)
                return {s, r};
        }
    }
    ADD_FAILURE() << "no row on line " << line;
    return {};
}

} // namespace TestData
