// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchmarkData.h"

#include "SyntheticHtmlRelease.h"
#include "SyntheticRelease.h"
#include "import/FilingImporter.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
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

QString BenchmarkData::inlineXbrlFile(int megabytes)
{
    const QString set = qEnvironmentVariable("TIEOUT_EDGAR_DIR");
    const QString root = (set.isEmpty() ? QStringLiteral(TIEOUT_SOURCE_DIR "/../shared/edgar") : set) + u"/ixbrl"_s;
    QFileInfo largest;
    QDirIterator it(root, {u"*.htm"_s, u"*.html"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo file(it.next());
        if (file.size() > largest.size())
            largest = file;
    }
    if (!largest.exists() || megabytes <= 0)
        return largest.exists() ? largest.absoluteFilePath() : QString();
    const QString source = largest.absoluteFilePath();
    return written(u"inline-xbrl-%1MB.htm"_s.arg(megabytes), [source, megabytes] {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly))
            fail(u"cannot read "_s + source);
        const QByteArray document = file.readAll();
        // The body after the header's hidden div, to the end of the body.
        const qsizetype header = document.indexOf("</ix:header>");
        const qsizetype from = document.indexOf("</div>", header) + 6;
        const qsizetype to = document.lastIndexOf("</body>");
        if (header < 0 || from < 6 || to < from)
            fail(u"no ix:header and body in "_s + source);
        const QByteArray sections = document.sliced(from, to - from);
        QByteArray out = document.first(from);
        while (out.size() < qint64(megabytes) * 1'000'000)
            out += sections;
        out += document.sliced(to);
        return out;
    });
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
