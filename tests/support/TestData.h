// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/Filing.h"
#include "import/FilingImporter.h"
#include "support/QtPrinters.h"

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

} // namespace TestData
