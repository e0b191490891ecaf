// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilingImporter.h"

#include "EarningsReleaseImporter.h"
#include "FilingArchive.h"
#include "FormatDetector.h"
#include "HtmlReleaseImporter.h"
#include "InlineXbrlImporter.h"
#include "InputLimits.h"
#include "ProspectusImporter.h"
#include "SourceText.h"
#include "TextDecoder.h"
#include "files/InputFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
ImportResult failed(const QString &path, const QString &message)
{
    ImportResult result;
    result.diagnostics << Diagnostic::error(path, 0, 0, message);
    return result;
}
} // namespace

ImportResult FilingImporter::importFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failed(path, u"no such file"_s);
    if (info.isDir())
        return failed(path, u"is a folder: expected a filing's text file"_s);
    if (info.size() > InputLimits::MaxFileSize)
        return failed(
            path, u"file too large: %1 bytes, at most %2 are read"_s.arg(info.size()).arg(InputLimits::MaxFileSize));
    QFile file(path);
    // Never written to by anything Tieout does: see InputFiles.
    InputFiles::mark(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(path, u"cannot read: %1"_s.arg(file.errorString()));
    // Asks for the size the file has (reading more only if it grew since),
    // since QIODevice::read reserves all it is asked for.
    const qint64 limit = InputLimits::MaxFileSize + 1;
    const qint64 expected = info.size() > 0 ? info.size() + 1 : limit;
    QByteArray bytes = file.read(expected);
    if (bytes.size() == expected && expected < limit)
        bytes += file.read(limit - expected);
    if (file.error() != QFileDevice::NoError)
        return failed(path, u"cannot read: %1"_s.arg(file.errorString()));
    if (bytes.size() > InputLimits::MaxFileSize)
        return failed(path, u"file too large: at most %1 bytes are read"_s.arg(InputLimits::MaxFileSize));
    if (FilingArchive::isArchive(bytes))
        return importArchive(path);
    return importBytes(bytes, path);
}

ImportResult FilingImporter::importArchive(const QString &path)
{
    const FilingArchive archive = FilingArchive::open(path);
    if (archive.document.isEmpty()) {
        ImportResult result;
        result.diagnostics = archive.errors;
        return result;
    }
    // Read where it was unpacked, its linkbases beside it; named as the
    // archive's member, and opened again from the archive.
    ImportResult result = importFile(archive.document);
    const QString shown = path + u'/' + archive.memberName;
    const auto rename = [&](Diagnostics &diagnostics) {
        for (Diagnostic &diagnostic : diagnostics) {
            if (diagnostic.file == archive.document)
                diagnostic.file = shown;
        }
    };
    rename(result.diagnostics);
    if (result.filing) {
        rename(result.filing->warnings);
        result.filing->path = path;
        for (QString &linkbase : result.filing->xbrl.linkbases)
            linkbase = path + u'/' + QFileInfo(linkbase).fileName();
    }
    return result;
}

ImportResult FilingImporter::importBytes(const QByteArray &bytes, const QString &fileName)
{
    DecodedText decoded = TextDecoder::decode(bytes, fileName);
    if (!decoded.ok()) {
        ImportResult result;
        result.diagnostics = decoded.diagnostics;
        return result;
    }
    if (QStringView(decoded.text).trimmed().isEmpty()) {
        ImportResult result;
        result.diagnostics << Diagnostic::error(fileName, 0, 0,
                                                u"empty file: only white space, expected the text of a filing"_s);
        return result;
    }
    const bool html = HtmlReleaseImporter::isHtml(decoded.text);
    if (const std::optional<Diagnostic> over = InputLimits::check(decoded.text, fileName, html)) {
        ImportResult result;
        result.diagnostics = decoded.diagnostics;
        result.diagnostics << *over;
        return result;
    }
    const SourceText source(decoded.text, decoded.encoding == u"UTF-8" ? bytes : QByteArray());
    ImportResult result;
    if (html && InlineXbrlImporter::isInlineXbrl(decoded.text)) {
        result = InlineXbrlImporter::import(source, fileName);
    } else if (html) {
        result = HtmlReleaseImporter::import(source, fileName);
    } else {
        const FormatDetector::Detection detection = FormatDetector::detect(source);
        if (!detection.kind) {
            result.diagnostics = decoded.diagnostics;
            result.diagnostics << Diagnostic::error(fileName, detection.line, 0, detection.reason);
            return result;
        }
        result = *detection.kind == Filing::Kind::ProspectusSupplement
                     ? ProspectusImporter::import(source, fileName)
                     : EarningsReleaseImporter::import(source, fileName);
    }
    // Decoding warnings come first: they are about the whole file.
    result.diagnostics = decoded.diagnostics + result.diagnostics;
    if (result.filing)
        result.filing->warnings = decoded.diagnostics + result.filing->warnings;
    return result;
}

QStringList FilingImporter::bundledFilings()
{
    QStringList paths;
    const QDir folder(u":/filings"_s);
    for (const QString &name : folder.entryList(QDir::Files, QDir::Name))
        paths << folder.filePath(name);
    return paths;
}

QString FilingImporter::bundledRelease()
{
    for (const QString &path : bundledFilings()) {
        const ImportResult result = importFile(path);
        if (result.filing && result.filing->kind == Filing::Kind::EarningsRelease)
            return path;
    }
    return {};
}
