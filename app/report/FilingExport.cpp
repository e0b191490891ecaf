// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilingExport.h"

#include "ReportBuilder.h"
#include "ReportPainter.h"
#include "export/ScheduleCsv.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

QString noSchedules(const Filing &filing)
{
    return FilingExport::tr("%1 has no schedules to export").arg(filing.fileName());
}

} // namespace

QStringList FilingExport::csvPaths(const Filing &filing, const QString &folder)
{
    QStringList titles;
    for (const Schedule &schedule : filing.schedules)
        titles << schedule.title;
    QStringList paths;
    const QDir dir(folder);
    for (const QString &name : ScheduleCsv::fileNames(titles, u"csv"_s))
        paths << dir.filePath(name);
    return paths;
}

FilingExport::Result FilingExport::writeCsvFolder(const FilingAnalysisPtr &analysis, const QString &folder)
{
    Result result;
    if (analysis->filing.schedules.isEmpty()) {
        result.error = noSchedules(analysis->filing);
        return result;
    }
    const QString shown = QDir::toNativeSeparators(folder);
    if (QFileInfo(folder).exists() && !QFileInfo(folder).isDir()) {
        result.error = tr("cannot write into %1: it is a file, not a folder").arg(shown);
        return result;
    }
    if (!QDir().mkpath(folder)) {
        result.error = tr("cannot make the folder %1").arg(shown);
        return result;
    }
    const QStringList paths = csvPaths(analysis->filing, folder);
    for (qsizetype index = 0; index < paths.size(); ++index) {
        result.error = ScheduleCsv::write(paths[index], ScheduleCsv::csv(analysis, index));
        if (!result.ok())
            return result;
        result.written << paths[index];
    }
    return result;
}

FilingExport::Result FilingExport::writePdf(const FilingAnalysisPtr &analysis, const QString &path,
                                            const QPageLayout &layout)
{
    Result result;
    if (analysis->filing.schedules.isEmpty()) {
        result.error = noSchedules(analysis->filing);
        return result;
    }
    result.error = ReportPainter::writePdf(ReportBuilder::allSchedules(analysis, {}), path, layout);
    if (result.ok())
        result.written << path;
    return result;
}
