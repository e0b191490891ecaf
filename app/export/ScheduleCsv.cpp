// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleCsv.h"

#include "TableExport.h"
#include "files/OutputFile.h"
#include "models/ScheduleTableModel.h"

#include <QDir>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxNameLength = 120; // characters; a name's bytes stay under the 255 file systems allow

bool refused(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f || QStringView(u"<>:\"/\\|?*").contains(c)
           || c.category() == QChar::Other_Format || c.isSurrogate();
}

bool isDeviceName(const QString &name)
{
    static const QSet<QString> devices{u"CON"_s,  u"PRN"_s,  u"AUX"_s,  u"NUL"_s,  u"COM1"_s, u"COM2"_s,
                                       u"COM3"_s, u"COM4"_s, u"COM5"_s, u"COM6"_s, u"COM7"_s, u"COM8"_s,
                                       u"COM9"_s, u"LPT1"_s, u"LPT2"_s, u"LPT3"_s, u"LPT4"_s, u"LPT5"_s,
                                       u"LPT6"_s, u"LPT7"_s, u"LPT8"_s, u"LPT9"_s};
    return devices.contains(name.section(u'.', 0, 0).trimmed().toUpper());
}

QString trimmedEnds(QString name)
{
    while (!name.isEmpty() && (name.front() == u'.' || name.front() == u' '))
        name.remove(0, 1);
    while (!name.isEmpty() && (name.back() == u'.' || name.back() == u' '))
        name.chop(1);
    return name;
}

} // namespace

QString ScheduleCsv::titleLine(const Schedule &schedule, const QString &units)
{
    QString title = schedule.title;
    if (!schedule.company.isEmpty())
        title = schedule.company + u" \u2014 "_s + title;
    if (!units.isEmpty())
        title += u" ("_s + units + u')';
    return title;
}

QString ScheduleCsv::csv(const FilingAnalysisPtr &analysis, qsizetype schedule)
{
    ScheduleTableModel model;
    model.setSchedule(analysis, schedule);
    return TableExport::csv(TableExport::whole(model), titleLine(model.schedule(), model.unitsText()));
}

QString ScheduleCsv::safeName(const QString &title)
{
    QString name;
    name.reserve(title.size());
    for (const QChar c : title)
        name += refused(c) ? u' ' : c;
    name = trimmedEnds(name.simplified());
    if (name.size() > MaxNameLength) {
        // Cut between words where there is one in the last third.
        qsizetype cut = name.lastIndexOf(u' ', MaxNameLength);
        if (cut < MaxNameLength * 2 / 3)
            cut = MaxNameLength;
        name = trimmedEnds(name.left(cut));
    }
    if (name.isEmpty())
        return tr("Schedule");
    if (isDeviceName(name))
        name += tr(" schedule");
    return name;
}

QStringList ScheduleCsv::fileNames(const QStringList &titles, const QString &suffix)
{
    const QString dotted = suffix.isEmpty() ? QString() : u'.' + suffix;
    QSet<QString> taken; // case folded
    QStringList names;
    names.reserve(titles.size());
    for (const QString &title : titles) {
        const QString base = safeName(title);
        QString name = base + dotted;
        for (int n = 2; taken.contains(name.toCaseFolded()); ++n)
            name = u"%1 (%2)%3"_s.arg(base).arg(n).arg(dotted);
        taken.insert(name.toCaseFolded());
        names << name;
    }
    return names;
}

QString ScheduleCsv::write(const QString &path, const QString &text)
{
    OutputFile file(path);
    if (!file.open())
        return file.error();
    if (file.device()->write(text.toUtf8()) < 0) {
        file.cancel(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.device()->errorString()));
        return file.error();
    }
    return file.commit() ? QString() : file.error();
}
