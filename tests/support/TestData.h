// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/RowRef.h"
#include "filing/Filing.h"
#include "import/FilingImporter.h"
#include "QtPrinters.h"

#include <QDir>
#include <QString>

#include <gtest/gtest.h>

// Paths of the test fixtures and the bundled filings, and a loader that
// fails the test with the importer's own words when a filing does not open.
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

inline Filing load(const QString &path)
{
    ImportResult result = FilingImporter::importFile(path);
    EXPECT_TRUE(result.ok()) << qPrintable(result.firstError());
    return result.filing.value_or(Filing{});
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
