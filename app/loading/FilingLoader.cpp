// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilingLoader.h"

#include "import/FilingImporter.h"

QList<FilingLoader::Loaded> FilingLoader::load(const QStringList &paths)
{
    QList<Loaded> loaded;
    for (const QString &path : paths) {
        ImportResult result = FilingImporter::importFile(path);
        if (!result.filing) {
            loaded.append({path, nullptr, result.diagnostics});
            continue;
        }
        loaded.append({path, FilingAnalysis::analyze(std::move(*result.filing)), {}});
    }
    return loaded;
}

std::future<QList<FilingLoader::Loaded>> FilingLoader::start(const QStringList &paths)
{
    return std::async(std::launch::async, [paths] { return load(paths); });
}
