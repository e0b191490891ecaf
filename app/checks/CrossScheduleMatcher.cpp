// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrossScheduleMatcher.h"

#include "CheckBuilder.h"
#include "filing/Filing.h"
#include "matching/PeriodAlignments.h"
#include "matching/PeriodIndex.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <span>

using namespace Qt::StringLiterals;

namespace {

bool comparable(const Row &row)
{
    return RowKinds::carriesValues(row.kind) && row.kind != RowKind::Percentage && row.hasValues();
}

bool sameMagnitude(const Cell &a, const Cell &b)
{
    return !a.isNil() && !b.isNil() && a.readable && b.readable && a.amount.abs() == b.amount.abs();
}

// Union-find over the flattened rows of all schedules.
class Groups
{
public:
    explicit Groups(qsizetype size) : m_parent(size) { std::iota(m_parent.begin(), m_parent.end(), 0); }
    qsizetype find(qsizetype x)
    {
        while (m_parent[x] != x)
            x = m_parent[x] = m_parent[m_parent[x]];
        return x;
    }
    void join(qsizetype a, qsizetype b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b); // the earliest row leads its group
    }

private:
    QList<qsizetype> m_parent;
};

struct Flat
{
    QList<qsizetype> offsets; // first flat index of each schedule
    RowRef at(qsizetype flat) const
    {
        const auto it = std::upper_bound(offsets.cbegin(), offsets.cend(), flat) - 1;
        const qsizetype s = it - offsets.cbegin();
        return {s, flat - *it};
    }
};

int signBetween(const Row &a, const Row &b, const PeriodAlignment::Pairs &pairs)
{
    for (const auto &pair : pairs) {
        const Cell &x = a.cells.value(pair.first);
        const Cell &y = b.cells.value(pair.second);
        if (!x.isNil() && !y.isNil() && !x.amount.isZero())
            return x.amount.isNegative() == y.amount.isNegative() ? 1 : -1;
    }
    return 1;
}

// A value's magnitude as a key: 1.10 and 1.1 are the same key.
std::pair<qint64, int> magnitudeOf(const Amount &amount)
{
    qint64 mantissa = amount.abs().mantissa();
    int decimals = amount.decimals();
    while (decimals > 0 && mantissa % 10 == 0) {
        mantissa /= 10;
        --decimals;
    }
    return {mantissa, decimals};
}

// What a row's label says it is. "Basic" and "Diluted" say nothing without
// the heading above them ("Net income per share:" or "Non-GAAP net income
// per share:"), and per-share figures are small enough to agree by chance.
QString keyOf(const Row &row)
{
    const QString label = CrossScheduleMatcher::normalisedLabel(row.label);
    if (row.kind != RowKind::PerShare && row.kind != RowKind::ShareCount)
        return label;
    return CrossScheduleMatcher::normalisedLabel(row.group) + u" / "_s + label;
}

// For each schedule, computed once however many pairs it is in: what each
// comparable row says it is (an id shared by every row that says the same,
// -1 for the others), its rows by that id, and its rows by the magnitude of
// their value in a column. Sorted lists of numbers rather than hashes of
// strings: a large filing has as many rows as a hash has bytes to spare.
class RowIndex
{
public:
    using Rows = std::span<const std::pair<qint32, qint32>>; // (key, row), rows in order
    // A value's magnitude, 1.10 and 1.1 alike, and a row that prints it.
    // Magnitudes are compared as they are, not numbered through a hash: a
    // long file has hundreds of thousands, and such a hash outgrows the cache.
    struct ValueRow
    {
        std::pair<qint64, int> magnitude;
        qint32 row;
        auto operator<=>(const ValueRow &) const = default;
    };
    using Valued = std::span<const ValueRow>; // rows in order

    explicit RowIndex(const Filing &filing) : m_filing(filing), m_schedules(filing.schedules.size()) { }

    const QList<qint32> &keys(qsizetype schedule)
    {
        Entry &entry = m_schedules[schedule];
        const QList<Row> &rows = m_filing.schedules[schedule].rows;
        if (entry.keys.isEmpty() && !rows.isEmpty()) {
            entry.keys.reserve(rows.size());
            for (const Row &row : rows)
                entry.keys.append(comparable(row) ? idOfRow(row) : -1);
        }
        return entry.keys;
    }

    Rows labelled(qsizetype schedule, qint32 key)
    {
        Entry &entry = m_schedules[schedule];
        if (entry.byKey.isEmpty()) {
            const QList<qint32> &all = keys(schedule);
            for (qsizetype r = 0; r < all.size(); ++r) {
                if (all[r] >= 0)
                    entry.byKey.append({all[r], qint32(r)});
            }
            std::sort(entry.byKey.begin(), entry.byKey.end());
        }
        return rangeOf(entry.byKey, key);
    }

    Valued valued(qsizetype schedule, qsizetype column, const Amount &amount)
    {
        Entry &entry = m_schedules[schedule];
        ValueIndex &index = entry.byValue[column];
        if (!index.built) {
            index.built = true;
            const QList<qint32> &all = keys(schedule);
            const QList<Row> &rows = m_filing.schedules[schedule].rows;
            for (qsizetype r = 0; r < rows.size(); ++r) {
                const Cell &cell = rows[r].cells.value(column);
                if (all[r] >= 0 && !cell.isNil())
                    index.magnitudes.append({magnitudeOf(cell.amount), qint32(r)});
            }
            std::sort(index.magnitudes.begin(), index.magnitudes.end());
        }
        const auto [first, last] =
            std::equal_range(index.magnitudes.cbegin(), index.magnitudes.cend(), ValueRow{magnitudeOf(amount), -1},
                             [](const ValueRow &a, const ValueRow &b) { return a.magnitude < b.magnitude; });
        return {first, last};
    }

private:
    using Pairs = QList<std::pair<qint32, qint32>>;
    struct ValueIndex
    {
        bool built = false;
        QList<ValueRow> magnitudes;
    };
    struct Entry
    {
        QList<qint32> keys;
        Pairs byKey;
        QHash<qsizetype, ValueIndex> byValue;
    };

    static Rows rangeOf(const Pairs &pairs, qint32 id)
    {
        const auto [first, last] = std::equal_range(pairs.cbegin(), pairs.cend(), std::pair(id, qint32(-1)),
                                                    [](const auto &a, const auto &b) { return a.first < b.first; });
        return {first, last};
    }
    // The id of a key, a new one the first time it is seen.
    qint32 idOf(const QString &key)
    {
        auto known = m_keyIds.constFind(key);
        if (known == m_keyIds.cend())
            known = m_keyIds.insert(key, qint32(m_keyIds.size()));
        return *known;
    }
    // Labels repeat in every release: each is normalised once.
    qint32 idOfRow(const Row &row)
    {
        if (row.kind == RowKind::PerShare || row.kind == RowKind::ShareCount)
            return idOf(keyOf(row));
        auto known = m_labelIds.constFind(row.label);
        if (known == m_labelIds.cend())
            known = m_labelIds.insert(row.label, idOf(keyOf(row)));
        return *known;
    }

    const Filing &m_filing;
    QList<Entry> m_schedules;
    QHash<QString, qint32> m_keyIds;
    QHash<QString, qint32> m_labelIds; // by label as printed
};

bool isBalanceLine(const QString &label)
{
    // Cheap before the expressions: most labels end in none of these words.
    return label.endsWith(u"period"_s, Qt::CaseInsensitive) || label.endsWith(u"year"_s, Qt::CaseInsensitive)
           || label.endsWith(u"quarter"_s, Qt::CaseInsensitive);
}

// Balances at the end or the beginning of a flow statement's periods.
Checks flowBalanceChecks(const Filing &filing, const CheckBuilder &builder)
{
    static const QRegularExpression end(uR"([,\s]+(at\s+)?end\s+of\s+(the\s+)?(period|year|quarter)$)"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression beginning(uR"([,\s]+(at\s+)?beginning\s+of\s+(the\s+)?(period|year|quarter)$)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    // Schedules of instants by company and date, in document order.
    QHash<QString, QList<qsizetype>> instants;
    for (qsizetype t = 0; t < filing.schedules.size(); ++t) {
        const Schedule &balances = filing.schedules[t];
        if (balances.periods.isEmpty() || balances.periods[0].span != Period::Span::Instant)
            continue;
        // A balance sheet prints a date once. Columns sharing one ("Carrying
        // Value", "Fair Value", "Level 1" … at December 31) are a note's
        // analysis of the balances, and which of them is the balance is
        // not for a date to say.
        QSet<QDate> dates;
        for (const Period &period : balances.periods)
            dates.insert(period.date);
        if (dates.size() < balances.periods.size())
            continue;
        const QString company = filing.companyKeyOf(balances) + u'\x1f';
        for (const Period &period : balances.periods) {
            QList<qsizetype> &list = instants[company + period.date.toString(Qt::ISODate)];
            if (list.isEmpty() || list.constLast() != t)
                list.append(t);
        }
    }
    Checks checks;
    for (qsizetype s = 0; s < filing.schedules.size(); ++s) {
        const Schedule &flows = filing.schedules[s];
        const QString company = filing.companyKeyOf(flows) + u'\x1f';
        for (qsizetype r = 0; r < flows.rows.size(); ++r) {
            const Row &row = flows.rows[r];
            if (!isBalanceLine(row.label))
                continue;
            const auto atEnd = end.match(row.label);
            const auto atStart = beginning.match(row.label);
            if (!row.hasValues() || (!atEnd.hasMatch() && !atStart.hasMatch()))
                continue;
            const QString base = CrossScheduleMatcher::normalisedLabel(
                row.label.left(atEnd.hasMatch() ? atEnd.capturedStart() : atStart.capturedStart()));
            QList<QDate> dates(flows.periods.size());
            QList<qsizetype> candidates; // schedules of balances at one of these dates
            for (qsizetype p = 0; p < flows.periods.size(); ++p) {
                const Period &period = flows.periods[p];
                if (!period.date.isValid() || period.span != Period::Span::Duration || period.months <= 0)
                    continue;
                // A 52/53-week year ends within a week of the month's end:
                // the quarter to March 3, 2023 began after December 2, 2022.
                const QDate start = period.date.addMonths(-period.months);
                for (int shift = 0; !atEnd.hasMatch() && shift <= 7 && !dates[p].isValid(); ++shift) {
                    for (const int days : {-shift, shift}) {
                        if (!dates[p].isValid()
                            && instants.contains(company + start.addDays(days).toString(Qt::ISODate)))
                            dates[p] = start.addDays(days);
                    }
                }
                if (!dates[p].isValid())
                    dates[p] = atEnd.hasMatch() ? period.date : start;
                for (const qsizetype candidate : instants.value(company + dates[p].toString(Qt::ISODate))) {
                    if (candidate != s && !candidates.contains(candidate))
                        candidates.append(candidate);
                }
            }
            // The first, in document order, that prints the balance: a note
            // table "as of" the same date is no balance sheet.
            std::sort(candidates.begin(), candidates.end());
            for (const qsizetype t : std::as_const(candidates)) {
                const Schedule &balances = filing.schedules[t];
                qsizetype b = 0;
                while (b < balances.rows.size()
                       && (!balances.rows[b].hasValues()
                           || CrossScheduleMatcher::normalisedLabel(balances.rows[b].label) != base))
                    ++b;
                if (b == balances.rows.size())
                    continue;
                QList<qsizetype> columns(flows.periods.size(), -1);
                for (qsizetype p = 0; p < flows.periods.size(); ++p) {
                    for (qsizetype q = 0; dates[p].isValid() && q < balances.periods.size(); ++q) {
                        if (balances.periods[q].date == dates[p])
                            columns[p] = q;
                    }
                }
                checks.append(builder.sum(Check::Kind::CrossSchedule, {s, r}, {{{t, b}, 1}}, {columns}));
                break;
            }
        }
    }
    return checks;
}

// Joins the rows of schedules that share periods where they print the same
// figure, and returns the rows joined directly, as (earlier, later): a group
// chains releases a year apart, and its first row may share no period with
// a later one. The index is let go before any check is made.
QList<std::pair<qsizetype, qsizetype>> joinRows(const Filing &filing, const Flat &flat, Groups &groups,
                                                PeriodAlignments &alignments)
{
    RowIndex index(filing);
    QList<std::pair<qsizetype, qsizetype>> joined;
    for (const auto &[a, b] : PeriodIndex(filing).sharingAny()) {
        const PeriodAlignment::Pairs pairs = alignments.of(a, b);
        if (pairs.isEmpty())
            continue;
        // The shorter schedule's rows are looked up in the longer one's index:
        // a long schedule shares its periods with many short ones.
        const bool swap = filing.schedules[a].rows.size() > filing.schedules[b].rows.size();
        const qsizetype x = swap ? b : a;
        const qsizetype y = swap ? a : b;
        PeriodAlignment::Pairs swapped = pairs;
        if (swap) {
            for (auto &pair : swapped)
                std::swap(pair.first, pair.second);
        }
        const PeriodAlignment::Pairs &xy = swapped; // read only below: never detached again
        const Schedule &sx = filing.schedules[x];
        const Schedule &sy = filing.schedules[y];
        const QList<qint32> &keysX = index.keys(x);
        const QList<qint32> &keysY = index.keys(y);
        for (qsizetype r = 0; r < sx.rows.size(); ++r) {
            if (keysX[r] < 0)
                continue;
            const Row &row = sx.rows[r];
            const auto consider = [&](qsizetype c) {
                const Row &other = sy.rows[c];
                if (other.unit() != row.unit())
                    return;
                int agree = 0;
                for (const auto &pair : std::as_const(xy))
                    agree += sameMagnitude(row.cells.value(pair.first), other.cells.value(pair.second)) ? 1 : 0;
                const bool sameLabel = keysX[r] == keysY[c];
                const bool accepted =
                    sameLabel ? agree >= 1 && 2 * agree >= int(xy.size()) : xy.size() >= 2 && agree == int(xy.size());
                if (!accepted)
                    return;
                const qsizetype rx = flat.offsets[x] + r;
                const qsizetype cy = flat.offsets[y] + c;
                groups.join(rx, cy);
                joined.append(std::minmax(rx, cy));
            };
            for (const auto &[key, c] : index.labelled(y, keysX[r]))
                consider(c);
            const Cell &first = row.cells.value(xy[0].first);
            if (!first.isNil() && xy.size() >= 2) {
                for (const auto &value : index.valued(y, xy[0].second, first.amount))
                    consider(value.row);
            }
        }
    }
    return joined;
}

} // namespace

QString CrossScheduleMatcher::normalisedLabel(const QString &label)
{
    QString text = label.toLower();
    text.replace(u'\u2013', u'-').replace(u'\u2014', u'-');
    if (text.startsWith(u"gaap "_s))
        text = text.mid(5);
    text.remove(u':');
    return text.simplified();
}

void CrossScheduleMatcher::match(const Filing &filing, Checks &checks)
{
    const CheckBuilder builder(filing);
    Flat flat;
    qsizetype total = 0;
    for (const Schedule &schedule : filing.schedules) {
        flat.offsets.append(total);
        total += schedule.rows.size();
    }
    Groups groups(total);
    PeriodAlignments alignments(filing.schedules);
    QList<std::pair<qsizetype, qsizetype>> joined = joinRows(filing, flat, groups, alignments);

    std::sort(joined.begin(), joined.end(),
              [](const auto &a, const auto &b) { return std::pair(a.second, a.first) < std::pair(b.second, b.first); });
    Checks balances = flowBalanceChecks(filing, builder);
    qsizetype joinedRows = 0;
    for (qsizetype i = 0; i < total; ++i)
        joinedRows += groups.find(i) != i ? 1 : 0;
    checks.reserve(checks.size() + joinedRows + balances.size());
    auto edge = joined.cbegin();
    for (qsizetype i = 0; i < total; ++i) {
        const qsizetype leader = groups.find(i);
        const auto firstEdge =
            std::lower_bound(edge, joined.cend(), i, [](const auto &e, qsizetype row) { return e.second < row; });
        edge =
            std::upper_bound(firstEdge, joined.cend(), i, [](qsizetype row, const auto &e) { return row < e.second; });
        if (leader == i)
            continue;
        const RowRef target = flat.at(i);
        // Each row is checked against the earliest row it was matched with
        // itself, in a period they share; never against a row of its group
        // it only reaches through others ("Income tax effects" joins the
        // provision, whose label joins a revenue line of another table).
        RowRef anchor;
        for (auto e = firstEdge; e != edge && !anchor.isValid(); ++e) {
            const RowRef earlier = flat.at(e->first);
            if (earlier.schedule != target.schedule && !alignments.of(target.schedule, earlier.schedule).isEmpty())
                anchor = earlier;
        }
        if (!anchor.isValid())
            continue;
        const Row &row = filing.schedules[target.schedule].rows[target.row];
        const Row &lead = filing.schedules[anchor.schedule].rows[anchor.row];
        const int sign = signBetween(row, lead, alignments.of(target.schedule, anchor.schedule));
        Check check = builder.sum(Check::Kind::CrossSchedule, target, {{anchor, sign}});
        if (!check.periods.isEmpty())
            checks.append(std::move(check));
    }
    checks.append(std::move(balances));
}
