// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceJson.h"

#include "RowRefJson.h"
#include "filing/Filing.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

const Row &rowAt(const Filing &filing, const RowRef &ref)
{
    return filing.schedules[ref.schedule].rows[ref.row];
}

QJsonObject refJson(const Filing &filing, const RowRef &ref)
{
    return RowRefJson::toJson(filing, ref);
}

QJsonArray mirrorsJson(const Filing &filing, const QList<RowRef> &mirrors)
{
    QJsonArray list;
    for (const RowRef &ref : mirrors)
        list.append(refJson(filing, ref));
    return list;
}

QString kindName(AdjustmentTrace::Source::Kind kind)
{
    switch (kind) {
    case AdjustmentTrace::Source::Kind::Statement: return u"statement"_s;
    case AdjustmentTrace::Source::Kind::Reconciliation: return u"reconciliation"_s;
    case AdjustmentTrace::Source::Kind::PartOf: return u"part-of"_s;
    }
    return {};
}

QString where(const Filing &filing, const RowRef &ref)
{
    return u"%1 (%2, line %3)"_s.arg(rowAt(filing, ref).label, filing.schedules[ref.schedule].title)
        .arg(rowAt(filing, ref).location.line);
}

QString claimKind(NarrativeClaim::Kind kind)
{
    switch (kind) {
    case NarrativeClaim::Kind::Amount: return u"amount"_s;
    case NarrativeClaim::Kind::PerShare: return u"per-share"_s;
    case NarrativeClaim::Kind::Growth: return u"growth"_s;
    }
    return {};
}

QString periodLabel(const Filing &filing, const RowRef &row, qsizetype period)
{
    return period < 0 ? QString() : filing.schedules[row.schedule].periods.value(period).label();
}

QJsonArray claimsJson(const Filing &filing, const QList<NarrativeClaim> &claims)
{
    QJsonArray list;
    for (const NarrativeClaim &claim : claims) {
        QJsonObject object{{u"text"_s, claim.text},          {u"kind"_s, claimKind(claim.kind)},
                           {u"value"_s, claim.value},        {u"paragraph"_s, int(claim.paragraph)},
                           {u"offset"_s, int(claim.offset)}, {u"matched"_s, claim.matched}};
        if (claim.matched) {
            object.insert(u"row"_s, refJson(filing, claim.row));
            object.insert(u"period"_s, periodLabel(filing, claim.row, claim.period));
            if (claim.basePeriod >= 0)
                object.insert(u"basePeriod"_s, periodLabel(filing, claim.row, claim.basePeriod));
            object.insert(u"computed"_s, claim.computed);
        }
        list.append(object);
    }
    return list;
}

} // namespace

QJsonObject TraceJson::toJson(const Filing &filing, const QList<AdjustmentTrace> &traces,
                              const QList<NarrativeClaim> &claims)
{
    QJsonArray list;
    for (const AdjustmentTrace &trace : traces) {
        QJsonArray notes;
        for (const auto &note : trace.notes) {
            QJsonObject object{{u"letter"_s, note.letter}, {u"title"_s, note.title}, {u"found"_s, note.found}};
            if (!note.clauseNumeral.isEmpty())
                object.insert(u"clause"_s,
                              QJsonObject{{u"numeral"_s, note.clauseNumeral}, {u"text"_s, note.clauseText}});
            notes.append(object);
        }
        QJsonArray sources;
        for (const auto &source : trace.sources) {
            QJsonArray rows;
            for (const RowRef &ref : source.rows)
                rows.append(refJson(filing, ref));
            QJsonArray parts;
            for (const RowRef &ref : source.parts)
                parts.append(refJson(filing, ref));
            sources.append(QJsonObject{{u"kind"_s, kindName(source.kind)},
                                       {u"rows"_s, rows},
                                       {u"parts"_s, parts},
                                       {u"arithmetic"_s, source.description}});
        }
        list.append(QJsonObject{
            {u"row"_s, refJson(filing, trace.row)},
            {u"notes"_s, notes},
            {u"sources"_s, sources},
            {u"block"_s, refJson(filing, trace.block)},
            {u"nonGaap"_s, refJson(filing, trace.nonGaap)},
            {u"alsoIn"_s, mirrorsJson(filing, trace.mirrors)},
            {u"blockTies"_s, trace.blockTies},
            {u"perDilutedShare"_s, QJsonArray::fromStringList(trace.perShareEffect)},
            {u"impliedTaxRate"_s, QJsonArray::fromStringList(trace.impliedTaxRate)},
        });
    }
    return {{u"file"_s, filing.path}, {u"adjustments"_s, list}, {u"claims"_s, claimsJson(filing, claims)}};
}

QString TraceJson::toText(const Filing &filing, const QList<AdjustmentTrace> &traces,
                          const QList<NarrativeClaim> &claims)
{
    QString out = u"%1: %2\n"_s.arg(filing.path, filing.title);
    for (const AdjustmentTrace &trace : traces) {
        const Row &row = rowAt(filing, trace.row);
        out += u"\n\"%1\" #%2 in %3, line %4\n"_s.arg(trace.label)
                   .arg(row.occurrence)
                   .arg(rowAt(filing, trace.block).label)
                   .arg(row.location.line);
        for (const auto &note : trace.notes) {
            if (!note.found)
                out += u"  note %1: the filing has no Note %1\n"_s.arg(note.letter);
            else if (note.clauseNumeral.isEmpty())
                out += u"  note %1: %2 (the whole note)\n"_s.arg(note.letter, note.title);
            else
                out += u"  note %1: %2, (%3) %4\n"_s.arg(note.letter, note.title, note.clauseNumeral, note.clauseText);
        }
        if (trace.sources.isEmpty() && row.kind != RowKind::Percentage)
            out += u"  source: no source line in the statements\n"_s;
        for (const auto &source : trace.sources) {
            QStringList names;
            for (const RowRef &ref : source.rows)
                names << where(filing, ref);
            const QString lead =
                source.kind == AdjustmentTrace::Source::Kind::PartOf ? u"  part of: "_s : u"  source: "_s;
            out += lead + names.join(u" + "_s) + u": "_s + source.description + u'\n';
        }
        out += u"  moves: %1 (%2)\n"_s.arg(rowAt(filing, trace.nonGaap).label,
                                           trace.blockTies ? u"block ties"_s : u"block does not tie"_s);
        for (const RowRef &mirror : trace.mirrors)
            out += u"  also in: %1\n"_s.arg(where(filing, mirror));
        if (!trace.perShareEffect.isEmpty())
            out += u"  per diluted share: %1\n"_s.arg(trace.perShareEffect.join(u" | "_s));
        if (!trace.impliedTaxRate.isEmpty())
            out += u"  implied tax rate on the pre-tax adjustments: %1%\n"_s.arg(trace.impliedTaxRate.join(u"% | "_s));
    }
    if (!claims.isEmpty())
        out += u"\nFigures in the narrative:\n"_s;
    for (const NarrativeClaim &claim : claims) {
        const int line = filing.narrative[claim.paragraph].location.line;
        if (!claim.matched) {
            out += u"  line %1: %2 — no cell or growth rate fits\n"_s.arg(line).arg(claim.text);
        } else if (claim.kind == NarrativeClaim::Kind::Growth) {
            out += u"  line %1: %2 — %3, %4 over %5: %6%\n"_s.arg(line).arg(
                claim.text, rowAt(filing, claim.row).label, periodLabel(filing, claim.row, claim.period),
                periodLabel(filing, claim.row, claim.basePeriod), claim.computed);
        } else {
            out += u"  line %1: %2 — %3, %4: %5\n"_s.arg(line).arg(
                claim.text, where(filing, claim.row), periodLabel(filing, claim.row, claim.period), claim.computed);
        }
    }
    return out;
}
