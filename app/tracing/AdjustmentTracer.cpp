// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdjustmentTracer.h"

#include "amount/AmountFormat.h"
#include "checks/ColumnReconciliationChecks.h"
#include "filing/Filing.h"
#include "matching/LabelSimilarity.h"
#include "matching/PeriodAlignment.h"
#include "matching/PeriodIndex.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Above this many candidate lines, sums of three are not searched: the
// search grows with the square of the pool.
constexpr qsizetype MaxTriplePool = 600;

struct Block
{
    qsizetype gaap = -1;
    qsizetype nonGaap = -1;
    QList<qsizetype> adjustments;
};

QList<Block> blocksOf(const Schedule &schedule)
{
    QList<Block> blocks;
    Block open;
    for (qsizetype r = 0; r < schedule.rows.size(); ++r) {
        const Row &row = schedule.rows[r];
        if (!row.hasValues()) {
            open = Block{};
            continue;
        }
        if (Row::opensBlock(row.label)) {
            open = Block{};
            open.gaap = r;
        } else if (open.gaap >= 0 && Row::closesBlock(row.label)) {
            open.nonGaap = r;
            blocks.append(open);
            open = Block{};
        } else if (open.gaap >= 0) {
            open.adjustments.append(r);
        }
    }
    return blocks;
}

// The part of a label after "Other charges - ": what distinguishes it from its siblings.
QString tailOf(const QString &label)
{
    static const QRegularExpression dash(uR"(\s+[-\x{2013}\x{2014}]\s+)"_s);
    const auto match = dash.match(label);
    return match.hasMatch() ? label.mid(match.capturedEnd()) : label;
}

QString headOf(const QString &label)
{
    static const QRegularExpression dash(uR"(\s+[-\x{2013}\x{2014}]\s+)"_s);
    const auto match = dash.match(label);
    return match.hasMatch() ? label.left(match.capturedStart()) : QString();
}

QString formatted(const Amount &amount)
{
    return AmountFormat().format(amount);
}

class Tracer
{
public:
    Tracer(const Filing &filing, const TieOut &tieOut) : m_filing(filing), m_tieOut(tieOut), m_periods(filing) { }
    QList<AdjustmentTrace> run();

private:
    struct Candidate
    {
        RowRef ref;
        QList<Amount> values; // absolute, per target period (nil as 0)
        bool reconciliation = false;
    };
    // Where an adjustment's figures stand: the columns of its own row in a
    // reconciliation of lines; the "Adj." columns of a reconciliation of
    // columns, each in the period of the GAAP column before it.
    struct Layout
    {
        QList<qsizetype> own;       // the columns holding the adjustment
        QList<qsizetype> periods;   // the column whose period each is in
        QList<qsizetype> schedules; // where its sources may be
    };

    void notesOf(AdjustmentTrace &trace, const Row &row);
    // Words found once however many adjustments are compared with them.
    const QSet<QString> &wordsOfClause(const NoteClause &clause);
    const QSet<QString> &wordsOfLine(const RowRef &ref);
    void sourcesOf(AdjustmentTrace &trace, const Block &block, qsizetype schedule, const Layout &layout);
    void traceColumns(qsizetype schedule, QList<AdjustmentTrace> &traces);
    Layout sharedLayout(qsizetype schedule) const;
    void partOf(AdjustmentTrace &trace, const Block &block, qsizetype schedule) const;
    void effectsOf(AdjustmentTrace &trace, const Block &block, qsizetype schedule) const;
    QList<Candidate> poolFor(qsizetype schedule, const Block &block, const Row &adjustment, const QList<Amount> &target,
                             const Layout &layout, QList<RowRef> *mirrors);
    const QList<qsizetype> &sharingAll(qsizetype schedule);
    void blocksFromSums();
    QList<Amount> absolutes(const Row &row, const QList<qsizetype> &columns) const;

    const Filing &m_filing;
    const TieOut &m_tieOut;
    PeriodIndex m_periods;
    QHash<qsizetype, QList<qsizetype>> m_sharing;             // sharingAll, by schedule
    QHash<std::pair<qsizetype, qsizetype>, bool> m_blockTies; // by non-GAAP row: its reconciliation check passed
    QList<QList<Block>> m_blocks;                             // per schedule, found once
    QList<bool> m_isReconciliation;
    QHash<const NoteClause *, QSet<QString>> m_clauseWords;
    QHash<std::pair<qsizetype, qsizetype>, QSet<QString>> m_lineWords; // by source line, per reconciliation
};

// A reconciliation that does not head its lines "GAAP …" and "Non-GAAP …"
// ("Net income", "Add: amortization …", "Adjusted net income"): in a table
// titled as one, each sum the tie-out found starts from the reported figure
// and adds the adjustments up to the adjusted one. A table titled by the
// measure alone ("Tangible Common Equity to Tangible Assets Ratio") counts
// where a sum both names the measure and adds or takes lines away.
void Tracer::blocksFromSums()
{
    // A statement laid out beside its non-GAAP version is no reconciliation of lines.
    static const QRegularExpression statement(uR"(\bstatements? of\b|\bbalance sheets?\b)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    QList<bool> eligible(m_filing.schedules.size());
    QList<bool> titled(m_filing.schedules.size());
    for (qsizetype s = 0; s < m_filing.schedules.size(); ++s) {
        const QString &title = m_filing.schedules[s].title;
        eligible[s] = m_blocks[s].isEmpty() && !statement.match(title).hasMatch();
        titled[s] = Schedule::isReconciliationTitle(title);
    }
    QHash<qsizetype, QList<Block>> derived; // by schedule
    for (const Check &check : m_tieOut.checks) {
        const qsizetype s = check.target.schedule;
        if ((check.kind != Check::Kind::Total && check.kind != Check::Kind::Stated) || check.terms.size() < 2
            || !eligible[s])
            continue;
        // The adjusted figure is a total under the reported one and its
        // adjustments, never a line the sum takes the others from.
        const bool inPlace = std::all_of(check.terms.cbegin(), check.terms.cend(), [&](const Check::Term &term) {
            return term.row.schedule == s && term.row.row < check.target.row;
        });
        // The adjusted figure, or the reported one it starts from, says so
        // ("Adjusted EBITDA", "Tangible net income"), or the lines between
        // add and take away ("Add: amortization …", "Less: …"): not any sum
        // of a table so titled, such as its equity's parts.
        static const QRegularExpression adjusted(
            uR"(\b(adjusted|non-gaap|ebitda|tangible|core|excluding|pro forma)\b)"_s,
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression adding(uR"(^(add|less|plus|minus|excluding|adjustments?)\b)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        const Schedule &schedule = m_filing.schedules[s];
        const auto labelOf = [&schedule](const Check::Term &term) -> const QString & {
            return schedule.rows[term.row.row].label;
        };
        const bool named = adjusted.match(schedule.rows[check.target.row].label).hasMatch()
                           || adjusted.match(labelOf(check.terms[0])).hasMatch();
        const bool adds = std::any_of(check.terms.cbegin() + 1, check.terms.cend(),
                                      [&](const Check::Term &term) { return adding.match(labelOf(term)).hasMatch(); });
        // A formula the table prints ("(i)-(l)": revenue less expense) is a
        // reconciliation only where it adds and takes away adjustments.
        const bool stated = check.kind == Check::Kind::Stated;
        const bool reconciles = stated ? adds : titled[s] ? named || adds : named && adds;
        if (!inPlace || check.terms[0].weight != 1 || !reconciles)
            continue;
        Block block;
        block.gaap = check.terms[0].row.row;
        block.nonGaap = check.target.row;
        for (qsizetype t = 1; t < check.terms.size(); ++t)
            block.adjustments.append(check.terms[t].row.row);
        derived[s].append(block);
        m_blockTies.insert({s, block.nonGaap}, check.passed());
    }
    for (auto found = derived.cbegin(); found != derived.cend(); ++found) {
        m_blocks[found.key()] = found.value();
        m_isReconciliation[found.key()] = true;
    }
}

QList<Amount> Tracer::absolutes(const Row &row, const QList<qsizetype> &columns) const
{
    QList<Amount> values;
    for (const qsizetype c : columns) {
        const Cell &cell = row.cells.value(c);
        values.append(cell.isNil() ? Amount::fromInteger(0) : cell.amount.abs());
    }
    return values;
}

const QSet<QString> &Tracer::wordsOfClause(const NoteClause &clause)
{
    auto known = m_clauseWords.constFind(&clause);
    if (known == m_clauseWords.cend())
        known = m_clauseWords.insert(&clause, LabelSimilarity::words(clause.text));
    return *known;
}

// A line's schedule says what it is when its label does not ("Total").
const QSet<QString> &Tracer::wordsOfLine(const RowRef &ref)
{
    auto known = m_lineWords.constFind({ref.schedule, ref.row});
    if (known == m_lineWords.cend()) {
        const Schedule &from = m_filing.schedules[ref.schedule];
        known = m_lineWords.insert({ref.schedule, ref.row},
                                   LabelSimilarity::words(from.rows[ref.row].label + u' ' + from.title));
    }
    return *known;
}

void Tracer::notesOf(AdjustmentTrace &trace, const Row &row)
{
    const QSet<QString> tail = LabelSimilarity::words(tailOf(row.label));
    for (const QString &letter : row.notes) {
        AdjustmentTrace::NoteMatch match;
        match.letter = letter;
        const Note *note = m_filing.note(letter);
        if (note) {
            match.found = true;
            match.title = note->title;
            double best = 0;
            double bestBack = 0;
            for (const NoteClause &clause : note->clauses) {
                const QSet<QString> &words = wordsOfClause(clause);
                const double score = LabelSimilarity::coverage(tail, words);
                const double back = LabelSimilarity::coverage(words, tail);
                if (score > best || (score == best && score > 0 && back > bestBack)) {
                    best = score;
                    bestBack = back;
                    match.clauseNumeral = clause.numeral;
                    match.clauseText = clause.text;
                    match.clauseOffset = clause.offset;
                    match.clauseLength = clause.length;
                }
            }
        }
        trace.notes.append(match);
    }
    for (const AdjustmentTrace::NoteMatch &match : AdjustmentTracer::namedNotes(m_filing, row))
        trace.notes.append(match);
}

// A reconciliation traces many adjustments against the same schedules.
const QList<qsizetype> &Tracer::sharingAll(qsizetype schedule)
{
    auto it = m_sharing.find(schedule);
    if (it == m_sharing.end())
        it = m_sharing.insert(schedule, m_periods.sharingAll(schedule));
    return *it;
}

QList<Tracer::Candidate> Tracer::poolFor(qsizetype schedule, const Block &block, const Row &adjustment,
                                         const QList<Amount> &target, const Layout &layout, QList<RowRef> *mirrors)
{
    QList<Candidate> pool;
    const Schedule &home = m_filing.schedules[schedule];
    // Each of the adjustment's periods must be in the other schedule.
    for (const qsizetype s : layout.schedules) {
        const Schedule &other = m_filing.schedules[s];
        const QList<qsizetype> aligned = PeriodAlignment::columns(home, other);
        QList<qsizetype> columns;
        for (const qsizetype p : layout.periods)
            columns.append(aligned.value(p, -1));
        if (columns.contains(-1))
            continue;
        const QList<Block> &blocks = m_blocks[s];
        for (qsizetype r = 0; r < other.rows.size(); ++r) {
            const Row &row = other.rows[r];
            if (!row.isFigure())
                continue;
            if (s == schedule) {
                // Other reconciliation rows may be sources, but not this
                // block's own rows, nor any block's GAAP and non-GAAP figures.
                if (r == block.gaap || r == block.nonGaap || block.adjustments.contains(r))
                    continue;
                const bool total = std::any_of(blocks.cbegin(), blocks.cend(),
                                               [r](const Block &b) { return b.gaap == r || b.nonGaap == r; });
                if (total)
                    continue;
            }
            Candidate candidate{{s, r}, absolutes(row, columns), m_isReconciliation[s]};
            if (s == schedule && row.label == adjustment.label && candidate.values == target) {
                // The same adjustment applied to another total: where it
                // flows, not where it comes from.
                mirrors->append({s, r});
                continue;
            }
            bool fits = false;
            bool within = true;
            for (qsizetype p = 0; p < target.size(); ++p) {
                fits = fits || !candidate.values[p].isZero();
                within = within && candidate.values[p] <= target[p];
            }
            if (fits && within)
                pool.append(candidate);
        }
    }
    return pool;
}

// Figures as printed, digits and decimals: the key of a combination's values.
using ValuesKey = QList<std::pair<qint64, int>>;

ValuesKey keyOf(const QList<Amount> &values)
{
    ValuesKey key;
    key.reserve(values.size());
    for (const Amount &v : values)
        key.append({v.mantissa(), v.decimals()});
    return key;
}

std::optional<QList<Amount>> difference(const QList<Amount> &a, const QList<Amount> &b)
{
    QList<Amount> result;
    result.reserve(a.size());
    for (qsizetype p = 0; p < a.size(); ++p) {
        const auto d = a[p].minus(b[p]);
        if (!d || d->isNegative())
            return std::nullopt;
        result.append(*d);
    }
    return result;
}

// Whether a − b is printed as c in every period from the second on (the
// first is compared by the caller's index).
bool leavesExactly(const QList<Amount> &a, const QList<Amount> &b, const QList<Amount> &c)
{
    for (qsizetype p = 1; p < a.size(); ++p) {
        const auto d = a[p].minus(b[p]);
        if (!d || d->mantissa() != c[p].mantissa() || d->decimals() != c[p].decimals())
            return false;
    }
    return true;
}

void Tracer::sourcesOf(AdjustmentTrace &trace, const Block &block, qsizetype schedule, const Layout &layout)
{
    const Schedule &home = m_filing.schedules[schedule];
    const Row &row = home.rows[trace.row.row];
    const QList<Amount> target = absolutes(row, layout.own);
    const QList<Candidate> pool = poolFor(schedule, block, row, target, layout, &trace.mirrors);
    if (pool.isEmpty())
        return;
    QHash<ValuesKey, QList<qsizetype>> byValues;
    // Sums of three are sought by their first period's figure: a hash of
    // one number per line, where a key of every period for each of the
    // pool's pairs cost a bank's 10-K a tenth of its opening.
    QHash<std::pair<qint64, int>, QList<qsizetype>> byFirst;
    for (qsizetype i = 0; i < pool.size(); ++i) {
        byValues[keyOf(pool[i].values)].append(i);
        const Amount &first = pool[i].values.constFirst();
        byFirst[{first.mantissa(), first.decimals()}].append(i);
    }

    QList<QList<qsizetype>> found;
    for (const qsizetype i : byValues.value(keyOf(target)))
        found.append(QList<qsizetype>{i});
    for (qsizetype i = 0; i < pool.size(); ++i) {
        const auto rest = difference(target, pool[i].values);
        if (!rest)
            continue;
        for (const qsizetype j : byValues.value(keyOf(*rest))) {
            if (j > i)
                found.append(QList<qsizetype>{i, j});
        }
        if (pool.size() > MaxTriplePool)
            continue;
        for (qsizetype j = i + 1; j < pool.size(); ++j) {
            const auto last = rest->constFirst().minus(pool[j].values.constFirst());
            if (!last || last->isNegative())
                continue;
            const auto third = byFirst.constFind({last->mantissa(), last->decimals()});
            if (third == byFirst.cend())
                continue;
            for (const qsizetype k : *third) {
                if (k > j && leavesExactly(*rest, pool[j].values, pool[k].values))
                    found.append(QList<qsizetype>{i, j, k});
            }
        }
    }

    const QSet<QString> words = LabelSimilarity::words(row.label);
    for (const QList<qsizetype> &combination : std::as_const(found)) {
        AdjustmentTrace::Source source;
        QSet<QString> theirs;
        bool reconciliation = false;
        for (const qsizetype i : combination) {
            source.rows.append(pool[i].ref);
            reconciliation = reconciliation || pool[i].reconciliation;
            const Row &line = m_filing.schedules[pool[i].ref.schedule].rows[pool[i].ref.row];
            theirs.unite(wordsOfLine(pool[i].ref));
            source.totals += line.kind == RowKind::Total ? 1 : 0;
        }
        source.kind =
            reconciliation ? AdjustmentTrace::Source::Kind::Reconciliation : AdjustmentTrace::Source::Kind::Statement;
        source.similarity = LabelSimilarity::coverage(words, theirs);
        QStringList perPeriod;
        for (qsizetype p = 0; p < target.size(); ++p) {
            QStringList parts;
            for (const qsizetype i : combination)
                parts << formatted(pool[i].values[p]);
            perPeriod << formatted(target[p]) + u" = "_s + parts.join(u" + "_s);
        }
        source.arithmetic = perPeriod;
        source.columns = layout.own;
        source.description = perPeriod.join(u"; "_s);
        trace.sources.append(source);
    }
    std::stable_sort(trace.sources.begin(), trace.sources.end(),
                     [](const AdjustmentTrace::Source &a, const AdjustmentTrace::Source &b) {
                         if (a.rows.size() != b.rows.size())
                             return a.rows.size() < b.rows.size();
                         if (a.kind != b.kind)
                             return a.kind < b.kind;
                         if (a.similarity != b.similarity)
                             return a.similarity > b.similarity;
                         return a.totals > b.totals;
                     });
}

void Tracer::partOf(AdjustmentTrace &trace, const Block &block, qsizetype schedule) const
{
    const Schedule &home = m_filing.schedules[schedule];
    const QString head = headOf(home.rows[trace.row.row].label);
    if (head.isEmpty())
        return;
    QList<qsizetype> siblings;
    for (const qsizetype r : block.adjustments) {
        if (headOf(home.rows[r].label) == head)
            siblings.append(r);
    }
    for (qsizetype s = 0; s < m_filing.schedules.size(); ++s) {
        if (m_isReconciliation[s])
            continue;
        const Schedule &other = m_filing.schedules[s];
        const QList<qsizetype> columns = PeriodAlignment::columns(home, other);
        if (columns.contains(-1))
            continue;
        for (qsizetype r = 0; r < other.rows.size(); ++r) {
            if (other.rows[r].label.compare(head, Qt::CaseInsensitive) != 0 || !other.rows[r].isFigure())
                continue;
            QStringList perPeriod;
            bool ties = true;
            for (qsizetype p = 0; p < columns.size() && ties; ++p) {
                Amount sum = Amount::fromInteger(0);
                QStringList parts;
                for (const qsizetype k : siblings) {
                    const Cell &cell = home.rows[k].cells.value(p);
                    sum = sum.plus(cell.amount).value_or(sum);
                    parts << AmountFormat().format(cell.amount);
                }
                const Cell &whole = other.rows[r].cells.value(columns[p]);
                ties = whole.amount == sum;
                perPeriod << formatted(whole.amount) + u" = "_s + parts.join(u" + "_s);
            }
            if (!ties)
                continue;
            AdjustmentTrace::Source source;
            source.kind = AdjustmentTrace::Source::Kind::PartOf;
            source.rows = {{s, r}};
            for (const qsizetype k : siblings)
                source.parts.append({schedule, k});
            source.arithmetic = perPeriod;
            source.description = perPeriod.join(u"; "_s);
            source.similarity = 1;
            trace.sources.prepend(source);
            return;
        }
    }
}

void Tracer::effectsOf(AdjustmentTrace &trace, const Block &block, qsizetype schedule) const
{
    const Schedule &home = m_filing.schedules[schedule];
    const Row &row = home.rows[trace.row.row];
    trace.block = {schedule, block.gaap};
    trace.nonGaap = {schedule, block.nonGaap};
    trace.blockTies = m_blockTies.value({schedule, block.nonGaap}, false);
    if (row.kind == RowKind::Percentage)
        return;

    // Diluted shares: the last diluted share count of this schedule, else of any.
    for (qsizetype s = 0; s < m_filing.schedules.size() && !trace.dilutedShares.isValid(); ++s) {
        const qsizetype which = (schedule + s) % m_filing.schedules.size();
        const Schedule &candidate = m_filing.schedules[which];
        for (qsizetype r = candidate.rows.size() - 1; r >= 0; --r) {
            const Row &shares = candidate.rows[r];
            if (shares.kind == RowKind::ShareCount && shares.label.contains(u"diluted"_s, Qt::CaseInsensitive)) {
                trace.dilutedShares = {which, r};
                break;
            }
        }
    }
    if (trace.dilutedShares.isValid()) {
        const Schedule &sharesSchedule = m_filing.schedules[trace.dilutedShares.schedule];
        const Row &shares = sharesSchedule.rows[trace.dilutedShares.row];
        const auto pairs = PeriodAlignment::align(home, sharesSchedule);
        for (qsizetype p = 0; p < home.periods.size(); ++p) {
            QString effect;
            for (const auto &pair : pairs) {
                if (pair.first != p || row.cells.value(p).isNil())
                    continue;
                if (const auto ratio = Amount::ratio(row.cells[p].amount, shares.cells.value(pair.second).amount, 4))
                    effect = ratio->toPlainString();
            }
            trace.perShareEffect.append(effect);
        }
    }

    static const QRegularExpression taxEffect(
        uR"(\b(income )?tax effect\b|^income taxes?$|\btax (benefit|provision)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (!taxEffect.match(row.label).hasMatch())
        return;
    for (qsizetype p = 0; p < home.periods.size(); ++p) {
        Amount pretax = Amount::fromInteger(0);
        for (const qsizetype r : block.adjustments) {
            if (r != trace.row.row && home.rows[r].kind != RowKind::Percentage)
                pretax = pretax.plus(home.rows[r].cells.value(p).amount).value_or(pretax);
        }
        const Amount tax = row.cells.value(p).amount.abs();
        const auto hundred = tax.times(100);
        const auto rate = hundred ? Amount::ratio(*hundred, pretax, 1) : std::nullopt;
        trace.impliedTaxRate.append(rate ? rate->toPlainString() : QString());
        trace.pretaxAdjustments.append(formatted(pretax));
    }
}

// A reconciliation that prints a period the statements do not (Adobe's
// non-GAAP results add the prior quarter): its adjustments are sought in
// the periods it shares with the schedule that has most of them, of those
// that have only some (the others were searched already). One period is
// too little: a figure equal in one column alone is often chance.
Tracer::Layout Tracer::sharedLayout(qsizetype s) const
{
    const Schedule &home = m_filing.schedules[s];
    QHash<qsizetype, int> count;
    for (qsizetype p = 0; p < home.periods.size(); ++p) {
        for (const qsizetype other : m_periods.having(s, p))
            count[other] += other == s ? 0 : 1;
    }
    qsizetype best = -1;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        if (it.value() > 1 && it.value() < home.periods.size()
            && (best < 0 || it.value() > count[best] || (it.value() == count[best] && it.key() < best)))
            best = it.key();
    }
    Layout layout;
    if (best < 0)
        return layout; // no schedule has only some of its periods
    for (qsizetype p = 0; p < home.periods.size(); ++p) {
        if (m_periods.having(s, p).contains(best))
            layout.own.append(p);
    }
    layout.periods = layout.own;
    layout.schedules = m_periods.sharingAll(s, layout.own);
    return layout;
}

// A reconciliation laid out in columns ("GAAP | Adj. | Non-GAAP" for each
// period, Oracle's): each line with an adjustment is traced, the line
// itself its GAAP and its non-GAAP figure, its adjustment the "Adj."
// cells, in the periods of the GAAP columns. The measures reconciled are
// totals ("TOTAL OPERATING EXPENSES", "NET INCOME"), the adjustments the
// lines between; a table breaking one adjustment down by line (Oracle's
// stock-based compensation by expense category) is no reconciliation.
void Tracer::traceColumns(qsizetype s, QList<AdjustmentTrace> &traces)
{
    const Schedule &schedule = m_filing.schedules[s];
    if (!Schedule::isReconciliationTitle(schedule.title))
        return;
    const QList<std::pair<qsizetype, qsizetype>> triples = ColumnReconciliationChecks::triples(schedule.periods);
    Layout layout;
    for (const auto &[gaap, adjustment] : triples) {
        if (gaap >= 0) {
            layout.own.append(adjustment);
            layout.periods.append(gaap);
        }
    }
    if (layout.own.isEmpty())
        return;
    // Not the table itself: its other lines' GAAP figures are no source
    // of an adjustment column.
    for (qsizetype other = 0; other < m_filing.schedules.size(); ++other) {
        if (other != s)
            layout.schedules.append(other);
    }
    for (qsizetype r = 0; r < schedule.rows.size(); ++r) {
        const Row &row = schedule.rows[r];
        const bool adjusted = std::any_of(layout.own.cbegin(), layout.own.cend(), [&row](qsizetype p) {
            return !row.cells.value(p).isBlank() && !row.cells.value(p).isNil();
        });
        if (!row.hasValues() || !adjusted || row.kind != RowKind::Item)
            continue;
        AdjustmentTrace trace;
        trace.row = {s, r};
        trace.label = row.label;
        trace.block = {s, r};
        trace.nonGaap = {s, r};
        trace.blockTies = m_blockTies.value({s, r}, false);
        notesOf(trace, row);
        // The adjustment to the tax line is the tax effect of the others,
        // worked out, not printed anywhere: a figure equal to it is chance.
        static const QRegularExpression tax(uR"(\bincome tax)"_s, QRegularExpression::CaseInsensitiveOption);
        if (!tax.match(row.label).hasMatch())
            sourcesOf(trace, {r, r, {r}}, s, layout);
        traces.append(trace);
    }
}

QList<AdjustmentTrace> Tracer::run()
{
    for (const Schedule &schedule : m_filing.schedules) {
        m_blocks.append(blocksOf(schedule));
        m_isReconciliation.append(!m_blocks.constLast().isEmpty());
    }
    for (const Check &check : m_tieOut.checks) {
        if (check.kind == Check::Kind::Reconciliation)
            m_blockTies.insert({check.target.schedule, check.target.row}, check.passed());
    }
    blocksFromSums();
    QList<AdjustmentTrace> traces;
    for (qsizetype s = 0; s < m_filing.schedules.size(); ++s) {
        const Schedule &schedule = m_filing.schedules[s];
        // A reconciliation's adjustments meet the same source lines; the
        // next one, a release later, meets others.
        m_lineWords.clear();
        if (m_blocks[s].isEmpty()) {
            traceColumns(s, traces);
            continue;
        }
        Layout layout;
        for (qsizetype p = 0; p < schedule.periods.size(); ++p)
            layout.own.append(p);
        layout.periods = layout.own;
        layout.schedules = sharingAll(s);
        std::optional<Layout> shared; // found when first wanted
        for (const Block &block : std::as_const(m_blocks[s])) {
            for (const qsizetype r : block.adjustments) {
                const Row &row = schedule.rows[r];
                AdjustmentTrace trace;
                trace.row = {s, r};
                trace.label = row.label;
                notesOf(trace, row);
                if (row.kind != RowKind::Percentage) {
                    sourcesOf(trace, block, s, layout);
                    if (trace.sources.isEmpty()) {
                        if (!shared)
                            shared = sharedLayout(s);
                        if (!shared->own.isEmpty()) {
                            trace.mirrors.clear(); // found again in those periods
                            sourcesOf(trace, block, s, *shared);
                        }
                    }
                    partOf(trace, block, s);
                }
                effectsOf(trace, block, s);
                traces.append(trace);
            }
        }
    }
    return traces;
}

} // namespace

// A paragraph under a line's own name explains it, though the row cites
// nothing: every word of one is the other's, and the shorter is at least
// half the longer ("Amortization of intangibles" for "Amortization of
// purchased intangible assets", "Stock-based compensation expenses" for
// "Stock-based compensation").
QList<AdjustmentTrace::NoteMatch> AdjustmentTracer::namedNotes(const Filing &filing, const Row &row)
{
    QList<AdjustmentTrace::NoteMatch> matches;
    const QSet<QString> label = LabelSimilarity::words(tailOf(row.label));
    for (const Note &note : filing.notes) {
        if (!note.isNamed() || row.notes.contains(note.letter))
            continue;
        const QSet<QString> name = LabelSimilarity::words(note.title);
        const double forth = LabelSimilarity::coverage(name, label);
        const double back = LabelSimilarity::coverage(label, name);
        if (name.isEmpty() || std::max(forth, back) < 1.0 || std::min(forth, back) < 0.5)
            continue;
        AdjustmentTrace::NoteMatch match;
        match.letter = note.letter;
        match.title = note.title;
        match.found = true;
        matches.append(match);
    }
    return matches;
}

QList<AdjustmentTrace> AdjustmentTracer::trace(const Filing &filing, const TieOut &tieOut)
{
    return Tracer(filing, tieOut).run();
}
