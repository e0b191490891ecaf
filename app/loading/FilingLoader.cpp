// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilingLoader.h"

#include "import/FilingImporter.h"

QList<FilingLoader::Loaded> FilingLoader::load(const QStringList &paths, const std::atomic<bool> *cancelled,
                                               const std::function<void(int)> &progress)
{
    const auto stopped = [cancelled] { return cancelled && cancelled->load(); };
    QList<Loaded> loaded;
    for (qsizetype i = 0; i < paths.size() && !stopped(); ++i) {
        const QString &path = paths[i];
        if (progress)
            progress(int(i));
        ImportResult result = FilingImporter::importFile(path);
        if (stopped())
            break;
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
