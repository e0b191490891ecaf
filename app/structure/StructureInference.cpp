// SPDX-License-Identifier: GPL-3.0-or-later
#include "StructureInference.h"

#include "FigureSums.h"
#include "StatedFormula.h"
#include "calculation/CheckCalculator.h"
#include "filing/Schedule.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
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
    void clear()
    {
        m_frontier.clear();
        m_sums.clear();
    }
    void reset(qsizetype row)
    {
        clear();
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
    explicit Inference(const Schedule &schedule)
        : m_schedule(schedule), m_outer(schedule), m_sectionItems(schedule), m_stated(StatedFormula::of(schedule)),
          m_reconciling(Schedule::isReconciliationTitle(schedule.title))
    { }
    ScheduleStructure run();

private:
    // A relation a row might close, with how well it ties.
    struct Candidate
    {
        QList<Relation::Term> terms;
        Relation::Basis basis = Relation::Basis::SectionTotal;
        StructureInference::Tally tally;
        bool complete() const { return tally.tying == tally.printed; }
    };

    Scope &current() { return m_inner ? *m_inner : m_outer; }
    bool lenient(qsizetype total) const;
    void consider(qsizetype total, const QList<Relation::Term> &terms, Relation::Basis basis);
    void considerSectionTotal(qsizetype i);
    void considerRunningTotal(qsizetype i);
    void considerSubtotals(qsizetype i);
    bool explain(qsizetype i);
    bool takeStated(qsizetype i);
    bool takeBareTotal(qsizetype i);
    void openHeading();
    void commit(qsizetype i, Candidate chosen);
    // Whether a line the filing does not mark as a total may be this
    // combination of plain lines. In a reconciliation never: there, one
    // adjustment taken as the difference of two others ties by coincidence
    // alone. Elsewhere, as a result does: one line netted down ("Gross
    // margin = Net sales − Cost of sales"), lines added up, or the whole of
    // its section; not a mix of signs over a list, which a column of small
    // figures meets by chance.
    bool plainResult(const QList<Relation::Term> &terms) const
    {
        if (m_reconciling || terms.constFirst().weight < 0)
            return false;
        const bool allPlus =
            std::all_of(terms.cbegin(), terms.cend(), [](const Relation::Term &t) { return t.weight > 0; });
        if (allPlus || terms.size() == 2)
            return true;
        return m_section >= 0 && m_sectionItems.frontier().size() == terms.size() && withinSection(terms);
    }
    // Whether the terms lie in the open section, if any: a line the filing
    // does not mark as a total, under "Shareholders' equity:", is no result
    // of total assets and total liabilities above the heading.
    bool withinSection(const QList<Relation::Term> &terms) const
    {
        // A section whose lines are all summed already is closed.
        const QList<qsizetype> &section = m_sectionItems.frontier();
        const bool open = std::any_of(section.cbegin(), section.cend(), [this](qsizetype r) { return !isResult(r); });
        return m_section < 0 || !open || std::all_of(terms.cbegin(), terms.cend(), [&section](const Relation::Term &t) {
                   return section.contains(t.row);
               });
    }
    // A total the filing marks, or a line already found to sum others.
    bool isResult(qsizetype row) const { return m_schedule.rows[row].kind == RowKind::Total || m_summed.contains(row); }

    const Schedule &m_schedule;
    ScheduleStructure m_result;
    Scope m_outer;
    std::optional<Scope> m_inner; // the scope of a heading such as "ASSETS"
    qsizetype m_section = -1;
    Scope m_sectionItems; // the figures since the section's heading
    qsizetype m_block = -1;
    QList<Relation::Term> m_blockTerms;
    std::optional<Candidate> m_best; // of the row being explained
    StatedFormula::Table m_stated;
    bool m_reconciling = false;                   // the schedule is titled as a reconciliation
    QSet<qsizetype> m_summed;                     // the rows a relation explains, as they are found
    mutable QList<CheckCalculator::Term> m_cells; // scratch for every candidate sum
};

// A row the filing marks as a total needs only half the periods to tie;
// anything else must tie in a strict majority.
bool Inference::lenient(qsizetype total) const
{
    return m_schedule.rows[total].kind == RowKind::Total;
}

// Keeps the candidate if it is accepted and ties in more periods than the
// best so far: a sum of the right rows with the wrong signs ties only where
// the terms it gets wrong are nil, and must not win over the right one.
void Inference::consider(qsizetype total, const QList<Relation::Term> &terms, Relation::Basis basis)
{
    const StructureInference::Tally t = StructureInference::tally(m_schedule, total, terms, m_cells);
    if (t.printed == 0 || t.tying == 0)
        return;
    if (lenient(total) ? 2 * t.tying < t.printed : 2 * t.tying <= t.printed)
        return;
    if (!m_best || t.tying > m_best->tally.tying)
        m_best = Candidate{terms, basis, t};
}

// The rows since a section's heading ("Cash flow from financing
// activities:"), closed by a "Total …" row, or by any row that sums more of
// them than a subtotal would: "Subtotal CPUs" adding the section's first
// two lines leaves the section open for its "Total". The running sums rule
// out most rows of a long section before the exact arithmetic.
void Inference::considerSectionTotal(qsizetype i)
{
    const QList<qsizetype> &items = m_sectionItems.frontier();
    if (m_section < 0 || items.isEmpty() || items.size() > MaxRunningTerms)
        return;
    const Row &row = m_schedule.rows[i];
    if (!row.label.startsWith(u"Total"_s, Qt::CaseInsensitive) && items.size() <= MaxSubtotalTerms)
        return;
    if (!m_sectionItems.sums().mightTie(row, lenient(i)))
        return;
    QList<Relation::Term> terms;
    for (const qsizetype item : items)
        terms.append({item, 1});
    consider(i, terms, Relation::Basis::SectionTotal);
}

void Inference::considerRunningTotal(qsizetype i)
{
    const QList<qsizetype> &frontier = current().frontier();
    if (frontier.size() < 2 || frontier.size() > MaxRunningTerms
        || !current().sums().mightTie(m_schedule.rows[i], lenient(i)))
        return;
    QList<Relation::Term> terms;
    for (const qsizetype item : frontier)
        terms.append({item, 1});
    consider(i, terms, Relation::Basis::RunningTotal);
}

void Inference::considerSubtotals(qsizetype i)
{
    const QList<qsizetype> &frontier = current().frontier();
    const qsizetype longest = qMin(MaxSubtotalTerms, frontier.size());
    const bool marked = m_schedule.rows[i].kind == RowKind::Total;
    // One list for every candidate: its weights are rewritten, not reallocated.
    QList<Relation::Term> terms;
    terms.reserve(longest);
    for (qsizetype length = 2; length <= longest; ++length) {
        const qsizetype start = frontier.size() - length;
        terms.resize(length);
        bool ofResults = false;
        for (qsizetype k = 0; k < length; ++k) {
            terms[k] = {frontier[start + k], 1};
            ofResults = ofResults || isResult(frontier[start + k]);
        }
        if (!marked && !withinSection(terms))
            continue;
        // Sign patterns, all-plus first, then those whose first term is positive.
        for (int mask = 0; mask < (1 << length); ++mask) {
            for (qsizetype k = 0; k < length; ++k)
                terms[k].weight = (mask >> (length - 1 - k)) & 1 ? -1 : 1;
            if (!marked && !ofResults && !plainResult(terms))
                continue;
            consider(i, terms, Relation::Basis::Subtotal);
            if (m_best && m_best->complete())
                return;
        }
    }
    // A marked total that nets the line right above it from an earlier
    // result, over a memo line between them: "Adjusted after tax profit
    // attributable to Clorox", "Average capital employed", "Less: Capital
    // charge", "Economic profit".
    if (!marked || m_best || frontier.size() < 3)
        return;
    const qsizetype last = frontier.constLast();
    const int weight = m_schedule.rows[last].label.startsWith(u"Less"_s, Qt::CaseInsensitive) ? -1 : 1;
    for (qsizetype k = frontier.size() - 3; k >= 0 && k >= frontier.size() - 1 - MaxSubtotalTerms; --k) {
        if (!isResult(frontier[k]))
            continue;
        consider(i, {{frontier[k], 1}, {last, weight}}, Relation::Basis::Subtotal);
        if (m_best && m_best->complete())
            return;
        m_best.reset(); // only a tie in every period stands over the skipped lines
    }
}

// The first relation, in the order the layout makes likely, that ties in
// every period; else the one that ties in most.
bool Inference::explain(qsizetype i)
{
    m_best.reset();
    considerSectionTotal(i);
    if (!m_best || !m_best->complete())
        considerRunningTotal(i);
    if (!m_best || !m_best->complete())
        considerSubtotals(i);
    if (!m_best)
        return false;
    commit(i, std::move(*m_best));
    m_best.reset();
    return true;
}

void Inference::commit(qsizetype i, Candidate chosen)
{
    Scope &scope = current();
    switch (chosen.basis) {
    case Relation::Basis::SectionTotal:
        for (const qsizetype item : m_sectionItems.frontier())
            scope.removeOne(item);
        scope.append(i);
        break;
    case Relation::Basis::RunningTotal:
        if (m_inner) {
            // The heading's scope is summed up: what follows belongs to the outer one.
            m_inner.reset();
            m_outer.append(i);
        } else {
            m_outer.reset(i);
        }
        break;
    case Relation::Basis::Subtotal:
        // Its terms, from the end: the last lines, or a result and the line
        // above the total, over a memo line that stays in the scope.
        for (const Relation::Term &t : std::as_const(chosen.terms))
            scope.removeOne(t.row);
        scope.append(i);
        // A "Sub-total" of the section's lines stands for them in the section's total.
        if (std::all_of(chosen.terms.cbegin(), chosen.terms.cend(),
                        [this](const Relation::Term &t) { return m_sectionItems.frontier().contains(t.row); })) {
            for (const Relation::Term &t : std::as_const(chosen.terms))
                m_sectionItems.removeOne(t.row);
            m_sectionItems.append(i);
        }
        break;
    case Relation::Basis::Reconciliation:
    case Relation::Basis::Stated: break;
    }
    if (chosen.basis != Relation::Basis::Subtotal) {
        m_section = -1;
        m_sectionItems.clear();
    }
    m_result.relations.append({i, std::move(chosen.terms), chosen.basis});
    m_summed.insert(i);
}

// In a table that prints its arithmetic, a row with a formula is what the
// formula says, and a lettered line the formulas take as a term is given,
// not a total to explain ("Tax effects of adjustments (f)"), unless the
// filing marks it as one. Ratios are checked as ratios (RatioChecks).
bool Inference::takeStated(qsizetype i)
{
    const StatedFormula &formula = m_stated.rows[i];
    const Row &row = m_schedule.rows[i];
    if (formula.form == StatedFormula::Form::Ratio)
        return true;
    if (formula.form == StatedFormula::Form::Sum) {
        const QList<std::pair<qsizetype, int>> resolved = m_stated.resolve(formula, i);
        if (resolved.isEmpty())
            return false;
        QList<Relation::Term> terms;
        for (const auto &[term, weight] : resolved) {
            terms.append({term, weight});
            current().removeOne(term);
        }
        m_result.relations.append({i, std::move(terms), Relation::Basis::Stated});
        m_summed.insert(i);
        if (row.isFigure())
            current().append(i);
        return true;
    }
    if (!m_stated.isTerm(i) || row.kind == RowKind::Total)
        return false;
    if (row.isFigure()) {
        current().append(i);
        if (m_section >= 0)
            m_sectionItems.append(i);
    }
    return true;
}

// A line labelled "Total" and nothing more, under a plain list of lines
// with no heading and no total explained between: the layout says it sums them all,
// so it is checked though it does not tie, and fails by the difference
// (a milestone table whose "Total" is 6,000 more than its three lines).
bool Inference::takeBareTotal(qsizetype i)
{
    static const QRegularExpression bare(uR"(^\s*totals?\s*:?\s*$)"_s, QRegularExpression::CaseInsensitiveOption);
    if (m_inner || !m_result.relations.isEmpty() || !bare.match(m_schedule.rows[i].label).hasMatch())
        return false;
    const QList<qsizetype> &frontier = m_outer.frontier();
    if (frontier.size() < 2)
        return false;
    for (qsizetype r = 0; r < i; ++r) {
        const RowKind kind = m_schedule.rows[r].kind;
        if (kind == RowKind::Heading || kind == RowKind::Section)
            return false;
    }
    QList<Relation::Term> terms;
    for (const qsizetype item : frontier)
        terms.append({item, 1});
    m_result.relations.append({i, std::move(terms), Relation::Basis::RunningTotal});
    m_summed.insert(i);
    m_outer.reset(i);
    return true;
}

// "Operating activities:" over "Adjustments to reconcile net income …:"
// and "Changes in operating assets and liabilities:", unbolded: a section
// still open, its lines not yet summed, when the next begins heads the
// sections that follow, as a bold heading would, and its net cash sums
// them all.
void Inference::openHeading()
{
    static const QRegularExpression activities(uR"(\bactivities\b)"_s, QRegularExpression::CaseInsensitiveOption);
    const QList<qsizetype> &items = m_sectionItems.frontier();
    if (m_inner || m_section < 0 || items.isEmpty()
        || std::any_of(items.cbegin(), items.cend(), [this](qsizetype r) { return isResult(r); })
        || !activities.match(m_schedule.rows[m_section].label).hasMatch())
        return;
    m_inner.emplace(m_schedule);
    for (const qsizetype item : m_sectionItems.frontier()) {
        m_outer.removeOne(item);
        m_inner->append(item);
    }
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
            openHeading();
            m_section = i;
            m_sectionItems.clear();
            m_block = -1;
            continue;
        }
        if (!row.hasValues())
            continue;
        if (!m_stated.isEmpty() && takeStated(i))
            continue;

        // A reconciliation block: GAAP figure, adjustments, non-GAAP figure.
        if (Row::opensBlock(row.label)) {
            m_block = i;
            m_blockTerms = {{i, 1}};
            continue;
        }
        if (m_block >= 0) {
            if (Row::closesBlock(row.label)) {
                m_result.relations.append({i, m_blockTerms, Relation::Basis::Reconciliation});
                m_summed.insert(i);
                m_block = -1;
            } else {
                m_blockTerms.append({i, 1});
            }
            continue;
        }
        if (!row.isFigure())
            continue;

        if (explain(i) || takeBareTotal(i))
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
