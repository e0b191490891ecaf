// SPDX-License-Identifier: GPL-3.0-or-later
#include "EdgarCache.h"

#include "files/OutputFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

EdgarCache::EdgarCache(const QString &folder) : m_folder(folder.isEmpty() ? defaultFolder() : folder) { }

QString EdgarCache::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/edgar"_s;
}

QString EdgarCache::fileOf(const QString &edgarPath) const
{
    const QStringList parts = edgarPath.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    for (const QString &part : parts) {
        if (part == u"."_s || part == u".."_s || part.contains(u'\\'))
            return {};
    }
    return m_folder + u'/' + parts.join(u'/');
}

qint64 EdgarCache::maxAgeSeconds(const QString &edgarPath)
{
    if (edgarPath.startsWith(u"/submissions/"_s))
        return 10 * 60;
    if (edgarPath.startsWith(u"/files/"_s))
        return 24 * 60 * 60;
    return Forever;
}

QString EdgarCache::anyFile(const QString &edgarPath) const
{
    const QString file = fileOf(edgarPath);
    return !file.isEmpty() && QFileInfo(file).isFile() ? file : QString();
}

QString EdgarCache::freshFile(const QString &edgarPath, const QDateTime &now) const
{
    const QString file = anyFile(edgarPath);
    if (file.isEmpty())
        return {};
    const qint64 maxAge = maxAgeSeconds(edgarPath);
    if (maxAge == Forever)
        return file;
    const QDateTime written = QFileInfo(file).lastModified().toUTC();
    return written.secsTo(now) <= maxAge ? file : QString();
}

bool EdgarCache::store(const QString &edgarPath, const QByteArray &body, QString *error) const
{
    const QString file = fileOf(edgarPath);
    if (file.isEmpty()) {
        *error = tr("%1 is not a path Tieout keeps in its cache").arg(edgarPath);
        return false;
    }
    if (!QDir().mkpath(QFileInfo(file).absolutePath())) {
        *error = tr("cannot create the cache folder %1").arg(QFileInfo(file).absolutePath());
        return false;
    }
    OutputFile out(file);
    if (!out.open()) {
        *error = out.error();
        return false;
    }
    if (out.device()->write(body) != body.size()) {
        out.cancel(tr("cannot write %1: %2").arg(file, out.device()->errorString()));
        *error = out.error();
        return false;
    }
    if (!out.commit()) {
        *error = out.error();
        return false;
    }
    return true;
}

EdgarCache::Usage EdgarCache::usage() const
{
    Usage usage;
    QDirIterator it(m_folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        usage.bytes += it.fileInfo().size();
        ++usage.files;
    }
    return usage;
}

bool EdgarCache::clear(QString *error) const
{
    QDir folder(m_folder);
    if (!folder.exists())
        return true;
    if (!folder.removeRecursively()) {
        *error = tr("cannot remove everything in %1").arg(m_folder);
        return false;
    }
    return true;
}
