// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus test: every release that has a hand-footed list (a ".footing"
// file, see support/FootingList.h) is analysed, and its checks compared
// with the list: found, missing and extra period checks per release, the
// real errors flagged with their differences, and no other flag. The lists
// were typed in by footing the documents, not by running the engine.
// Beside a release of tests/data; for the bundled filing in
// tests/data/footing/; for ../shared/edgar/releases in
// tests/data/footing/edgar/ (that folder is read-only and not the project's).
#include "support/FootingList.h"
#include "support/TestData.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <iostream>

using namespace Qt::StringLiterals;

namespace {

QString edgarReleases()
{
    const QString set = qEnvironmentVariable("TIEOUT_EDGAR_DIR");
    return QDir(set.isEmpty() ? QStringLiteral(TIEOUT_SOURCE_DIR "/../shared/edgar") : set).filePath(u"releases"_s);
}

// The document a footing foots: beside it, else bundled, else on EDGAR's shelf.
QString documentOf(const QString &footing)
{
    const QFileInfo info(footing);
    const QString name = info.completeBaseName();
    if (QFileInfo::exists(info.dir().filePath(name)))
        return info.dir().filePath(name);
    if (info.dir().dirName() == u"edgar"_s)
        return QDir(edgarReleases()).filePath(name);
    for (const QString &path : FilingImporter::bundledFilings()) {
        if (path.endsWith(name))
            return path;
    }
    return {};
}

QStringList footings()
{
    QStringList found;
    QDirIterator it(TestData::dataPath(QString()), {u"*.footing"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        found.append(it.next());
    found.sort();
    return found;
}

} // namespace

TEST(FootedCorpus, ChecksMatchTheHandFootedLists)
{
    const QStringList lists = footings();
    ASSERT_GE(lists.size(), 4) << "the hand-footed lists are missing from tests/data";
    std::cout << "release | footed | found | missing | extra | errors flagged | unflagged | false flags\n";
    int skipped = 0;
    int footedAll = 0;
    int foundAll = 0;
    for (const QString &path : lists) {
        const QString document = documentOf(path);
        const QString name = QFileInfo(document).fileName();
        if (document.isEmpty() || !QFileInfo::exists(document)) {
            ++skipped; // an EDGAR release on a machine without ../shared/edgar
            std::cout << qPrintable(QFileInfo(path).completeBaseName()) << " | skipped: not on this machine\n";
            continue;
        }
        const FootingList::List list = FootingList::read(path);
        ASSERT_TRUE(list.error.isEmpty()) << qPrintable(list.error);
        const FilingAnalysisPtr analysis = TestData::loadAnalysed(document);
        ASSERT_TRUE(analysis) << qPrintable(document);
        const FootingList::Comparison c = FootingList::compare(*analysis, list);
        const int footed = c.found + c.missing;
        std::cout << qPrintable(name) << " | " << footed << " | " << c.found << " | " << c.missing << " | " << c.extra
                  << " | " << c.flagged << " | " << c.unflagged.size() << " | " << c.falseFlags.size() << "\n";
        footedAll += footed;
        foundAll += c.found;
        // Every error the analyst found flagged by its difference, and
        // nothing else flagged, in every release.
        EXPECT_TRUE(c.unflagged.isEmpty()) << qPrintable(name) << ": " << qPrintable(c.unflagged.join(u"; "_s));
        EXPECT_TRUE(c.falseFlags.isEmpty()) << qPrintable(name) << ": " << qPrintable(c.falseFlags.join(u"; "_s));
        if (qEnvironmentVariableIsSet("TIEOUT_FOOTING_DETAIL")) {
            std::cout << "  missing:\n    " << qPrintable(c.missingChecks.join(u"\n    "_s)) << "\n  extra:\n    "
                      << qPrintable(c.extraChecks.join(u"\n    "_s)) << "\n";
        }
    }
    // At least 95% of what the analyst foots, over the corpus.
    std::cout << "all | " << footedAll << " | " << foundAll << " | " << footedAll - foundAll << "\n";
    EXPECT_GE(foundAll * 100, footedAll * 95) << "set TIEOUT_FOOTING_DETAIL=1 for what each release misses";
    if (skipped > 0)
        std::cout << skipped << " EDGAR releases skipped: ../shared/edgar is not on this machine\n";
}
