// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabelSimilarity.h"

#include <QSet>

using namespace Qt::StringLiterals;

QSet<QString> LabelSimilarity::words(const QString &text)
{
    static const QSet<QString> Small = {u"a"_s,     u"an"_s,  u"and"_s,  u"the"_s,  u"of"_s,      u"to"_s,      u"in"_s,
                                        u"on"_s,    u"our"_s, u"for"_s,  u"with"_s, u"by"_s,      u"from"_s,    u"or"_s,
                                        u"other"_s, u"net"_s, u"gaap"_s, u"non"_s,  u"expense"_s, u"expenses"_s};
    QSet<QString> result;
    const auto take = [&result](QString word) {
        if (word.isEmpty() || Small.contains(word))
            return;
        // The plural of Porter's step 1a: "losses" is "loss", "costs" "cost".
        if (word.size() > 4 && word.endsWith(u"sses"_s))
            word.chop(2);
        else if (word.size() > 3 && word.endsWith(u's') && !word.endsWith(u"ss"_s))
            word.chop(1);
        result.insert(word);
    };
    // Words are runs of letters and digits. A scan rather than a regular
    // expression: the tracer and the narrative compare thousands of labels.
    const QString lower = text.toLower();
    qsizetype start = 0; // of the word being read
    for (qsizetype i = 0; i < lower.size(); ++i) {
        char32_t c = lower[i].unicode();
        const bool pair = lower[i].isHighSurrogate() && i + 1 < lower.size() && lower[i + 1].isLowSurrogate();
        if (pair)
            c = QChar::surrogateToUcs4(lower[i], lower[i + 1]);
        if (!QChar::isLetterOrNumber(c)) {
            take(lower.mid(start, i - start));
            start = i + (pair ? 2 : 1);
        }
        i += pair ? 1 : 0;
    }
    take(lower.mid(start));
    return result;
}

double LabelSimilarity::coverage(const QString &label, const QString &other)
{
    const QSet<QString> mine = words(label);
    return mine.isEmpty() ? 0 : coverage(mine, words(other));
}

double LabelSimilarity::coverage(const QSet<QString> &mine, const QSet<QString> &theirs)
{
    if (mine.isEmpty())
        return 0;
    int common = 0;
    for (const QString &word : mine)
        common += theirs.contains(word) ? 1 : 0;
    return double(common) / double(mine.size());
}
