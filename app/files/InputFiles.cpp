// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputFiles.h"

#include <QFileInfo>
#include <QMutex>
#include <QSet>

namespace {

// Importers run on worker threads (FilingLoader) while the window writes.
struct Registry
{
    QMutex mutex;
    QSet<QString> paths;
};

Registry &registry()
{
    static Registry all;
    return all;
}

} // namespace

void InputFiles::mark(const QString &path)
{
    const QString name = QFileInfo(path).canonicalFilePath();
    if (name.isEmpty())
        return;
    Registry &all = registry();
    const QMutexLocker lock(&all.mutex);
    all.paths.insert(name);
}

bool InputFiles::contains(const QString &path)
{
    const QString name = QFileInfo(path).canonicalFilePath();
    if (name.isEmpty())
        return false;
    Registry &all = registry();
    const QMutexLocker lock(&all.mutex);
    return all.paths.contains(name);
}
