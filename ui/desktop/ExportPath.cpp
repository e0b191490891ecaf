// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportPath.h"

#include "Settings.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

QString ExportPath::suggested(const QString &title, const QString &suffix)
{
    QString name;
    for (const QChar c : title)
        name += c.isLetterOrNumber() || c == u' ' || c == u'-' ? c : u' ';
    name = name.simplified();
    if (name.isEmpty())
        name = u"export"_s;
    return QDir(Settings::exportFolder()).filePath(name + u'.' + suffix);
}

void ExportPath::remember(const QString &path)
{
    Settings::setExportFolder(QFileInfo(path).absolutePath());
}
