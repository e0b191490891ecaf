// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A release footed by hand: the checks a careful analyst makes, typed into
// a ".footing" file from the document alone, and their comparison with the
// checks the engine makes. The format, one check per line:
//
//   # a comment
//   @ Condensed Consolidated Statements of Operations | 2
//   total | Total net revenues
//   per-share | Diluted#2 | 2
//   total | Total operating expenses | 3 | fail -1.0
//
// "@ title | periods" opens a schedule (matched by the start of its title,
// "#2" for the second of that title) and says how many periods its checks
// foot by default; a line gives the rule, the checked line's label ("#2"
// for its second occurrence in the schedule), how many periods are footed
// and, after "fail", the difference reported − computed of each period
// that does not tie. "(unlabelled)" names a line printed without a label.

#include "analysis/FilingAnalysis.h"
#include "checks/CheckText.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace FootingList {

using namespace Qt::StringLiterals;

struct Key
{
    QString schedule; // the title as footed, with "#n" for the nth of that title
    QString label;    // with "#n" past the first occurrence
    QString rule;
    friend bool operator==(const Key &a, const Key &b)
    {
        return std::tie(a.schedule, a.label, a.rule) == std::tie(b.schedule, b.label, b.rule);
    }
};

inline size_t qHash(const Key &key, size_t seed = 0)
{
    return qHashMulti(seed, key.schedule, key.label, key.rule);
}

struct Footed
{
    int periods = 0;
    QStringList failures; // differences, as CheckText writes them
};

struct List
{
    QHash<Key, Footed> checks;
    QStringList scheduleTitles; // as footed, in order
    QString error;              // "file:line: what was expected"
};

inline List read(const QString &path)
{
    List list;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        list.error = path + u": cannot be read"_s;
        return list;
    }
    QString schedule;
    int periods = 0;
    int number = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++number;
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.mid(line.startsWith(u'@') ? 1 : 0).split(u" | "_s);
        const auto fail = [&](const QString &what) {
            list.error = u"%1:%2: expected %3"_s.arg(path).arg(number).arg(what);
        };
        if (line.startsWith(u'@')) {
            if (parts.size() != 2 || parts[1].trimmed().toInt() <= 0) {
                fail(u"\"@ title | periods\""_s);
                return list;
            }
            schedule = parts[0].trimmed();
            periods = parts[1].trimmed().toInt();
            list.scheduleTitles.append(schedule);
            continue;
        }
        if (schedule.isEmpty() || parts.size() < 2 || parts.size() > 4) {
            fail(u"\"rule | label [| periods] [| fail differences]\" under an \"@\" line"_s);
            return list;
        }
        Footed footed{periods, {}};
        for (qsizetype k = 2; k < parts.size(); ++k) {
            const QString field = parts[k].trimmed();
            if (field.startsWith(u"fail "_s))
                footed.failures = field.mid(5).split(u' ', Qt::SkipEmptyParts);
            else if (field.toInt() > 0)
                footed.periods = field.toInt();
            else {
                fail(u"a number of periods or \"fail differences\""_s);
                return list;
            }
        }
        // A line the table prints without a label ("85,588" under two expenses).
        const QString label = parts[1].trimmed() == u"(unlabelled)"_s ? QString() : parts[1].trimmed();
        Key key{schedule, label, parts[0].trimmed()};
        Footed &known = list.checks[key];
        known.periods += footed.periods;
        known.failures += footed.failures;
    }
    return list;
}

struct Comparison
{
    int found = 0;          // period checks footed and made
    int missing = 0;        // footed, not made
    int extra = 0;          // made, not footed
    int flagged = 0;        // footed failures the engine flags with the same difference
    QStringList unflagged;  // footed failures it does not
    QStringList falseFlags; // its failures nobody footed
    QStringList missingChecks;
    QStringList extraChecks;
};

// The schedule's name as a footing names it: its title, "#n" for the nth
// schedule whose title starts the same way as a footed title.
inline QHash<qsizetype, QString> scheduleNames(const Filing &filing, const QStringList &footedTitles)
{
    QHash<qsizetype, QString> names;
    QHash<QString, int> seen;
    for (qsizetype s = 0; s < filing.schedules.size(); ++s) {
        const QString title = filing.schedules[s].title.simplified();
        QString best;
        for (const QString &footed : footedTitles) {
            const QString plain = QString(footed).remove(QRegularExpression(u"#\\d+$"_s));
            if (title.startsWith(plain, Qt::CaseInsensitive) && plain.size() > best.size())
                best = plain;
        }
        const QString base = best.isEmpty() ? title : best;
        const int n = ++seen[base];
        names.insert(s, n == 1 ? base : u"%1#%2"_s.arg(base).arg(n));
    }
    return names;
}

inline Comparison compare(const FilingAnalysis &analysis, const List &list)
{
    const Filing &filing = analysis.filing;
    const CheckText text(filing);
    const QHash<qsizetype, QString> names = scheduleNames(filing, list.scheduleTitles);
    QHash<Key, Footed> made;
    for (const Check &check : analysis.tieOut.checks) {
        const Row &row = filing.schedules[check.target.schedule].rows[check.target.row];
        const QString label = row.occurrence == 1 ? row.label : u"%1#%2"_s.arg(row.label).arg(row.occurrence);
        Footed &footed = made[Key{names.value(check.target.schedule), label, Check::kindName(check.kind)}];
        for (qsizetype p = 0; p < check.periods.size(); ++p) {
            if (check.periods[p].verdict == CheckLine::Verdict::Skipped)
                continue;
            ++footed.periods;
            if (check.periods[p].verdict == CheckLine::Verdict::Fail)
                footed.failures.append(text.period(check, p).difference);
        }
    }
    Comparison result;
    const auto name = [](const Key &key) { return u"%1: %2 [%3]"_s.arg(key.schedule, key.label, key.rule); };
    for (auto it = list.checks.cbegin(); it != list.checks.cend(); ++it) {
        const Footed engine = made.value(it.key());
        const int both = std::min(engine.periods, it->periods);
        result.found += both;
        result.missing += it->periods - both;
        if (it->periods > both)
            result.missingChecks.append(name(it.key()));
        for (const QString &difference : it->failures) {
            if (engine.failures.contains(difference))
                ++result.flagged;
            else
                result.unflagged.append(name(it.key()) + u" by "_s + difference);
        }
        for (const QString &difference : engine.failures) {
            if (!it->failures.contains(difference))
                result.falseFlags.append(name(it.key()) + u" by "_s + difference);
        }
    }
    for (auto it = made.cbegin(); it != made.cend(); ++it) {
        const Footed footed = list.checks.value(it.key());
        const int over = it->periods - std::min(it->periods, footed.periods);
        result.extra += over;
        if (over > 0)
            result.extraChecks.append(name(it.key()));
        if (!list.checks.contains(it.key())) {
            for (const QString &difference : it->failures)
                result.falseFlags.append(name(it.key()) + u" by "_s + difference);
        }
    }
    std::sort(result.missingChecks.begin(), result.missingChecks.end());
    std::sort(result.extraChecks.begin(), result.extraChecks.end());
    return result;
}

} // namespace FootingList
