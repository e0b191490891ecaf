// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilingComparer.h"

#include "checks/CrossScheduleMatcher.h"
#include "filing/Filing.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

bool comparable(const Row &row)
{
    return RowKinds::carriesValues(row.kind) && row.kind != RowKind::Percentage && row.hasValues();
}

} // namespace

// What a row's label says it is, under the heading or block that holds it,
// and which occurrence of that it is: "Basic" means nothing without the
// "Net income per share:" above it, and "Stock-based compensation" in the
// net income block of a reconciliation is not the one in its operating
// income block, however many blocks come before.
QList<std::pair<QString, qsizetype>> FilingComparer::rowKeys(const Schedule &schedule)
{
    QList<std::pair<QString, qsizetype>> rows;
    QHash<QString, int> seen;
    for (qsizetype r = 0; r < schedule.rows.size(); ++r) {
        const Row &row = schedule.rows[r];
        if (!comparable(row))
            continue;
        const QString key = CrossScheduleMatcher::normalisedLabel(row.group) + u" / "_s
                            + CrossScheduleMatcher::normalisedLabel(row.label);
        rows.append({key + u'#' + QString::number(++seen[key]), r});
    }
    return rows;
}

namespace {

QList<std::pair<QString, qsizetype>> rowsByKey(const Schedule &schedule)
{
    return FilingComparer::rowKeys(schedule);
}

QHash<QString, qsizetype> indexOf(const QList<std::pair<QString, qsizetype>> &rows)
{
    QHash<QString, qsizetype> index;
    index.reserve(rows.size());
    for (const auto &[key, r] : rows)
        index.insert(key, r);
    return index;
}

} // namespace

bool FilingComparer::isComparableColumn(const Period &period)
{
    return period.date.isValid() && period.span != Period::Span::Unknown && period.isAdditive();
}

QString FilingComparer::qualifierOf(const Period &period)
{
    static const QRegularExpression dated(
        u"\\d|\\b(months?|weeks?|ended|ending|quarter|year|fiscal|as of|at|jan|feb|mar|apr|may|jun|jul|aug|sep|"
        "oct|nov|dec)[a-z]*\\b|\\bas (previously |originally |first )?reported\\b|\\brestated\\b|"
        "\\bas (adjusted|revised|recast)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    QStringList words;
    for (const QString &line : period.labelLines) {
        if (!dated.match(line).hasMatch())
            words << line;
    }
    return CrossScheduleMatcher::normalisedLabel(words.join(u' '));
}

namespace {

bool comparableColumn(const Period &period)
{
    return FilingComparer::isComparableColumn(period);
}

QString qualifierOf(const Period &period)
{
    return FilingComparer::qualifierOf(period);
}

// The column of `schedule` that reports `period` (headed `qualifier`) as
// the filing now sees it: an "as restated" or plain column before an "as
// previously reported" one. -1 when none does, or when columns of that
// period head different things and none heads the same.
qsizetype columnFor(const Schedule &schedule, const Period &period, const QString &qualifier)
{
    qsizetype found = -1;
    int candidates = 0;
    for (qsizetype c = 0; c < schedule.periods.size(); ++c) {
        const Period &candidate = schedule.periods[c];
        if (!comparableColumn(candidate) || !FilingComparer::samePeriod(candidate, period))
            continue;
        ++candidates;
        if (qualifierOf(candidate) != qualifier)
            continue;
        if (!FilingComparer::isAsReported(candidate))
            return c;
        if (found < 0)
            found = c;
    }
    // A plain period against a table with one column of it, however headed.
    if (found < 0 && candidates == 1 && qualifier.isEmpty()) {
        for (qsizetype c = 0; c < schedule.periods.size(); ++c) {
            if (comparableColumn(schedule.periods[c]) && FilingComparer::samePeriod(schedule.periods[c], period))
                return c;
        }
    }
    return found;
}

// What one printed digit is worth, in the row's unit: 0.1 at one decimal
// in millions is 100,000.
Amount precisionOf(const Amount &value, qint64 factor)
{
    return Amount::of(factor, value.decimals()).value_or(Amount::fromInteger(factor));
}

} // namespace

qint64 FilingComparer::scaleOf(const Schedule &schedule, const Row &row)
{
    switch (row.unit()) {
    case RowUnit::Money: return schedule.scale;
    case RowUnit::Shares: return schedule.shareScale > 0 ? schedule.shareScale : schedule.scale;
    default: return 1;
    }
}

namespace {

// Two printings of one figure differ when they are further apart than
// rounding to the coarser of their precisions allows.
bool differ(const FigureDifference::Side &a, const FigureDifference::Side &b, const Amount &precisionA,
            const Amount &precisionB)
{
    const std::optional<Amount> gap = a.dollars.minus(b.dollars);
    const std::optional<Amount> twice = gap ? gap->abs().times(2) : std::nullopt;
    if (!twice)
        return true;
    return *twice > std::max(precisionA, precisionB);
}

struct Compared
{
    const Filing &filing;
    qsizetype index;
};

FigureDifference::Side sideOf(const Compared &from, qsizetype s, qsizetype r, qsizetype c)
{
    const Schedule &schedule = from.filing.schedules[s];
    const Row &row = schedule.rows[r];
    FigureDifference::Side side;
    side.filing = from.index;
    side.row = {s, r};
    side.period = c;
    side.value = row.cells[c].amount;
    side.dollars = FilingComparer::inUnit(schedule, row, c);
    side.scale = FilingComparer::scaleOf(schedule, row);
    side.location = row.cells[c].location;
    return side;
}

// Compares rows of two columns (of two schedules, or of one), appending
// each difference; true when a total is among them.
using CellKeys = std::set<std::tuple<qsizetype, qsizetype, qsizetype>>; // (schedule, row, period)

bool compareColumns(const Compared &earlier, qsizetype se, qsizetype ce, const Compared &later, qsizetype sl,
                    qsizetype cl, FigureDifference::Kind kind, FigureDifferences &out, qsizetype *compared,
                    CellKeys *matched = nullptr)
{
    const Schedule &e = earlier.filing.schedules[se];
    const Schedule &l = later.filing.schedules[sl];
    const QHash<QString, qsizetype> earlierRows = indexOf(rowsByKey(e));
    bool total = false;
    for (const auto &[key, r] : rowsByKey(l)) {
        const auto match = earlierRows.constFind(key);
        if (match == earlierRows.cend())
            continue;
        const Row &rowL = l.rows[r];
        const Row &rowE = e.rows[*match];
        if (rowL.unit() != rowE.unit() || rowL.cells.value(cl).isNil() || rowE.cells.value(ce).isNil()
            || !rowL.cells[cl].readable || !rowE.cells[ce].readable)
            continue;
        if (compared)
            ++*compared;
        if (matched)
            matched->insert({sl, r, cl});
        FigureDifference difference;
        difference.kind = kind;
        difference.earlier = sideOf(earlier, se, *match, ce);
        difference.later = sideOf(later, sl, r, cl);
        if (difference.earlier.dollars.isNil() || difference.later.dollars.isNil()
            || !differ(difference.earlier, difference.later,
                       precisionOf(difference.earlier.value, FilingComparer::scaleOf(e, rowE)),
                       precisionOf(difference.later.value, FilingComparer::scaleOf(l, rowL))))
            continue;
        difference.label = rowL.label;
        difference.schedule = l.title;
        difference.period = l.periods[cl].label();
        difference.change = difference.later.dollars.minus(difference.earlier.dollars).value_or(Amount());
        total = total || rowL.kind == RowKind::Total;
        out.append(difference);
    }
    return total;
}

// How many rows two columns both report: what makes two schedules the same table.
int sharedRows(const Schedule &a, qsizetype ca, const Schedule &b, qsizetype cb)
{
    const QHash<QString, qsizetype> rowsA = indexOf(rowsByKey(a));
    int shared = 0;
    for (const auto &[key, r] : rowsByKey(b)) {
        const auto match = rowsA.constFind(key);
        shared += match != rowsA.cend() && !a.rows[*match].cells.value(ca).isNil() && !b.rows[r].cells.value(cb).isNil()
                      ? 1
                      : 0;
    }
    return shared;
}

// Every figure of a column off by the same power of a thousand is one
// table read in two units (a caption missed), not a restatement.
bool sameFiguresInAnotherUnit(const FigureDifferences &differences, qsizetype from)
{
    if (differences.size() - from < 2)
        return false;
    std::optional<Amount> factor;
    for (qsizetype i = from; i < differences.size(); ++i) {
        const FigureDifference &d = differences[i];
        if (d.earlier.dollars.isZero())
            return false;
        const std::optional<Amount> ratio = Amount::ratio(d.later.dollars, d.earlier.dollars, 6);
        if (!ratio || (factor && !(*ratio == *factor)))
            return false;
        factor = ratio;
    }
    for (const qint64 power : {1'000LL, 1'000'000LL, 1'000'000'000LL}) {
        const Amount up = Amount::fromInteger(power);
        const std::optional<Amount> down = Amount::ratio(Amount::fromInteger(1), up, 9);
        if (*factor == up || (down && *factor == *down))
            return true;
    }
    return false;
}

// Lines that moved between captions leave the totals as they were: the
// differences of one column cancel and no total changed.
void classify(FigureDifferences &differences, qsizetype from, bool total)
{
    std::optional<Amount> sum = Amount::fromInteger(0);
    for (qsizetype i = from; i < differences.size() && sum; ++i)
        sum = sum->plus(differences[i].change);
    const bool moved = !total && sum && sum->isZero() && differences.size() - from >= 2;
    for (qsizetype i = from; i < differences.size(); ++i)
        differences[i].kind = moved ? FigureDifference::Kind::Reclassification : FigureDifference::Kind::Restatement;
}

} // namespace

bool FilingComparer::isAsReported(const Period &period)
{
    static const QRegularExpression reported(u"\\bas (previously |originally |first )?reported\\b"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    return reported.match(period.label()).hasMatch() && !isAsRestated(period);
}

bool FilingComparer::isAsRestated(const Period &period)
{
    static const QRegularExpression restated(u"\\brestated\\b|\\bas (adjusted|revised|recast)\\b"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    return restated.match(period.label()).hasMatch();
}

bool FilingComparer::samePeriod(const Period &a, const Period &b)
{
    if (a.span != b.span || a.date != b.date || !a.date.isValid())
        return false;
    return a.span != Period::Span::Duration || a.months == 0 || b.months == 0 || a.months == b.months;
}

Amount FilingComparer::inUnit(const Schedule &schedule, const Row &row, qsizetype period)
{
    const Cell &cell = row.cells.value(period);
    if (cell.isNil())
        return {};
    return cell.amount.times(FilingComparer::scaleOf(schedule, row)).value_or(Amount());
}

FigureDifferences FilingComparer::compare(const Filing &earlier, qsizetype earlierIndex, const Filing &later,
                                          qsizetype laterIndex, qsizetype *compared, CellKeys *matched)
{
    FigureDifferences out;
    const Compared e{earlier, earlierIndex};
    const Compared l{later, laterIndex};
    for (qsizetype sl = 0; sl < later.schedules.size(); ++sl) {
        const Schedule &schedule = later.schedules[sl];
        const QString company = later.companyKeyOf(schedule);
        for (qsizetype cl = 0; cl < schedule.periods.size(); ++cl) {
            const Period &period = schedule.periods[cl];
            // An "as previously reported" column is the earlier figure, not a later one.
            if (!comparableColumn(period) || isAsReported(period))
                continue;
            // The earlier filing's table that reports this period: the one
            // titled alike, else the one that shares the most rows with it.
            qsizetype best = -1;
            qsizetype bestColumn = -1;
            int bestScore = 0;
            for (qsizetype se = 0; se < earlier.schedules.size(); ++se) {
                const Schedule &candidate = earlier.schedules[se];
                const QString theirs = earlier.companyKeyOf(candidate);
                if (!company.isEmpty() && !theirs.isEmpty() && company != theirs)
                    continue;
                const qsizetype ce = columnFor(candidate, period, qualifierOf(period));
                if (ce < 0)
                    continue;
                const int shared = sharedRows(candidate, ce, schedule, cl);
                const bool titled = CrossScheduleMatcher::normalisedLabel(candidate.title)
                                    == CrossScheduleMatcher::normalisedLabel(schedule.title);
                const int score = shared + (titled && shared > 0 ? 1000 : 0);
                if (score > bestScore && (titled || shared >= 3)) {
                    best = se;
                    bestColumn = ce;
                    bestScore = score;
                }
            }
            if (best < 0)
                continue;
            const qsizetype from = out.size();
            const bool total = compareColumns(e, best, bestColumn, l, sl, cl, FigureDifference::Kind::Restatement, out,
                                              compared, matched);
            if (sameFiguresInAnotherUnit(out, from))
                out.resize(from);
            else
                classify(out, from, total);
        }
    }
    return out;
}

FigureDifferences FilingComparer::restatedColumns(const Filing &filing, qsizetype index, qsizetype *compared)
{
    FigureDifferences out;
    const Compared self{filing, index};
    for (qsizetype s = 0; s < filing.schedules.size(); ++s) {
        const QList<Period> &periods = filing.schedules[s].periods;
        for (qsizetype a = 0; a < periods.size(); ++a) {
            if (!comparableColumn(periods[a]) || !isAsReported(periods[a]))
                continue;
            // Against the column that says it is restated: never the
            // "Adjustments" between them, nor a non-GAAP column beside them.
            for (qsizetype b = 0; b < periods.size(); ++b) {
                if (b != a && comparableColumn(periods[b]) && isAsRestated(periods[b])
                    && samePeriod(periods[a], periods[b])) {
                    compareColumns(self, s, a, self, s, b, FigureDifference::Kind::AsRestated, out, compared);
                    break;
                }
            }
        }
    }
    return out;
}
