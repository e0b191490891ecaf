// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabelSimilarity.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QSet<QString> LabelSimilarity::words(const QString &text)
{
    static const QSet<QString> Small = {u"a"_s,  u"an"_s,  u"and"_s, u"the"_s, u"of"_s,  u"to"_s,   u"in"_s,
                                        u"on"_s, u"our"_s, u"for"_s, u"with"_s, u"by"_s, u"from"_s, u"or"_s,
                                        u"other"_s, u"net"_s, u"gaap"_s, u"non"_s, u"expense"_s, u"expenses"_s};
    static const QRegularExpression separators(uR"([^\p{L}\p{N}]+)"_s);
    QSet<QString> result;
    for (QString word : text.toLower().split(separators, Qt::SkipEmptyParts)) {
        if (Small.contains(word))
            continue;
        if (word.size() > 3 && word.endsWith(u's') && !word.endsWith(u"ss"_s))
            word.chop(1);
        result.insert(word);
    }
    return result;
}

double LabelSimilarity::coverage(const QString &label, const QString &other)
{
    const QSet<QString> mine = words(label);
    if (mine.isEmpty())
        return 0;
    const QSet<QString> theirs = words(other);
    int common = 0;
    for (const QString &word : mine)
        common += theirs.contains(word) ? 1 : 0;
    return double(common) / double(mine.size());
}
