// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleViewOptions.h"

#include <QStringList>

using namespace Qt::StringLiterals;

QString ScheduleViewOptions::toString() const
{
    QStringList parts;
    if (change)
        parts << u"change"_s;
    if (commonSize)
        parts << u"common-size"_s;
    if (millions)
        parts << u"millions"_s;
    return parts.join(u',');
}

ScheduleViewOptions ScheduleViewOptions::fromString(const QString &text)
{
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    ScheduleViewOptions options;
    options.change = parts.contains(u"change"_s);
    options.commonSize = parts.contains(u"common-size"_s);
    options.millions = parts.contains(u"millions"_s);
    return options;
}
