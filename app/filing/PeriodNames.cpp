// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeriodNames.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// A heading without the words that name its period ("Three Months Ended",
// "March 31, 2008", a year) and its footnote markers: what is left says
// which of the period's figures the column holds ("As Restated").
QString remainder(const Period &period)
{
    static const QRegularExpression dated(
        uR"(\b(?:\w+[\s-]+(?:months?|weeks?)\s+ended|(?:fiscal\s+)?(?:years?|quarters?)\s+ended|as\s+of)\b|)"
        uR"(\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},?(?:\s+\d{4})?\b|\b(?:19|20)\d{2}\b|\(\d+\)|\*)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression edges(uR"(^[\s,;:()\-\x{2013}\x{2014}]+|[\s,;:()\-\x{2013}\x{2014}]+$)"_s);
    return period.label().replace(dated, u" "_s).simplified().remove(edges);
}

// "As Restated" reads "as restated" inside a name; "GAAP" stays as it is.
QString asPhrase(const QString &text)
{
    QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    static const QRegularExpression capitalised(uR"(^\p{Lu}\p{Ll}+$)"_s);
    for (QString &word : words) {
        if (capitalised.match(word).hasMatch())
            word = word.toLower();
    }
    return words.join(u' ');
}

} // namespace

QString PeriodNames::distinguishing(const Period &period, const QList<const Period *> &others)
{
    const QString own = remainder(period);
    bool unique = !own.isEmpty();
    for (const Period *other : others)
        unique = unique && remainder(*other) != own;
    if (unique)
        return asPhrase(own);
    // The remainders say nothing apart: the heading lines the others do not all print.
    QStringList lines;
    for (const QString &line : period.labelLines) {
        bool shared = true;
        for (const Period *other : others)
            shared = shared && other->labelLines.contains(line);
        if (!shared)
            lines << line.trimmed();
    }
    return asPhrase(lines.join(u' '));
}

QStringList PeriodNames::of(const Schedule &schedule)
{
    QStringList names;
    names.reserve(schedule.periods.size());
    for (const Period &period : schedule.periods)
        names << period.shortLabel();
    for (qsizetype p = 0; p < schedule.periods.size(); ++p) {
        QList<const Period *> others;
        for (qsizetype q = 0; q < schedule.periods.size(); ++q) {
            if (q != p && schedule.periods[q].shortLabel() == names[p])
                others << &schedule.periods[q];
        }
        if (others.isEmpty())
            continue;
        const QString part = distinguishing(schedule.periods[p], others);
        if (!part.isEmpty())
            names[p] += u" ("_s + part + u')';
    }
    return names;
}
