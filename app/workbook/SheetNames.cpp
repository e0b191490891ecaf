// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetNames.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// The title with what Excel refuses taken out, spaces run together.
QString cleaned(const QString &title)
{
    QString name;
    for (const QChar c : title) {
        const bool refused = QStringView(u":\\/?*[]").contains(c) || c.unicode() < 0x20 || c.isSurrogate();
        name += refused ? u' ' : c;
    }
    name = name.simplified();
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    while (name.endsWith(u'\''))
        name.chop(1);
    return name.trimmed();
}

// The name cut to `room` characters, at a word where one is near.
QString shortened(const QString &name, qsizetype room)
{
    if (name.size() <= room)
        return name;
    QString cut = name.left(room);
    const qsizetype space = cut.lastIndexOf(u' ');
    if (space > room / 2)
        cut.truncate(space);
    while (cut.endsWith(u'\'') || cut.endsWith(u' '))
        cut.chop(1);
    return cut;
}

} // namespace

QStringList SheetNames::of(const QStringList &titles, const QStringList &taken)
{
    QSet<QString> used{u"history"_s};
    for (const QString &name : taken)
        used.insert(name.toLower());
    QStringList names;
    for (const QString &title : titles) {
        QString base = shortened(cleaned(title), MaxLength);
        if (base.isEmpty())
            base = u"Schedule"_s;
        QString name = base;
        for (int copy = 2; used.contains(name.toLower()); ++copy) {
            const QString suffix = u" (%1)"_s.arg(copy);
            name = shortened(base, MaxLength - suffix.size()) + suffix;
        }
        used.insert(name.toLower());
        names.append(name);
    }
    return names;
}

QString SheetNames::quoted(const QString &name)
{
    return u"'%1'"_s.arg(QString(name).replace(u'\'', u"''"_s));
}
