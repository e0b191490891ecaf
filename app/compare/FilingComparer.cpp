// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilingComparer.h"

#include "checks/CrossScheduleMatcher.h"
#include "filing/Filing.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A line of figures: amounts, percentages, or dashes (zero) that may
// become amounts in the next filing.
bool comparable(const Row &row)
{
    return RowKinds::carriesValues(row.kind) && std::any_of(row.cells.begin(), row.cells.end(), [](const Cell &cell) {
               return cell.readable && !cell.marker && !cell.isBlank();
           });
}

// A row that opens a block of a roll-forward or a statement of equity,
// whose lines belong to the period it names: "Balance at December 31,
// 2022", "Year ended January 31, 2024", "December 31, 2023". The same
// label under two of them is two figures.
bool opensDatedBlock(const QString &label)
{
    static const QRegularExpression dated(
        u"^(balances?|beginning balance|ending balance|(fiscal )?years? ended|(three|six|nine|twelve) months ended|"
        "as of|at)\\b.*\\b(19|20)\\d\\d\\b|^(january|february|march|april|may|june|july|august|september|october|"
        "november|december) \\d{1,2}, (19|20)\\d\\d:?$|^(fiscal )?(19|20)\\d\\d:?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return dated.match(label.trimmed()).hasMatch();
}

// The label as it names its line across filings: the counts a caption
// states of shares authorized and issued change from year to year
// ("8,000 shares authorized; 2,464 issued"), and say nothing of the line.
QString lineName(const QString &label)
{
    static const QRegularExpression shares(u"\\bshares?\\b.*\\b(authori[sz]ed|issued|outstanding)\\b|"
                                           "\\b(authori[sz]ed|issued|outstanding)\\b.*\\bshares?\\b"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression counts(u"\\d[\\d,.]*"_s);
    const QString name = CrossScheduleMatcher::normalisedLabel(label);
    return shares.match(label).hasMatch() ? QString(name).replace(counts, u"#"_s) : name;
}

} // namespace

// What a row's label says it is, under the heading or block that holds it
// and the dated block it falls in, and which occurrence of that it is:
// "Basic" means nothing without the "Net income per share:" above it,
// "Stock-based compensation" in the net income block of a reconciliation
// is not the one in its operating income block, and "Net income" after
// "Balance at December 31, 2022" is 2023's, however many blocks come before.
QList<std::pair<QString, qsizetype>> FilingComparer::rowKeys(const Schedule &schedule)
{
    QList<std::pair<QString, qsizetype>> rows;
    QHash<QString, int> seen;
    // Lines above a table's first dated block belong to a period the table
    // does not name (its heading took it): this year's in one filing, last
    // year's in the next. They are left out.
    const bool dated = std::any_of(schedule.rows.begin(), schedule.rows.end(),
                                   [](const Row &row) { return opensDatedBlock(row.label); });
    QString block;
    bool inBlock = !dated;
    for (qsizetype r = 0; r < schedule.rows.size(); ++r) {
        const Row &row = schedule.rows[r];
        const bool opens = opensDatedBlock(row.label);
        if (opens) {
            block = CrossScheduleMatcher::normalisedLabel(row.label);
            inBlock = true;
        }
        if (!comparable(row) || !inBlock)
            continue;
        const QString key = CrossScheduleMatcher::normalisedLabel(row.group) + u" / "_s
                            + (opens ? QString() : block + u" / "_s) + lineName(row.label);
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
    // A column of percentages (a tax rate reconciliation's) is reported
    // figures too; a column of prices per unit is not a period's, and a
    // change between two periods ("% Change '23 vs. '22") is derived.
    static const QRegularExpression change(u"\\b(change|vs|versus|increase|decrease|growth)\\b"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    return period.date.isValid() && period.span != Period::Span::Unknown && period.unit != RowUnit::PerShare
           && !change.match(period.label()).hasMatch();
}

QString FilingComparer::qualifierOf(const Period &period)
{
    // What a heading says beside its period ("Level 2", "Fair Value",
    // "Less than 12 months", "Retirement Plans"): its date, its length,
    // footnote markers and how it was reported taken out.
    static const QRegularExpression dated(
        u"\\b(three|six|nine|twelve|thirteen|fifty-two|fifty-three|\\d+)[- ](months?|weeks?)[- ](ended|ending)\\b|"
        "\\b(fiscal )?(years?|quarters?|months?|weeks?|periods?) (ended|ending)\\b|\\b(ended|ending|as of|at)\\b|"
        "\\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|"
        "mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b\\.?( "
        "\\d{1,2}\\b,?)?|\\b(19|20)\\d\\d\\b|\\bfiscal\\b|\\bfy\\b|\\bq[1-4]\\b|"
        "\\([0-9a-z*]{1,2}\\)|\\bas (previously |originally |first )?reported\\b|\\b(as )?restated\\b|"
        "\\bas (adjusted|revised|recast)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression punctuation(u"[^\\w%]+"_s);
    QString text = period.labelLines.join(u' ');
    text.replace(dated, u" "_s).replace(punctuation, u" "_s);
    return CrossScheduleMatcher::normalisedLabel(text);
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
// previously reported" one. Columns alike in period and heading (a plan's
// two columns under headings the table lost) pair in order, the
// `ordinal`-th of `count`, and only when the table has as many. -1 when
// none does, or when columns of that period head different things and none
// heads the same.
qsizetype columnFor(const Schedule &schedule, const Period &period, const QString &qualifier, qsizetype ordinal,
                    qsizetype count)
{
    QList<qsizetype> alike;
    qsizetype reported = -1;
    int candidates = 0;
    for (qsizetype c = 0; c < schedule.periods.size(); ++c) {
        const Period &candidate = schedule.periods[c];
        if (!comparableColumn(candidate) || !FilingComparer::samePeriod(candidate, period))
            continue;
        ++candidates;
        if (qualifierOf(candidate) != qualifier)
            continue;
        if (!FilingComparer::isAsReported(candidate))
            alike.append(c);
        else if (reported < 0)
            reported = c;
    }
    if (!alike.isEmpty())
        return alike.size() == count ? alike[ordinal] : (alike.size() == 1 && count == 1 ? alike[0] : -1);
    if (reported >= 0)
        return count == 1 ? reported : -1;
    // A plain period against a table with one column of it, however headed.
    if (candidates == 1 && qualifier.isEmpty() && count == 1) {
        for (qsizetype c = 0; c < schedule.periods.size(); ++c) {
            if (comparableColumn(schedule.periods[c]) && FilingComparer::samePeriod(schedule.periods[c], period))
                return c;
        }
    }
    return -1;
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
    const Cell &cell = row.cells[c];
    // A dash is zero: "—" that becomes 7 is a figure that changed.
    const bool dash = cell.isNil() && !cell.isBlank() && cell.readable && !cell.marker;
    side.value = dash ? Amount::fromInteger(0) : cell.amount;
    side.dollars = dash ? Amount::fromInteger(0) : FilingComparer::inUnit(schedule, row, c);
    side.scale = FilingComparer::scaleOf(schedule, row);
    side.location = row.cells[c].location;
    return side;
}

// A row key without its occurrence: "net revenues / product".
QString baseOf(const QString &key)
{
    return key.left(key.lastIndexOf(u'#'));
}

// Labels two tables repeat a different number of times: the third
// "Worldwide" of one is not the third of the other once a product is added
// above it, so they are not matched by occurrence.
QSet<QString> repeatedUnevenly(const QList<std::pair<QString, qsizetype>> &a,
                               const QList<std::pair<QString, qsizetype>> &b)
{
    QHash<QString, int> counts;
    for (const auto &[key, r] : a)
        ++counts[baseOf(key)];
    for (const auto &[key, r] : b)
        --counts[baseOf(key)];
    QHash<QString, int> repeated;
    for (const auto &[key, r] : a)
        repeated[baseOf(key)] = qMax(repeated.value(baseOf(key)), int(key.mid(key.lastIndexOf(u'#') + 1).toInt()));
    for (const auto &[key, r] : b)
        repeated[baseOf(key)] = qMax(repeated.value(baseOf(key)), int(key.mid(key.lastIndexOf(u'#') + 1).toInt()));
    QSet<QString> uneven;
    for (auto count = counts.cbegin(); count != counts.cend(); ++count) {
        if (count.value() != 0 && repeated.value(count.key()) > 1)
            uneven.insert(count.key());
    }
    return uneven;
}

// Whether a cell prints a figure: an amount or a dash, not a blank.
bool printsFigure(const Cell &cell)
{
    return cell.readable && !cell.marker && !cell.isBlank();
}

// What comparing two columns found of their totals.
struct Totals
{
    bool changed = false; // a total is among the differences
    bool counts = false;  // a share count or per-share figure is among the differences (a split)
    // The later column's lines the earlier table does not have, less the
    // earlier column's lines the later one does not, in the rows' units:
    // captions split out of others, or merged into them.
    std::optional<Amount> newLines = Amount::fromInteger(0);
};

// Compares rows of two columns (of two schedules, or of one), appending each difference.
using CellKeys = std::set<std::tuple<qsizetype, qsizetype, qsizetype>>; // (schedule, row, period)

Totals compareColumns(const Compared &earlier, qsizetype se, qsizetype ce, const Compared &later, qsizetype sl,
                      qsizetype cl, FigureDifference::Kind kind, FigureDifferences &out, qsizetype *compared,
                      CellKeys *matched = nullptr)
{
    const Schedule &e = earlier.filing.schedules[se];
    const Schedule &l = later.filing.schedules[sl];
    const QList<std::pair<QString, qsizetype>> earlierKeys = rowsByKey(e);
    const QList<std::pair<QString, qsizetype>> laterKeys = rowsByKey(l);
    const QHash<QString, qsizetype> earlierRows = indexOf(earlierKeys);
    const QSet<QString> uncertain = repeatedUnevenly(earlierKeys, laterKeys);
    Totals totals;
    // A line's figure where lines add up: money, or a rate of a reconciliation of rates.
    const auto money = [](const Schedule &schedule, qsizetype r, qsizetype c) {
        const Amount value = FilingComparer::inUnit(schedule, schedule.rows[r], c);
        const RowUnit unit = schedule.rows[r].unit();
        return (unit != RowUnit::Money && unit != RowUnit::Percent) || value.isNil() ? Amount::fromInteger(0) : value;
    };
    const QHash<QString, qsizetype> laterRows = indexOf(laterKeys);
    for (const auto &[key, r] : earlierKeys) {
        if (!laterRows.contains(key) && !uncertain.contains(baseOf(key)) && totals.newLines)
            totals.newLines = totals.newLines->minus(money(e, r, ce));
    }
    for (const auto &[key, r] : laterKeys) {
        const auto match = earlierRows.constFind(key);
        if (match == earlierRows.cend() && !uncertain.contains(baseOf(key)) && totals.newLines)
            totals.newLines = totals.newLines->plus(money(l, r, cl));
        if (match == earlierRows.cend() || uncertain.contains(baseOf(key)))
            continue;
        const Row &rowL = l.rows[r];
        const Row &rowE = e.rows[*match];
        if (rowL.unit() != rowE.unit() || cl >= rowL.cells.size() || ce >= rowE.cells.size()
            || !printsFigure(rowL.cells[cl]) || !printsFigure(rowE.cells[ce])
            || (rowL.cells[cl].isNil() && rowE.cells[ce].isNil()))
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
        totals.changed = totals.changed || rowL.kind == RowKind::Total;
        totals.counts = totals.counts || rowL.unit() == RowUnit::Shares || rowL.unit() == RowUnit::PerShare;
        out.append(difference);
    }
    return totals;
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

// A title as it names its table from year to year: notes are numbered
// again when one is added ("Note 8 – Property, Plant and Equipment" is the
// next year's "Note 7 – …"), and a table goes on "(continued)".
QString titleKey(const QString &title)
{
    static const QRegularExpression numbering(
        u"^(note\\s+)?\\d+[a-z]?\\s*[.:\\-\u2013\u2014]?\\s+|\\s*\\(continued\\)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return CrossScheduleMatcher::normalisedLabel(QString(title).replace(numbering, QString()));
}

// How many figures a column prints.
int figuresIn(const Schedule &schedule, qsizetype column)
{
    int figures = 0;
    for (const auto &[key, r] : rowsByKey(schedule))
        figures += schedule.rows[r].cells.value(column).isNil() ? 0 : 1;
    return figures;
}

// A performance graph's table: each line an investment of $100 grown, so
// a later graph rebased to a later year prints other figures for the same
// dates. Its first column is 100 on every line.
bool isIndexed(const Schedule &schedule)
{
    const Amount hundred = Amount::fromInteger(100);
    // Dated columns, as a graph's years are: not a column of 100% owned.
    const auto dated = std::count_if(schedule.periods.begin(), schedule.periods.end(),
                                     [](const Period &period) { return period.date.isValid(); });
    for (qsizetype c = 0; c < schedule.periods.size() && dated >= 3; ++c) {
        if (!schedule.periods[c].date.isValid())
            continue;
        int hundreds = 0;
        bool others = false;
        for (const Row &row : schedule.rows) {
            const Amount &value = row.cells.value(c).amount;
            if (value.isNil())
                continue;
            if (value == hundred)
                ++hundreds;
            else
                others = true;
        }
        if (hundreds >= 2 && !others)
            return true;
    }
    return false;
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

// Lines that moved between captions leave the totals as they were: no
// total changed, and the changes cancel, or are what a caption new in the
// later filing holds, or one gone from it held (a line split out of
// others: Tesla's AI infrastructure, 1,510, taken out of five lines of
// property; or merged into another).
// Shares and per-share figures restated together are a split, not lines moved.
void classify(FigureDifferences &differences, qsizetype from, const Totals &totals)
{
    std::optional<Amount> sum = Amount::fromInteger(0);
    for (qsizetype i = from; i < differences.size() && sum; ++i)
        sum = sum->plus(differences[i].change);
    const bool cancel = sum && sum->isZero() && differences.size() - from >= 2;
    const std::optional<Amount> left = sum && totals.newLines ? sum->plus(*totals.newLines) : std::nullopt;
    const bool splitOut = left && left->isZero() && !totals.newLines->isZero();
    const bool moved = !totals.changed && !totals.counts && (cancel || splitOut);
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
        if (isIndexed(schedule))
            continue;
        for (qsizetype cl = 0; cl < schedule.periods.size(); ++cl) {
            const Period &period = schedule.periods[cl];
            // An "as previously reported" column is the earlier figure, not a later one.
            if (!comparableColumn(period) || isAsReported(period))
                continue;
            // Which of the columns alike in period and heading this is.
            const QString qualifier = qualifierOf(period);
            qsizetype ordinal = 0;
            qsizetype count = 0;
            for (qsizetype c = 0; c < schedule.periods.size(); ++c) {
                const Period &other = schedule.periods[c];
                if (comparableColumn(other) && !isAsReported(other) && samePeriod(other, period)
                    && qualifierOf(other) == qualifier) {
                    ordinal += c < cl ? 1 : 0;
                    ++count;
                }
            }
            // The earlier filing's table that reports this period: the one
            // titled alike, else the one that shares the most rows with it.
            const int figures = figuresIn(schedule, cl);
            qsizetype best = -1;
            qsizetype bestColumn = -1;
            int bestScore = 0;
            bool tied = false; // two tables, titled alike or not, score the same: none is taken
            for (qsizetype se = 0; se < earlier.schedules.size(); ++se) {
                const Schedule &candidate = earlier.schedules[se];
                const QString theirs = earlier.companyKeyOf(candidate);
                if (!company.isEmpty() && !theirs.isEmpty() && company != theirs)
                    continue;
                const qsizetype ce = columnFor(candidate, period, qualifier, ordinal, count);
                if (ce < 0)
                    continue;
                // Titled alike, a third of the column's lines are the earlier
                // table's; else at least three, and half. Fewer is another
                // table that happens to share some captions ("Total").
                const int shared = sharedRows(candidate, ce, schedule, cl);
                const bool titled = titleKey(candidate.title) == titleKey(schedule.title);
                const bool enough = titled ? shared > 0 && shared * 3 >= figures : shared >= 3 && shared * 2 >= figures;
                const int score = shared + (titled ? 1000 : 0);
                if (enough && score == bestScore)
                    tied = true;
                if (enough && score > bestScore) {
                    tied = false;
                    best = se;
                    bestColumn = ce;
                    bestScore = score;
                }
            }
            if (best < 0 || tied)
                continue;
            const qsizetype from = out.size();
            qsizetype inColumn = 0;
            CellKeys columnMatched;
            const Totals totals = compareColumns(e, best, bestColumn, l, sl, cl, FigureDifference::Kind::Restatement,
                                                 out, &inColumn, &columnMatched);
            // A table found by its lines alone, whose figures mostly differ,
            // is another table with the same captions (Sam's Club's
            // merchandise against Walmart U.S.'s), not a restatement.
            const bool guessed = bestScore < 1000;
            const qsizetype differing = out.size() - from;
            if (guessed && inColumn >= 3 && differing * 2 > inColumn) {
                out.resize(from);
                continue;
            }
            if (compared)
                *compared += inColumn;
            if (matched)
                matched->insert(columnMatched.begin(), columnMatched.end());
            if (sameFiguresInAnotherUnit(out, from))
                out.resize(from);
            else
                classify(out, from, totals);
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
