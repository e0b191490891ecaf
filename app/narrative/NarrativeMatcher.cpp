// SPDX-License-Identifier: GPL-3.0-or-later
#include "NarrativeMatcher.h"

#include "FigureIndex.h"

#include "amount/AmountParser.h"
#include "filing/Filing.h"
#include "matching/LabelSimilarity.h"
#include "matching/PeriodIndex.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Candidate
{
    RowRef row;
    qsizetype period = -1;
    qsizetype basePeriod = -1;
    Amount computed; // written out only for the candidate taken
    double score = 0;
};

// What a label says that the words around a quote are scored against.
struct LabelTraits
{
    explicit LabelTraits(const QString &label)
        : words(LabelSimilarity::words(label)), nonGaap(label.contains(u"non-GAAP"_s, Qt::CaseInsensitive)),
          opensBlock(Row::opensBlock(label)), diluted(label.contains(u"diluted"_s, Qt::CaseInsensitive))
    { }
    QSet<QString> words;
    bool nonGaap;
    bool opensBlock;
    bool diluted;
};

// The years a piece of text names: "2007", "Q1'07".
QList<int> yearsIn(const QString &text)
{
    static const QRegularExpression full(uR"(\b(19|20)(\d\d)\b)"_s);
    static const QRegularExpression shortYear(uR"('(\d\d)\b)"_s);
    QList<int> years;
    for (auto it = full.globalMatch(text); it.hasNext();)
        years << it.next().captured(0).toInt();
    for (auto it = shortYear.globalMatch(text); it.hasNext();)
        years << 2000 + it.next().captured(1).toInt();
    return years;
}

// What the words around a quoted figure say, read once however many cells
// the figure could be, and not at all when it is in none (most figures a
// 10-K's text quotes: dates, counts, rates of other things).
class QuoteContext
{
public:
    explicit QuoteContext(QString text) : m_text(std::move(text)) { }
    const QSet<QString> &words() const { return read().words; }
    const QList<int> &years() const { return read().years; }
    bool nonGaap() const { return read().nonGaap; }

private:
    struct Read
    {
        QSet<QString> words;
        QList<int> years;
        bool nonGaap = false;
    };
    const Read &read() const
    {
        if (!m_read)
            m_read = Read{LabelSimilarity::words(m_text), yearsIn(m_text),
                          m_text.contains(u"non-GAAP"_s, Qt::CaseInsensitive)};
        return *m_read;
    }
    QString m_text;
    mutable std::optional<Read> m_read;
};

// How well a cell fits the words around a quote, given how many of its
// label's words they say (`coverage`).
double contextScore(double coverage, const QuoteContext &context, const LabelTraits &label, const Schedule &schedule,
                    const Row &row, qsizetype period)
{
    double score = coverage;
    const QList<int> &years = context.years();
    const QDate date = period < schedule.periods.size() ? schedule.periods[period].date : QDate();
    if (!years.isEmpty() && date.isValid())
        score += years.constLast() == date.year() ? 1.0 : -1.0;
    score += context.nonGaap() == label.nonGaap ? 0.5 : -0.5;
    // Statements before reconciliations: "GAAP net income" is the statement's line.
    score -= label.opensBlock ? 0.1 : 0.0;
    // "Per share" with no more said means diluted, as releases headline it.
    score += row.kind == RowKind::PerShare && label.diluted ? 0.05 : 0.0;
    return score;
}

// Each schedule's company, numbered. A document of many releases can hold
// many companies', and a figure a release quotes is one of its own company.
QList<qint32> companiesOf(const Filing &filing)
{
    QHash<QString, qint32> numbers;
    QList<qint32> companies;
    companies.reserve(filing.schedules.size());
    for (const Schedule &schedule : filing.schedules) {
        const QString company = filing.companyKeyOf(schedule);
        auto known = numbers.constFind(company);
        if (known == numbers.cend())
            known = numbers.insert(company, qint32(numbers.size()));
        companies.append(*known);
    }
    return companies;
}

class Matcher
{
public:
    explicit Matcher(const Filing &filing) : m_filing(filing), m_companies(companiesOf(filing))
    {
        for (qsizetype s = 0; s < m_companies.size(); ++s) {
            if (m_companies[s] >= m_schedulesOf.size())
                m_schedulesOf.resize(m_companies[s] + 1);
            m_schedulesOf[m_companies[s]].append(s);
        }
    }
    QList<NarrativeClaim> run();

private:
    // The company a paragraph speaks for: that of the first schedule after
    // it, as a release prints its text before its tables; that of the last
    // schedule for text after every table.
    qint32 companyOf(const Paragraph &paragraph) const;
    // The figures of one company's schedules, in place of the last company's.
    void index(qint32 company);
    void matchParagraph(qsizetype paragraph, QList<NarrativeClaim> &claims);
    void matchAmount(NarrativeClaim &claim, const Amount &quoted, qint64 scale, const QuoteContext &context);
    void matchGrowth(NarrativeClaim &claim, const Amount &percent, const QuoteContext &context);
    void take(NarrativeClaim &claim, const QList<Candidate> &candidates);
    // A label's traits, found once however many quotes it could match.
    qsizetype traitsOf(const Row &row);
    // contextScore of a cell, with the coverage of each label by the quote's
    // words worked out once per quote (`coverages`, by label): a figure a
    // 10-K quotes can be in thousands of cells, many of one label.
    double scoreOf(const QuoteContext &context, QHash<qsizetype, double> &coverages, const Schedule &schedule,
                   const Row &row, qsizetype period);
    // Scores the candidates for a quote where there is a choice: one cell
    // is the quote whatever the words around it say, and they are then
    // never read. `lastBonus` is added for the line the paragraph last quoted.
    void score(QList<Candidate> &candidates, const QuoteContext &context, double lastBonus);

    const Filing &m_filing;
    QList<qint32> m_companies;             // of each schedule
    QList<QList<qsizetype>> m_schedulesOf; // each company's schedules, in document order
    FigureIndex m_figures;                 // of the company whose paragraphs are read
    RowRef m_lastRow;                      // the line the previous figure of the paragraph matched
    // By label: a release repeats its labels every quarter.
    QList<LabelTraits> m_labels;
    QHash<QString, qsizetype> m_labelIndex;
    QHash<const Row *, qsizetype> m_rowLabels; // each row's entry in m_labels
};

qint32 Matcher::companyOf(const Paragraph &paragraph) const
{
    // Schedules are in document order.
    const QList<Schedule> &schedules = m_filing.schedules;
    const auto next =
        std::upper_bound(schedules.cbegin(), schedules.cend(), paragraph.location.line,
                         [](int line, const Schedule &schedule) { return line < schedule.location.line; });
    if (next != schedules.cend())
        return m_companies[next - schedules.cbegin()];
    return m_companies.isEmpty() ? -1 : m_companies.constLast();
}

void Matcher::index(qint32 company)
{
    m_figures = {}; // the last company's index is let go before the next is built
    if (company >= 0)
        m_figures = FigureIndex(m_filing, m_schedulesOf[company]);
}

qsizetype Matcher::traitsOf(const Row &row)
{
    if (const auto known = m_rowLabels.constFind(&row); known != m_rowLabels.cend())
        return *known;
    auto label = m_labelIndex.constFind(row.label);
    if (label == m_labelIndex.cend()) {
        label = m_labelIndex.insert(row.label, m_labels.size());
        m_labels.append(LabelTraits(row.label));
    }
    m_rowLabels.insert(&row, *label);
    return *label;
}

void Matcher::score(QList<Candidate> &candidates, const QuoteContext &context, double lastBonus)
{
    if (candidates.size() < 2)
        return;
    QHash<qsizetype, double> coverages;
    for (Candidate &candidate : candidates) {
        const Schedule &schedule = m_filing.schedules[candidate.row.schedule];
        candidate.score = scoreOf(context, coverages, schedule, schedule.rows[candidate.row.row], candidate.period)
                          + (candidate.row == m_lastRow ? lastBonus : 0.0);
    }
}

double Matcher::scoreOf(const QuoteContext &context, QHash<qsizetype, double> &coverages, const Schedule &schedule,
                        const Row &row, qsizetype period)
{
    const qsizetype label = traitsOf(row);
    auto coverage = coverages.constFind(label);
    if (coverage == coverages.cend())
        coverage = coverages.insert(label, LabelSimilarity::coverage(m_labels[label].words, context.words()));
    return contextScore(*coverage, context, m_labels[label], schedule, row, period);
}

void Matcher::take(NarrativeClaim &claim, const QList<Candidate> &candidates)
{
    const Candidate *best = nullptr;
    for (const Candidate &c : candidates) {
        if (!best || c.score > best->score)
            best = &c;
    }
    if (!best)
        return;
    claim.matched = true;
    claim.row = best->row;
    claim.period = best->period;
    claim.basePeriod = best->basePeriod;
    claim.computed = best->computed.toPlainString();
    m_lastRow = best->row;
}

void Matcher::matchAmount(NarrativeClaim &claim, const Amount &quoted, qint64 scale, const QuoteContext &context)
{
    const bool perShare = claim.kind == NarrativeClaim::Kind::PerShare;
    // The cells that round to the quote lie within half its last digit.
    const double half = 0.5 * std::pow(10.0, -quoted.decimals());
    const double unit = perShare ? 1.0 : double(scale);
    const double low = (quoted.toDouble() - half) * unit;
    const double high = (quoted.toDouble() + half) * unit;
    QList<Candidate> candidates;
    const QList<FigureIndex::Entry> entries = perShare ? m_figures.perShare(low, high) : m_figures.amounts(low, high);
    for (const FigureIndex::Entry &entry : entries) {
        const Schedule &schedule = m_filing.schedules[entry.schedule];
        const Row &row = schedule.rows[entry.row];
        const Cell &cell = row.cells[entry.period];
        // The cell in dollars, then in the quote's unit, rounded as quoted.
        const auto dollars = perShare ? std::optional<Amount>(cell.amount) : cell.amount.times(schedule.scale);
        const auto inUnit =
            dollars ? Amount::ratio(*dollars, Amount::fromInteger(scale), quoted.decimals()) : std::nullopt;
        if (!inUnit || !(inUnit->abs() == quoted))
            continue;
        candidates.append({{entry.schedule, entry.row}, entry.period, -1, cell.amount, 0});
    }
    score(candidates, context, 0);
    take(claim, candidates);
}

void Matcher::matchGrowth(NarrativeClaim &claim, const Amount &percent, const QuoteContext &context)
{
    const double half = 0.5 * std::pow(10.0, -percent.decimals());
    QList<Candidate> candidates;
    const QList<FigureIndex::Entry> entries = m_figures.growth(percent.toDouble() - half, percent.toDouble() + half);
    for (const FigureIndex::Entry &entry : entries) {
        const Schedule &schedule = m_filing.schedules[entry.schedule];
        const Row &row = schedule.rows[entry.row];
        const Amount &later = row.cells[entry.period].amount;
        const Amount &earlier = row.cells[entry.basePeriod].amount;
        const auto change = later.minus(earlier);
        const auto scaled = change ? change->times(100) : std::nullopt;
        const auto rounded = scaled ? Amount::ratio(*scaled, earlier, percent.decimals()) : std::nullopt;
        const auto precise = scaled ? Amount::ratio(*scaled, earlier, 1) : std::nullopt;
        if (!rounded || !(rounded->abs() == percent))
            continue;
        candidates.append({{entry.schedule, entry.row}, entry.period, entry.basePeriod, *precise, 0});
    }
    // The line the sentence just quoted is the one that grew.
    score(candidates, context, 2.0);
    take(claim, candidates);
}

void Matcher::matchParagraph(qsizetype n, QList<NarrativeClaim> &claims)
{
    static const QRegularExpression figure(
        uR"(\$\s?(\d[\d,]*(?:\.\d+)?)\s*(million|billion|thousand|M\b|B\b)?(\s+(?:or\s+)?(?:per (?:diluted |basic )?share))?|\b(\d+(?:\.\d+)?)\s*(?:percent\b|%))"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString &text = m_filing.narrative[n].text;
    m_lastRow = {};
    qsizetype contextStart = 0;
    for (auto it = figure.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        NarrativeClaim claim;
        claim.paragraph = n;
        claim.offset = m.capturedStart();
        // The pattern ends in optional words after spaces it may have taken:
        // the claim is the figure without them, so the text around it keeps
        // its space ("$0.11 per share").
        claim.text = m.captured().trimmed();
        claim.length = claim.text.size();
        // What the sentence says before the figure, back to the previous figure.
        const qsizetype sentence = text.lastIndexOf(u". "_s, claim.offset);
        const QString before =
            text.mid(qMax(contextStart, sentence + 1), claim.offset - qMax(contextStart, sentence + 1));
        // The words just after a figure often say what it is ("… for the first quarter of 2006").
        const QString after = text.mid(m.capturedEnd(), 60).section(u'$', 0, 0);
        const QuoteContext context(before + u' ' + after);
        contextStart = m.capturedEnd();
        if (!m.captured(4).isEmpty()) {
            claim.kind = NarrativeClaim::Kind::Growth;
            const AmountParseResult parsed = AmountParser::parse(m.captured(4));
            claim.value = parsed.amount.toPlainString();
            if (parsed.ok)
                matchGrowth(claim, parsed.amount, context);
        } else {
            const AmountParseResult parsed = AmountParser::parse(m.captured(1));
            const QString unit = m.captured(2).toLower();
            const bool perShare =
                !m.captured(3).isEmpty() || before.contains(u"EPS"_s)
                || (unit.isEmpty() && parsed.amount.decimals() == 2 && parsed.amount < Amount::fromInteger(100));
            claim.kind = perShare ? NarrativeClaim::Kind::PerShare : NarrativeClaim::Kind::Amount;
            const qint64 scale = unit == u"billion" || unit == u"b"   ? 1000000000
                                 : unit == u"million" || unit == u"m" ? 1000000
                                 : unit == u"thousand"                ? 1000
                                                                      : 1;
            claim.value = parsed.amount.times(scale).value_or(Amount()).toPlainString();
            if (parsed.ok)
                matchAmount(claim, parsed.amount, perShare ? 1 : scale, context);
        }
        claims.append(claim);
    }
}

QList<NarrativeClaim> Matcher::run()
{
    // Paragraphs are read company by company, so that only one company's
    // figures are indexed at a time: a document of many releases would
    // otherwise hold an entry for every figure it prints.
    QList<std::pair<qint32, qsizetype>> paragraphs; // (company, paragraph)
    paragraphs.reserve(m_filing.narrative.size());
    for (qsizetype n = 0; n < m_filing.narrative.size(); ++n)
        paragraphs.append({companyOf(m_filing.narrative[n]), n});
    std::sort(paragraphs.begin(), paragraphs.end());
    QList<NarrativeClaim> claims;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (i == 0 || paragraphs[i].first != paragraphs[i - 1].first)
            index(paragraphs[i].first);
        matchParagraph(paragraphs[i].second, claims);
    }
    m_figures = {};
    std::stable_sort(claims.begin(), claims.end(),
                     [](const NarrativeClaim &a, const NarrativeClaim &b) { return a.paragraph < b.paragraph; });
    return claims;
}

} // namespace

QList<NarrativeClaim> NarrativeMatcher::match(const Filing &filing)
{
    return Matcher(filing).run();
}
