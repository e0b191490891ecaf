// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schedule.h"

using namespace Qt::StringLiterals;

QString Schedule::unitsCaption() const
{
    for (const QString &caption : captions) {
        QString text = caption.trimmed();
        if (text.startsWith(u'(') && text.endsWith(u')'))
            text = text.mid(1, text.size() - 2).trimmed();
        if (text.startsWith(u"in "_s, Qt::CaseInsensitive) || text.contains(u"thousands"_s, Qt::CaseInsensitive)
            || text.contains(u"millions"_s, Qt::CaseInsensitive))
            return text;
    }
    return {};
}

QString Schedule::scaleName() const
{
    switch (scale) {
    case 1000: return u"thousands"_s;
    case 1000000: return u"millions"_s;
    case 1000000000: return u"billions"_s;
    default: return u"units"_s;
    }
}

qsizetype Schedule::findRow(const QString &label, int occurrence) const
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i].label == label && rows[i].occurrence == occurrence)
            return i;
    }
    return -1;
}
