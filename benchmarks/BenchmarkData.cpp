// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchmarkData.h"

#include "SyntheticHtmlRelease.h"
#include "SyntheticRelease.h"
#include "import/FilingImporter.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "benchmark data: %s\n", qPrintable(what));
    std::exit(1);
}

} // namespace

namespace {

// A file of the run's temporary folder, written once from `bytes`.
QString written(const QString &name, const std::function<QByteArray()> &bytes)
{
    static QTemporaryDir folder;
    static QHash<QString, QString> paths;
    if (const auto it = paths.constFind(name); it != paths.cend())
        return *it;
    const QString path = folder.filePath(name);
    QSaveFile file(path);
    if (!folder.isValid() || !file.open(QIODevice::WriteOnly) || file.write(bytes()) < 0 || !file.commit())
        fail(u"cannot write "_s + path);
    paths.insert(name, path);
    return path;
}

} // namespace

QString BenchmarkData::syntheticFile(int megabytes)
{
    return written(u"synthetic-%1MB.txt"_s.arg(megabytes),
                   [megabytes] { return SyntheticRelease::document(qint64(megabytes) * 1'000'000); });
}

QString BenchmarkData::syntheticHtmlFile(int megabytes)
{
    return written(u"synthetic-%1MB.htm"_s.arg(megabytes), [megabytes] {
        return SyntheticHtmlRelease::fromText(SyntheticRelease::document(qint64(megabytes) * 1'000'000));
    });
}

QString BenchmarkData::largestEdgarRelease()
{
    const QString set = qEnvironmentVariable("TIEOUT_EDGAR_DIR");
    const QDir folder((set.isEmpty() ? QStringLiteral(TIEOUT_SOURCE_DIR "/../shared/edgar") : set) + u"/releases"_s);
    const QFileInfoList files = folder.entryInfoList({u"*.htm"_s, u"*.html"_s}, QDir::Files, QDir::Size);
    return files.isEmpty() ? QString() : files.constFirst().absoluteFilePath();
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
