// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeriodAlignment.h"

#include "filing/Schedule.h"

#include <algorithm>

namespace {

// Whether the labels have the same characters apart from white space, which
// equal simplified labels must: it rules out most pairs without building
// strings, and alignment compares every period of many pairs of schedules.
bool sameInk(const QStringList &a, const QStringList &b)
{
    qsizetype line = 0, at = 0, otherLine = 0, otherAt = 0;
    const auto next = [](const QStringList &lines, qsizetype &l, qsizetype &i) -> QChar {
        for (; l < lines.size(); ++l, i = 0) {
            for (; i < lines[l].size(); ++i) {
                if (!lines[l][i].isSpace())
                    return lines[l][i++];
            }
        }
        return QChar();
    };
    for (;;) {
        const QChar x = next(a, line, at);
        const QChar y = next(b, otherLine, otherAt);
        if (x != y)
            return false;
        if (x.isNull())
            return true;
    }
}

// The last character of a heading that is not white space.
QChar lastInk(const QStringList &lines)
{
    for (qsizetype l = lines.size(); l-- > 0;) {
        for (qsizetype i = lines[l].size(); i-- > 0;) {
            if (!lines[l][i].isSpace())
                return lines[l][i];
        }
    }
    return {};
}

// The same heading, white space apart. Most columns of a 10-K's tables
// are headed alike ("December 31, 2021"): lines written the same settle it
// without building a string, and headings of other years differ in their
// last digit, found before the walk through both.
bool sameLabel(const Period &a, const Period &b)
{
    if (a.labelLines == b.labelLines)
        return true;
    return lastInk(a.labelLines) == lastInk(b.labelLines) && sameInk(a.labelLines, b.labelLines)
           && a.label().simplified() == b.label().simplified();
}

} // namespace

bool PeriodAlignment::samePeriod(const Period &a, const Period &b)
{
    // "2022 % of Revenues" ends on the same day as "2022" but is not its figures.
    if (a.date.isValid() && a.date == b.date && a.span == b.span && a.months == b.months
        && a.span != Period::Span::Unknown && a.isAdditive() == b.isAdditive())
        return true;
    return sameLabel(a, b);
}

PeriodAlignment::Pairs PeriodAlignment::align(const Schedule &a, const Schedule &b)
{
    Pairs pairs;
    const auto taken = [&pairs](qsizetype j) {
        return std::any_of(pairs.cbegin(), pairs.cend(), [j](const auto &pair) { return pair.second == j; });
    };
    for (qsizetype i = 0; i < a.periods.size(); ++i) {
        // A restated release prints one quarter twice, "As Reported" and
        // "As Restated": the column headed the same comes before one that
        // only ends on the same date. A label is taken once too: the
        // quarter's and the nine months' "Change 2023 vs. 2022" pair in order.
        qsizetype found = -1;
        for (qsizetype j = 0; j < b.periods.size() && found < 0; ++j) {
            if (!taken(j) && sameLabel(a.periods[i], b.periods[j]))
                found = j;
        }
        // By date, a column is taken once: a table of column groups
        // ("Alcoa Corporation", "Noncontrolling interest", "Total") repeats
        // a date, and only its first group is the other table's column.
        for (qsizetype j = 0; j < b.periods.size() && found < 0; ++j) {
            if (!taken(j) && samePeriod(a.periods[i], b.periods[j]))
                found = j;
        }
        if (found >= 0)
            pairs.append({i, found});
    }
    return pairs;
}

QList<qsizetype> PeriodAlignment::columns(const Schedule &a, const Schedule &b)
{
    QList<qsizetype> map(a.periods.size(), -1);
    for (const auto &pair : align(a, b))
        map[pair.first] = pair.second;
    return map;
}
