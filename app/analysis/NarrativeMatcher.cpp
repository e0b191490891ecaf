// SPDX-License-Identifier: GPL-3.0-or-later
#include "NarrativeMatcher.h"

#include "LabelSimilarity.h"
#include "amount/AmountParser.h"
#include "filing/Filing.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

struct Candidate
{
    RowRef row;
    qsizetype period = -1;
    qsizetype basePeriod = -1;
    QString computed;
    double score = 0;
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

double contextScore(const QString &context, const Schedule &schedule, const Row &row, qsizetype period)
{
    double score = LabelSimilarity::coverage(row.label, context);
    const QList<int> years = yearsIn(context);
    const QDate date = schedule.periods.value(period).date;
    if (!years.isEmpty() && date.isValid())
        score += years.constLast() == date.year() ? 1.0 : -1.0;
    const bool saysNonGaap = context.contains(u"non-GAAP"_s, Qt::CaseInsensitive);
    const bool isNonGaap = row.label.contains(u"non-GAAP"_s, Qt::CaseInsensitive);
    score += saysNonGaap == isNonGaap ? 0.5 : -0.5;
    // Statements before reconciliations: "GAAP net income" is the statement's line.
    score -= Row::opensBlock(row.label) ? 0.1 : 0.0;
    // "Per share" with no more said means diluted, as releases headline it.
    score += row.kind == RowKind::PerShare && row.label.contains(u"diluted"_s, Qt::CaseInsensitive) ? 0.05 : 0.0;
    return score;
}

class Matcher
{
public:
    explicit Matcher(const Filing &filing) : m_filing(filing) { }
    QList<NarrativeClaim> run();

private:
    void matchAmount(NarrativeClaim &claim, const Amount &quoted, qint64 scale, const QString &context);
    void matchGrowth(NarrativeClaim &claim, const Amount &percent, const QString &context);
    void take(NarrativeClaim &claim, const QList<Candidate> &candidates);

    const Filing &m_filing;
    RowRef m_lastRow;          // the line the previous figure of the paragraph matched
};

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
    claim.computed = best->computed;
    m_lastRow = best->row;
}

void Matcher::matchAmount(NarrativeClaim &claim, const Amount &quoted, qint64 scale, const QString &context)
{
    QList<Candidate> candidates;
    for (qsizetype s = 0; s < m_filing.schedules.size(); ++s) {
        const Schedule &schedule = m_filing.schedules[s];
        for (qsizetype r = 0; r < schedule.rows.size(); ++r) {
            const Row &row = schedule.rows[r];
            const bool perShare = claim.kind == NarrativeClaim::Kind::PerShare;
            if (perShare ? row.kind != RowKind::PerShare : !row.isFigure())
                continue;
            for (qsizetype p = 0; p < row.cells.size(); ++p) {
                const Cell &cell = row.cells[p];
                if (cell.isNil())
                    continue;
                // The cell in dollars, then in the quote's unit, rounded as quoted.
                const auto dollars = perShare ? std::optional<Amount>(cell.amount) : cell.amount.times(schedule.scale);
                const auto inUnit = dollars ? Amount::ratio(*dollars, Amount::fromInteger(scale), quoted.decimals())
                                            : std::nullopt;
                if (!inUnit || !(inUnit->abs() == quoted))
                    continue;
                candidates.append({{s, r}, p, -1, cell.amount.toPlainString(), contextScore(context, schedule, row, p)});
            }
        }
    }
    take(claim, candidates);
}

void Matcher::matchGrowth(NarrativeClaim &claim, const Amount &percent, const QString &context)
{
    QList<Candidate> candidates;
    for (qsizetype s = 0; s < m_filing.schedules.size(); ++s) {
        const Schedule &schedule = m_filing.schedules[s];
        for (qsizetype r = 0; r < schedule.rows.size(); ++r) {
            const Row &row = schedule.rows[r];
            if (!row.isFigure())
                continue;
            for (qsizetype p = 0; p < row.cells.size(); ++p) {
                for (qsizetype b = 0; b < row.cells.size(); ++b) {
                    const Period &later = schedule.periods[p];
                    const Period &earlier = schedule.periods[b];
                    if (b == p || !later.date.isValid() || !earlier.date.isValid() || earlier.date >= later.date
                        || later.months != earlier.months || row.cells[b].amount <= Amount::fromInteger(0))
                        continue;
                    const auto change = row.cells[p].amount.minus(row.cells[b].amount);
                    const auto scaled = change ? change->times(100) : std::nullopt;
                    const auto rounded = scaled ? Amount::ratio(*scaled, row.cells[b].amount, percent.decimals()) : std::nullopt;
                    const auto precise = scaled ? Amount::ratio(*scaled, row.cells[b].amount, 1) : std::nullopt;
                    if (!rounded || !(rounded->abs() == percent))
                        continue;
                    // The line the sentence just quoted is the one that grew.
                    const double score = contextScore(context, schedule, row, p) + (RowRef{s, r} == m_lastRow ? 2.0 : 0.0);
                    candidates.append({{s, r}, p, b, precise->toPlainString(), score});
                }
            }
        }
    }
    take(claim, candidates);
}

QList<NarrativeClaim> Matcher::run()
{
    static const QRegularExpression figure(
            uR"(\$\s?(\d[\d,]*(?:\.\d+)?)\s*(million|billion|thousand|M\b|B\b)?(\s+(?:or\s+)?(?:per (?:diluted |basic )?share))?|\b(\d+(?:\.\d+)?)\s*(?:percent\b|%))"_s,
            QRegularExpression::CaseInsensitiveOption);
    QList<NarrativeClaim> claims;
    for (qsizetype n = 0; n < m_filing.narrative.size(); ++n) {
        const QString &text = m_filing.narrative[n].text;
        m_lastRow = {};
        qsizetype contextStart = 0;
        for (auto it = figure.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            NarrativeClaim claim;
            claim.paragraph = n;
            claim.offset = m.capturedStart();
            claim.length = m.capturedLength();
            claim.text = m.captured().trimmed();
            // What the sentence says before the figure, back to the previous figure.
            const qsizetype sentence = text.lastIndexOf(u". "_s, claim.offset);
            const QString before = text.mid(qMax(contextStart, sentence + 1), claim.offset - qMax(contextStart, sentence + 1));
            // The words just after a figure often say what it is ("… for the first quarter of 2006").
            const QString after = text.mid(m.capturedEnd(), 60).section(u'$', 0, 0);
            const QString context = before + u' ' + after;
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
                const bool perShare = !m.captured(3).isEmpty() || before.contains(u"EPS"_s)
                        || (unit.isEmpty() && parsed.amount.decimals() == 2 && parsed.amount < Amount::fromInteger(100));
                claim.kind = perShare ? NarrativeClaim::Kind::PerShare : NarrativeClaim::Kind::Amount;
                const qint64 scale = unit == u"billion" || unit == u"b" ? 1000000000
                        : unit == u"million" || unit == u"m"            ? 1000000
                        : unit == u"thousand"                          ? 1000
                                                                       : 1;
                claim.value = parsed.amount.times(scale).value_or(Amount()).toPlainString();
                if (parsed.ok)
                    matchAmount(claim, parsed.amount, perShare ? 1 : scale, context);
            }
            claims.append(claim);
        }
    }
    return claims;
}

} // namespace

QList<NarrativeClaim> NarrativeMatcher::match(const Filing &filing)
{
    return Matcher(filing).run();
}
