// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

const QString GeometryKey = u"window/geometry"_s;
const QString StateKey = u"window/state"_s;
const QString RecentKey = u"files/recent"_s;
const QString RecentTitlesKey = u"files/recentTitles"_s; // path → what the filing is
const QString ChartSizeKey = u"charts/size"_s;
const QString ChartScaleKey = u"charts/scale"_s;
const QString ChartKindKey = u"charts/kind"_s;
const QString ExportFolderKey = u"files/exportFolder"_s;
const QString OpenFolderKey = u"files/openFolder"_s;
const QString ZoomKey = u"view/zoom"_s;
const QString ExportPdfKey = u"export/filingAsPdf"_s;
const QString PaperKey = u"export/paper"_s; // QPageSize::key(): "A4", "Letter"
const QString LandscapeKey = u"export/landscape"_s;

// A key under "views/" that no title can break: QSettings treats "/" as a group.
QString viewKey(const QString &filing, const QString &schedule)
{
    const QByteArray name = QUrl::toPercentEncoding(filing + u'|' + schedule);
    return u"views/"_s + QString::fromLatin1(name);
}

} // namespace

QByteArray Settings::windowGeometry()
{
    return QSettings().value(GeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(GeometryKey, geometry);
}

QByteArray Settings::windowState()
{
    return QSettings().value(StateKey).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    QSettings().setValue(StateKey, state);
}

QStringList Settings::recentFiles()
{
    return QSettings().value(RecentKey).toStringList();
}

void Settings::addRecentFile(const QString &path, const QString &title)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings settings;
    settings.setValue(RecentKey, files);
    // Titles only for the files still listed.
    const QVariantMap before = settings.value(RecentTitlesKey).toMap();
    QVariantMap titles;
    for (const QString &file : std::as_const(files)) {
        if (file == path && !title.isEmpty())
            titles.insert(file, title);
        else if (before.contains(file))
            titles.insert(file, before.value(file));
    }
    settings.setValue(RecentTitlesKey, titles);
}

QString Settings::recentFileTitle(const QString &path)
{
    return QSettings().value(RecentTitlesKey).toMap().value(path).toString();
}

void Settings::clearRecentFiles()
{
    QSettings settings;
    settings.remove(RecentKey);
    settings.remove(RecentTitlesKey);
}

ScheduleViewOptions Settings::viewOptions(const QString &filing, const QString &schedule)
{
    return ScheduleViewOptions::fromString(QSettings().value(viewKey(filing, schedule)).toString());
}

void Settings::setViewOptions(const QString &filing, const QString &schedule, const ScheduleViewOptions &options)
{
    QSettings().setValue(viewKey(filing, schedule), options.toString());
}

QSize Settings::chartSize()
{
    const QSize size = QSettings().value(ChartSizeKey, QSize(1600, 1000)).toSize();
    return size.isValid() ? size : QSize(1600, 1000);
}

double Settings::chartScale()
{
    const double scale = QSettings().value(ChartScaleKey, 2.0).toDouble();
    return scale > 0 ? scale : 2.0;
}

void Settings::setChartSize(const QSize &size, double scale)
{
    QSettings settings;
    settings.setValue(ChartSizeKey, size);
    settings.setValue(ChartScaleKey, scale);
}

QString Settings::exportFolder()
{
    return QSettings()
        .value(ExportFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void Settings::setExportFolder(const QString &folder)
{
    QSettings().setValue(ExportFolderKey, folder);
}

bool Settings::exportFilingAsPdf()
{
    return QSettings().value(ExportPdfKey, false).toBool();
}

void Settings::setExportFilingAsPdf(bool pdf)
{
    QSettings().setValue(ExportPdfKey, pdf);
}

QPageLayout Settings::exportPageLayout(const QPageLayout &fallback)
{
    const QSettings settings;
    QPageLayout layout = fallback;
    const QString paper = settings.value(PaperKey).toString();
    for (int id = 0; id <= int(QPageSize::LastPageSize) && !paper.isEmpty(); ++id) {
        const QPageSize size{QPageSize::PageSizeId(id)};
        if (size.key() == paper) {
            layout.setPageSize(size, layout.margins());
            break;
        }
    }
    if (settings.contains(LandscapeKey))
        layout.setOrientation(settings.value(LandscapeKey).toBool() ? QPageLayout::Landscape : QPageLayout::Portrait);
    return layout;
}

void Settings::setExportPageLayout(const QPageLayout &layout)
{
    QSettings settings;
    settings.setValue(PaperKey, layout.pageSize().key());
    settings.setValue(LandscapeKey, layout.orientation() == QPageLayout::Landscape);
}

QString Settings::openFolder()
{
    const QString last = QSettings().value(OpenFolderKey).toString();
    if (!last.isEmpty())
        return last;
    // Where a package installs the examples (/usr/share/tieout/examples),
    // found the way every installed application finds its data.
    const QString examples = QStandardPaths::locate(QStandardPaths::GenericDataLocation, u"tieout/examples"_s,
                                                    QStandardPaths::LocateDirectory);
    return examples.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : examples;
}

void Settings::setOpenFolder(const QString &folder)
{
    QSettings().setValue(OpenFolderKey, folder);
}

int Settings::zoomPercent()
{
    const int percent = QSettings().value(ZoomKey, 100).toInt();
    return percent > 0 ? percent : 100;
}

void Settings::setZoomPercent(int percent)
{
    QSettings().setValue(ZoomKey, percent);
}

QString Settings::chartKind()
{
    return QSettings().value(ChartKindKey).toString();
}

void Settings::setChartKind(const QString &id)
{
    QSettings().setValue(ChartKindKey, id);
}
