// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchmarkData.h"

#include "SyntheticRelease.h"
#include "import/FilingImporter.h"

#include <QHash>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "benchmark data: %s\n", qPrintable(what));
    std::exit(1);
}

} // namespace

QString BenchmarkData::syntheticFile(int megabytes)
{
    static QTemporaryDir folder;
    static QHash<int, QString> written;
    if (const auto it = written.constFind(megabytes); it != written.cend())
        return *it;
    const QString path = folder.filePath(u"synthetic-%1MB.txt"_s.arg(megabytes));
    QSaveFile file(path);
    if (!folder.isValid() || !file.open(QIODevice::WriteOnly)
        || file.write(SyntheticRelease::document(qint64(megabytes) * 1'000'000)) < 0 || !file.commit())
        fail(u"cannot write "_s + path);
    written.insert(megabytes, path);
    return path;
}

FilingAnalysisPtr BenchmarkData::analyse(const QString &path)
{
    ImportResult imported = FilingImporter::importFile(path);
    if (!imported.filing)
        return nullptr;
    return FilingAnalysis::analyze(std::move(*imported.filing));
}

FilingAnalysisPtr BenchmarkData::bundledRelease()
{
    static const FilingAnalysisPtr analysis = analyse(FilingImporter::bundledRelease());
    if (!analysis)
        fail(u"the bundled release does not import"_s);
    return analysis;
}

FilingAnalysisPtr BenchmarkData::longSchedule(int rows)
{
    static QHash<int, FilingAnalysisPtr> analyses;
    if (const auto it = analyses.constFind(rows); it != analyses.cend())
        return *it;
    ImportResult imported = FilingImporter::importBytes(SyntheticRelease::longSchedule(rows), u"long.txt"_s);
    if (!imported.filing || imported.filing->schedules.size() != 1)
        fail(u"the long schedule does not import"_s);
    const FilingAnalysisPtr analysis = FilingAnalysis::analyze(std::move(*imported.filing));
    analyses.insert(rows, analysis);
    return analysis;
}
