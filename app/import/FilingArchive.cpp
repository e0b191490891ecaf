// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilingArchive.h"

#include "InlineXbrlReader.h"
#include "InputLimits.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Unpacked in all, at most: an archive that inflates past this is refused
// (a filing's archive holds a few megabytes).
constexpr qint64 MaxUnpacked = InputLimits::MaxFileSize;

// A member's name as a path inside the folder, or empty when it would
// leave it ("../x", "/x", "C:x") or names a folder.
QString safeName(const QString &name)
{
    const QString clean = QDir::cleanPath(name);
    if (name.isEmpty() || name.endsWith(u'/') || QDir::isAbsolutePath(clean) || clean.startsWith(u"..")
        || clean.contains(u':') || clean.contains(u'\\'))
        return {};
    return clean;
}

} // namespace

bool FilingArchive::isArchive(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04");
}

FilingArchive FilingArchive::open(const QString &path)
{
    FilingArchive archive;
    const auto fail = [&](const QString &message) {
        archive.errors << Diagnostic::error(path, 0, 0, message);
        archive.document.clear();
        return archive;
    };
    int error = 0;
    std::unique_ptr<zip_t, decltype(&zip_discard)> zip(
        zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error), &zip_discard);
    if (!zip) {
        zip_error_t reason;
        zip_error_init_with_code(&reason, error);
        const QString why = QString::fromUtf8(zip_error_strerror(&reason));
        zip_error_fini(&reason);
        return fail(u"cannot read the archive: %1 (expected EDGAR's filing .zip)"_s.arg(why));
    }
    archive.m_folder = std::make_shared<QTemporaryDir>();
    if (!archive.m_folder->isValid())
        return fail(u"cannot unpack the archive: no temporary folder (%1)"_s.arg(archive.m_folder->errorString()));
    const QDir folder(archive.m_folder->path());
    qint64 unpacked = 0;
    qint64 largest = -1;
    const zip_int64_t count = zip_get_num_entries(zip.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(zip.get(), zip_uint64_t(i), 0, &stat) != 0)
            return fail(
                u"cannot read member %1 of the archive: %2"_s.arg(i).arg(QString::fromUtf8(zip_strerror(zip.get()))));
        const QString raw = QString::fromUtf8(stat.name);
        if (raw.endsWith(u'/'))
            continue; // a folder
        const QString name = safeName(raw);
        if (name.isEmpty())
            return fail(u"member \"%1\" would be unpacked outside its folder: expected a plain file name"_s.arg(raw));
        unpacked += qint64(stat.size);
        if (unpacked > MaxUnpacked)
            return fail(u"the archive unpacks to more than %1 bytes: not a filing's archive"_s.arg(MaxUnpacked));
        std::unique_ptr<zip_file_t, decltype(&zip_fclose)> member(zip_fopen_index(zip.get(), zip_uint64_t(i), 0),
                                                                  &zip_fclose);
        if (!member)
            return fail(u"cannot unpack \"%1\": %2"_s.arg(raw, QString::fromUtf8(zip_strerror(zip.get()))));
        QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
        const zip_int64_t read = zip_fread(member.get(), bytes.data(), stat.size);
        if (read < 0 || zip_uint64_t(read) != stat.size)
            return fail(u"cannot unpack \"%1\": the archive is damaged"_s.arg(raw));
        const QString target = folder.filePath(name);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return fail(u"cannot unpack \"%1\": %2"_s.arg(raw, out.errorString()));
        // The document: the largest HTML member that declares inline XBRL.
        const bool html =
            name.endsWith(u".htm"_s, Qt::CaseInsensitive) || name.endsWith(u".html"_s, Qt::CaseInsensitive);
        if (html && qint64(stat.size) > largest
            && InlineXbrlReader::isInlineXbrl(
                QString::fromUtf8(bytes.first(std::min<qsizetype>(bytes.size(), 65536))))) {
            largest = qint64(stat.size);
            archive.document = target;
            archive.memberName = name;
        }
    }
    if (archive.document.isEmpty())
        return fail(u"no inline XBRL document in the archive: expected an .htm declaring the inline XBRL namespace"_s);
    return archive;
}
