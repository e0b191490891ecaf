// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnRelations.h"

#include "filing/Period.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

constexpr auto Insensitive = QRegularExpression::CaseInsensitiveOption;

bool isChange(const Period &period)
{
    static const QRegularExpression words(
        uR"(\bchange\b|\bchg\b|increase\s*\(decrease\)|\bvariance\b|\bvs\.?(\s|$)|\b(qtr|yr)-o-(qtr|yr)\b)"_s,
        Insensitive);
    return words.match(period.label()).hasMatch();
}

// A change at constant currency, organic or pro forma restates the periods
// first: the printed columns do not give it.
bool isRestatedChange(const Period &period)
{
    static const QRegularExpression words(uR"(constant currency|local currency|organic|pro forma)"_s, Insensitive);
    return words.match(period.label()).hasMatch();
}

// Two period ends `months` apart, give or take the week a 52/53-week year moves them.
bool monthsApart(const QDate &later, const QDate &earlier, int months)
{
    return earlier.isValid() && later.isValid() && qAbs(earlier.daysTo(later.addMonths(-months))) <= 7;
}

bool sameLength(const Period &a, const Period &b)
{
    return a.span == b.span && a.months == b.months;
}

// The only year a header names ("First Quarter 2022"), or 0.
int yearOf(const Period &period)
{
    static const QRegularExpression year(uR"(\b(19|20)\d{2}\b)"_s);
    auto years = year.globalMatch(period.label());
    int found = 0;
    for (int count = 0; years.hasNext(); ++count) {
        if (count > 0)
            return 0;
        found = years.next().captured().toInt();
    }
    return found;
}

// When the column's period ends, to order columns and count the months
// between them: its date; else the end of the quarter its header names,
// counted as if the year were the calendar's ("Q2’04", "Q4 2010": a fiscal
// quarter keeps its distance to the others); else the end of the one year
// it names, so that "First Quarter 2022" comes after "First Quarter 2021".
QDate endOf(const Period &period)
{
    static const QRegularExpression quarter(uR"(\bQ([1-4])\s*[’'‘-]?\s*(\d{4}|\d{2})\b)"_s, Insensitive);
    if (period.date.isValid() && !period.datedByTitle)
        return period.date;
    const QRegularExpressionMatch q = quarter.match(period.label());
    if (q.hasMatch()) {
        const int year = q.captured(2).size() == 2 ? 2000 + q.captured(2).toInt() : q.captured(2).toInt();
        return QDate(year, q.captured(1).toInt() * 3, 1).addMonths(1).addDays(-1);
    }
    const int year = yearOf(period);
    return year > 0 ? QDate(year, 12, 31) : QDate();
}

// Whether two header lines name the same measure: "Units" and "CPU Units
// k", "Revenue" and "Rev $m" (a word of one begins a word of the other).
bool sameMeasure(const QString &a, const QString &b)
{
    static const QRegularExpression word(uR"([A-Za-z]{3,})"_s);
    for (auto i = word.globalMatch(a); i.hasNext();) {
        const QString x = i.next().captured().toLower();
        for (auto j = word.globalMatch(b); j.hasNext();) {
            const QString y = j.next().captured().toLower();
            if (x.startsWith(y) || y.startsWith(x))
                return true;
        }
    }
    return false;
}

// The columns a change may compare: dated figures, not other changes, of
// the change's own measure where the headers say ("GAAP", "Non-GAAP").
QList<qsizetype> comparable(const QList<Period> &periods, qsizetype change)
{
    QList<qsizetype> dated;
    for (qsizetype k = 0; k < periods.size(); ++k) {
        const Period &p = periods[k];
        if (k != change && endOf(p).isValid() && !isChange(p))
            dated.append(k);
    }
    // "2014 % of Revenues" shares the day of "2014": amounts first.
    QList<qsizetype> additive;
    for (qsizetype k : std::as_const(dated)) {
        if (periods[k].isAdditive())
            additive.append(k);
    }
    if (!additive.isEmpty())
        dated = additive;
    const QString qualifier = periods[change].labelLines.value(periods[change].labelLines.size() - 1).simplified();
    QList<qsizetype> same;
    for (qsizetype k : std::as_const(dated)) {
        if (periods[k].labelLines.size() > 1 && periods[k].labelLines.last().simplified() == qualifier)
            same.append(k);
    }
    // Paired columns ("CPU Units k | Rev $m" under each quarter) compare
    // like with like: "Sequential Change" over "Units" or "Revenue".
    if (same.isEmpty() && periods[change].labelLines.size() > 1) {
        for (qsizetype k : std::as_const(dated)) {
            if (periods[k].labelLines.size() > 1 && sameMeasure(periods[k].labelLines.last(), qualifier))
                same.append(k);
        }
    }
    return same.isEmpty() ? dated : same;
}

// The one column of `among` ending on `date` (a week either way) and as
// long as `like`, or -1 when none or several.
qsizetype endingOn(const QList<Period> &periods, const QList<qsizetype> &among, const QDate &date, const Period &like)
{
    qsizetype found = -1;
    for (qsizetype k : among) {
        if (sameLength(periods[k], like) && monthsApart(date, endOf(periods[k]), 0)) {
            if (found >= 0)
                return -1;
            found = k;
        }
    }
    return found;
}

// How many months back the change looks, when its header says: "Qtr-o-Qtr"
// three, "Yr-o-Yr" twelve, "Q3-25 vs. Q2-25" the quarters between. 0: unsaid.
int monthsBack(const QString &label)
{
    static const QRegularExpression sequential(
        uR"(\bqtr-o-qtr\b|\bsequential\b|\blinked[- ]quarter\b|\bquarter[- ]over[- ]quarter\b|\bq-?o-?q\b)"_s,
        Insensitive);
    static const QRegularExpression yearly(uR"(\byr-o-yr\b|\byear\s*/\s*year\b|\byear[- ]over[- ]year\b|\by-?o-?y\b)"_s,
                                           Insensitive);
    static const QRegularExpression named(uR"(\bQ([1-4])\W?(\d{2}|\d{4})\s*vs\.?\s*Q([1-4])\W?(\d{2}|\d{4})\b)"_s,
                                          Insensitive);
    if (sequential.match(label).hasMatch())
        return 3;
    if (yearly.match(label).hasMatch())
        return 12;
    const QRegularExpressionMatch m = named.match(label);
    if (!m.hasMatch())
        return 0;
    const auto quarters = [&](int q, int y) { return (m.captured(y).toInt() % 100) * 4 + m.captured(q).toInt(); };
    const int between = quarters(1, 2) - quarters(3, 4);
    return between > 0 ? between * 3 : 0;
}

ColumnRelations::Change::Measure measureOf(const Period &period)
{
    static const QRegularExpression percent(uR"(%|\bpercent(age)?\b)"_s, Insensitive);
    if (!period.isAdditive() || percent.match(period.label()).hasMatch())
        return ColumnRelations::Change::Measure::Percent;
    return ColumnRelations::Change::Measure::Amount;
}

bool isTotal(const Period &period)
{
    static const QRegularExpression total(uR"(^(total|consolidated)\b)"_s, Insensitive);
    for (const QString &line : period.labelLines) {
        if (total.match(line.trimmed()).hasMatch())
            return true;
    }
    return false;
}

QStringList headOf(const Period &period)
{
    return period.labelLines.mid(0, period.labelLines.size() - 1);
}

void addCandidate(QList<QList<qsizetype>> &candidates, const QList<qsizetype> &parts)
{
    if (parts.size() >= 2 && !candidates.contains(parts))
        candidates.append(parts);
}

} // namespace

QList<ColumnRelations::Change> ColumnRelations::changes(const QList<Period> &periods)
{
    QList<Change> found;
    for (qsizetype c = 0; c < periods.size(); ++c) {
        const Period &column = periods[c];
        if (!isChange(column) || isRestatedChange(column))
            continue;
        const QList<qsizetype> among = comparable(periods, c);
        // The current period: the latest of the compared columns before it;
        // of two ending alike (the quarter and the nine months), the nearer:
        // "Change 2023 vs. 2022" after the nine-month columns compares them.
        qsizetype current = -1;
        for (qsizetype k : among) {
            if (k < c
                && (current < 0 || endOf(periods[k]) > endOf(periods[current])
                    || (endOf(periods[k]) == endOf(periods[current]) && k > current)))
                current = k;
        }
        if (current < 0)
            continue;
        const QDate end = endOf(periods[current]);
        if (endingOn(periods, among, end, periods[current]) != current)
            continue;
        qsizetype base = -1;
        if (const int back = monthsBack(column.label())) {
            base = endingOn(periods, among, end.addMonths(-back), periods[current]);
        } else {
            // Unsaid: the nearest earlier period printed before the change column.
            for (qsizetype k = c - 1; k >= 0 && base < 0; --k) {
                if (among.contains(k) && k != current && sameLength(periods[k], periods[current])
                    && endOf(periods[k]) < end)
                    base = k;
            }
        }
        if (base < 0)
            continue;
        found.append({c, current, base, measureOf(column)});
    }
    return found;
}

QList<ColumnRelations::Sum> ColumnRelations::sums(const QList<Period> &periods)
{
    QList<Sum> found;
    for (qsizetype t = 0; t < periods.size(); ++t) {
        const Period &total = periods[t];
        if (!total.isAdditive() || isChange(total))
            continue;
        if (isTotal(total)) {
            // Parts: the other columns of the same period, not changes.
            QList<qsizetype> parts;
            for (qsizetype k = 0; k < periods.size(); ++k) {
                const Period &p = periods[k];
                if (k == t || !p.isAdditive() || isChange(p) || isTotal(p))
                    continue;
                if (total.date.isValid() != p.date.isValid()
                    || (total.date.isValid() && (total.date != p.date || !sameLength(total, p))))
                    continue;
                parts.append(k);
            }
            Sum sum{t, {}, Sum::Basis::Total};
            // Likeliest first: the parts headed alike ("Fiscal 2014 Q1" …
            // "Fiscal 2014 TOTAL"), then the run beside it, then all.
            QList<qsizetype> alike;
            for (qsizetype k : std::as_const(parts)) {
                if (!headOf(total).isEmpty() && headOf(periods[k]) == headOf(total))
                    alike.append(k);
            }
            addCandidate(sum.candidates, alike);
            QList<qsizetype> run;
            for (qsizetype k = t - 1; k >= 0 && parts.contains(k); --k)
                run.prepend(k);
            addCandidate(sum.candidates, run);
            run.clear();
            for (qsizetype k = t + 1; k < periods.size() && parts.contains(k); ++k)
                run.append(k);
            addCandidate(sum.candidates, run);
            addCandidate(sum.candidates, parts);
            if (!sum.candidates.isEmpty())
                found.append(sum);
            continue;
        }
        // A bridge: "First Quarter 2021", "Sales Volume", "Price Realization",
        // …, "First Quarter 2022": the later period is the earlier one plus
        // the effects between them.
        if (t >= 2 && yearOf(total) > 0 && yearOf(periods[0]) > 0 && yearOf(periods[0]) < yearOf(total)) {
            QList<qsizetype> parts{0};
            for (qsizetype k = 1; k < t && parts.size() == k; ++k) {
                if (yearOf(periods[k]) == 0 && !isChange(periods[k]) && !isTotal(periods[k]))
                    parts.append(k);
            }
            if (parts.size() == t) {
                found.append({t, {parts}, Sum::Basis::Bridge});
                continue;
            }
        }
        // Six, nine or twelve months: the quarters ending with it.
        if (total.span != Period::Span::Duration || total.months <= 3 || total.months % 3 != 0 || !total.date.isValid()
            || total.datedByTitle)
            continue;
        QList<qsizetype> quarters;
        for (int q = 0; q < total.months / 3; ++q) {
            qsizetype quarter = -1;
            for (qsizetype k = 0; k < periods.size(); ++k) {
                const Period &p = periods[k];
                if (p.span == Period::Span::Duration && p.months == 3 && p.isAdditive() && !isChange(p)
                    && monthsApart(total.date, p.date, 3 * q))
                    quarter = quarter < 0 ? k : -2; // two columns of one quarter: unsure which
            }
            if (quarter < 0)
                break;
            quarters.append(quarter);
        }
        if (quarters.size() == total.months / 3)
            found.append({t, {quarters}, Sum::Basis::Quarters});
    }
    return found;
}
