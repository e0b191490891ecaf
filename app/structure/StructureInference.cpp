// SPDX-License-Identifier: GPL-3.0-or-later
#include "StructureInference.h"

#include "FigureSums.h"
#include "calculation/CheckCalculator.h"
#include "filing/Schedule.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Longer than this, a running total is not attempted: a long list of items
// summing to the next row is not a pattern filings use, and the search would
// grow with the square of the schedule.
constexpr qsizetype MaxRunningTerms = 400;
constexpr qsizetype MaxSubtotalTerms = 4;

// The figures a later row may combine, components folded into totals, with
// their sum kept as they come and go.
class Scope
{
public:
    explicit Scope(const Schedule &schedule) : m_rows(&schedule.rows) { }

    const QList<qsizetype> &frontier() const { return m_frontier; }
    const FigureSums &sums() const { return m_sums; }

    void append(qsizetype row)
    {
        m_frontier.append(row);
        m_sums.add(m_rows->at(row));
    }
    void append(const Scope &other)
    {
        for (const qsizetype row : other.m_frontier)
            append(row);
    }
    // Looked for from the end: the rows a section total folds are the last
    // ones appended, and the frontier of a long schedule holds thousands.
    void removeOne(qsizetype row)
    {
        const qsizetype at = m_frontier.lastIndexOf(row);
        if (at < 0)
            return;
        m_frontier.remove(at);
        m_sums.remove(m_rows->at(row));
    }
    void removeLast(qsizetype count)
    {
        for (; count > 0; --count)
            m_sums.remove(m_rows->at(m_frontier.takeLast()));
    }
    void reset(qsizetype row)
    {
        m_frontier.clear();
        m_sums.clear();
        append(row);
    }

private:
    const QList<Row> *m_rows;
    QList<qsizetype> m_frontier;
    FigureSums m_sums;
};

class Inference
{
public:
    explicit Inference(const Schedule &schedule) : m_schedule(schedule), m_outer(schedule) { }
    ScheduleStructure run();

private:
    Scope &current() { return m_inner ? *m_inner : m_outer; }
    bool lenient(qsizetype total) const;
    bool accepted(qsizetype total, const QList<Relation::Term> &terms) const;
    bool trySectionTotal(qsizetype i);
    bool tryRunningTotal(qsizetype i);
    bool trySubtotal(qsizetype i);
    void add(qsizetype total, QList<Relation::Term> terms, Relation::Basis basis);

    const Schedule &m_schedule;
    ScheduleStructure m_result;
    Scope m_outer;
    std::optional<Scope> m_inner; // the scope of a heading such as "ASSETS"
    qsizetype m_section = -1;
    QList<qsizetype> m_sectionItems;
    qsizetype m_block = -1;
    QList<Relation::Term> m_blockTerms;
    mutable QList<CheckCalculator::Term> m_cells; // scratch for every candidate sum
};

// A row the filing marks as a total needs only half the periods to tie;
// anything else must tie in a strict majority.
bool Inference::lenient(qsizetype total) const
{
    return m_schedule.rows[total].kind == RowKind::Total;
}

bool Inference::accepted(qsizetype total, const QList<Relation::Term> &terms) const
{
    const StructureInference::Tally t = StructureInference::tally(m_schedule, total, terms, m_cells);
    if (t.printed == 0 || t.tying == 0)
        return false;
    return lenient(total) ? 2 * t.tying >= t.printed : 2 * t.tying > t.printed;
}

void Inference::add(qsizetype total, QList<Relation::Term> terms, Relation::Basis basis)
{
    m_result.relations.append({total, std::move(terms), basis});
}

bool Inference::trySectionTotal(qsizetype i)
{
    const Row &row = m_schedule.rows[i];
    if (m_section < 0 || m_sectionItems.isEmpty() || !row.label.startsWith(u"Total"_s, Qt::CaseInsensitive))
        return false;
    QList<Relation::Term> terms;
    for (const qsizetype item : std::as_const(m_sectionItems))
        terms.append({item, 1});
    if (!accepted(i, terms))
        return false;
    add(i, terms, Relation::Basis::SectionTotal);
    Scope &scope = current();
    for (const qsizetype item : std::as_const(m_sectionItems))
        scope.removeOne(item);
    scope.append(i);
    m_section = -1;
    m_sectionItems.clear();
    return true;
}

bool Inference::tryRunningTotal(qsizetype i)
{
    const QList<qsizetype> &frontier = current().frontier();
    if (frontier.size() < 2 || frontier.size() > MaxRunningTerms
        || !current().sums().mightTie(m_schedule.rows[i], lenient(i)))
        return false;
    QList<Relation::Term> terms;
    for (const qsizetype item : frontier)
        terms.append({item, 1});
    if (!accepted(i, terms))
        return false;
    add(i, terms, Relation::Basis::RunningTotal);
    m_section = -1;
    m_sectionItems.clear();
    if (m_inner) {
        // The heading's scope is summed up: what follows belongs to the outer one.
        m_inner.reset();
        m_outer.append(i);
    } else {
        m_outer.reset(i);
    }
    return true;
}

bool Inference::trySubtotal(qsizetype i)
{
    Scope &scope = current();
    const QList<qsizetype> &frontier = scope.frontier();
    const qsizetype longest = qMin(MaxSubtotalTerms, frontier.size());
    // One list for every candidate: its weights are rewritten, not reallocated.
    QList<Relation::Term> terms;
    terms.reserve(longest);
    for (qsizetype length = 2; length <= longest; ++length) {
        const qsizetype start = frontier.size() - length;
        terms.resize(length);
        // Sign patterns, all-plus first, then those whose first term is positive.
        for (int mask = 0; mask < (1 << length); ++mask) {
            for (qsizetype k = 0; k < length; ++k)
                terms[k] = {frontier[start + k], (mask >> (length - 1 - k)) & 1 ? -1 : 1};
            if (!accepted(i, terms))
                continue;
            add(i, terms, Relation::Basis::Subtotal);
            scope.removeLast(length);
            scope.append(i);
            return true;
        }
    }
    return false;
}

ScheduleStructure Inference::run()
{
    const QList<Row> &rows = m_schedule.rows;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        if (row.kind == RowKind::Heading) {
            if (m_inner)
                m_outer.append(*m_inner);
            m_inner.emplace(m_schedule);
            m_section = -1;
            m_sectionItems.clear();
            continue;
        }
        if (row.kind == RowKind::Section) {
            m_section = i;
            m_sectionItems.clear();
            m_block = -1;
            continue;
        }
        if (!row.hasValues())
            continue;

        // A reconciliation block: GAAP figure, adjustments, non-GAAP figure.
        if (Row::opensBlock(row.label)) {
            m_block = i;
            m_blockTerms = {{i, 1}};
            continue;
        }
        if (m_block >= 0) {
            if (Row::closesBlock(row.label)) {
                add(i, m_blockTerms, Relation::Basis::Reconciliation);
                m_block = -1;
            } else {
                m_blockTerms.append({i, 1});
            }
            continue;
        }
        if (!row.isFigure())
            continue;

        if (trySectionTotal(i) || tryRunningTotal(i) || trySubtotal(i))
            continue;
        if (row.kind == RowKind::Total)
            m_result.unexplained.append(i);
        current().append(i);
        if (m_section >= 0)
            m_sectionItems.append(i);
    }
    return m_result;
}

} // namespace

StructureInference::Tally StructureInference::tally(const Schedule &schedule, qsizetype total,
                                                    const QList<Relation::Term> &terms)
{
    QList<CheckCalculator::Term> scratch;
    return tally(schedule, total, terms, scratch);
}

StructureInference::Tally StructureInference::tally(const Schedule &schedule, qsizetype total,
                                                    const QList<Relation::Term> &terms,
                                                    QList<CheckCalculator::Term> &cells)
{
    Tally t;
    const Row &totalRow = schedule.rows[total];
    cells.reserve(terms.size());
    for (qsizetype p = 0; p < totalRow.cells.size(); ++p) {
        if (!schedule.periods.value(p).isAdditive())
            continue;
        cells.clear();
        for (const Relation::Term &term : terms) {
            const Row &row = schedule.rows[term.row];
            if (p < row.cells.size())
                cells.append({&row.cells[p], term.weight});
        }
        const CheckLine::Verdict verdict = CheckCalculator::sumVerdict(totalRow.cells[p], cells);
        if (verdict == CheckLine::Verdict::Skipped)
            continue;
        ++t.printed;
        if (verdict == CheckLine::Verdict::Pass)
            ++t.tying;
    }
    return t;
}

ScheduleStructure StructureInference::infer(const Schedule &schedule)
{
    return Inference(schedule).run();
}
