// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentLinker.h"

#include "FilingComparer.h"
#include "filing/Filing.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

bool isDebtLine(const QString &label)
{
    static const QRegularExpression debt(u"\\b(long-term debt|convertible|notes payable|senior notes|subordinated "
                                         "notes|debentures)\\b"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    return debt.match(label).hasMatch();
}

QString companyOf(const Filing &filing)
{
    return Filing::companyKey(filing.company.isEmpty() ? filing.mostNamedCompany() : filing.company);
}

// A sentence of the filing that speaks of the difference between the
// notes' principal and what is carried.
QString explanationIn(const Filing &filing)
{
    static const QRegularExpression why(u"[^.]*\\b(unamortized|original issue discount|debt issuance costs?|accretion)"
                                        "\\b[^.]*\\."_s,
                                        QRegularExpression::CaseInsensitiveOption);
    for (const Paragraph &paragraph : filing.narrative) {
        const QRegularExpressionMatch match = why.match(paragraph.text);
        if (match.hasMatch())
            return match.captured().trimmed();
    }
    for (const Note &note : filing.notes) {
        const QRegularExpressionMatch match = why.match(note.text);
        if (match.hasMatch())
            return match.captured().trimmed();
    }
    return {};
}

} // namespace

DocumentLinks DocumentLinker::link(const QList<const Filing *> &filings)
{
    DocumentLinks links;
    for (qsizetype o = 0; o < filings.size(); ++o) {
        const Filing &offering = *filings[o];
        if (!offering.offering || offering.offering->principal.isNil())
            continue;
        const Amount principal = offering.offering->principal;
        for (qsizetype f = 0; f < filings.size(); ++f) {
            const Filing &filing = *filings[f];
            if (f == o || companyOf(filing) != companyOf(offering))
                continue;
            DocumentLink best;
            for (qsizetype s = 0; s < filing.schedules.size(); ++s) {
                const Schedule &schedule = filing.schedules[s];
                for (qsizetype r = 0; r < schedule.rows.size(); ++r) {
                    const Row &row = schedule.rows[r];
                    if (row.unit() != RowUnit::Money || !isDebtLine(row.label))
                        continue;
                    for (qsizetype c = 0; c < schedule.periods.size(); ++c) {
                        const Period &period = schedule.periods[c];
                        const Amount carried = FilingComparer::inUnit(schedule, row, c);
                        if (period.span != Period::Span::Instant || carried.isNil())
                            continue;
                        // Within 2% of the principal, and not above it.
                        const std::optional<Amount> gap = carried.minus(principal);
                        const std::optional<Amount> percent = gap ? gap->abs().times(100) : std::nullopt;
                        const std::optional<Amount> limit = principal.times(2);
                        if (!percent || !limit || *percent > *limit || (!gap->isNegative() && !gap->isZero()))
                            continue;
                        const bool later =
                            best.filing < 0
                            || period.date > filing.schedules[best.row.schedule].periods[best.period].date;
                        if (!later)
                            continue;
                        best.filing = f;
                        best.row = {s, r};
                        best.period = c;
                        best.carried = carried;
                        best.difference = *gap;
                    }
                }
            }
            if (best.filing < 0)
                continue;
            best.offeringFiling = o;
            best.security = offering.offering->security;
            best.principal = principal;
            best.principalLocation = offering.offering->principalLocation;
            const Schedule &carrying = filing.schedules[best.row.schedule];
            best.label = carrying.rows[best.row.row].label;
            best.date = carrying.periods[best.period].date;
            best.explanation = explanationIn(filing);
            if (best.explanation.isEmpty())
                best.explanation = explanationIn(offering);
            links.append(best);
        }
    }
    return links;
}
