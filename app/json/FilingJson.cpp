// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilingJson.h"

#include "FactJson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonValue valueOf(const Amount &amount)
{
    return amount.isNil() ? QJsonValue(QJsonValue::Null) : QJsonValue(amount.toPlainString());
}

QJsonValue dateOf(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray emphasisOf(Emphasis emphasis)
{
    QJsonArray list;
    if (emphasis.testFlag(EmphasisFlag::Bold))
        list.append(u"bold"_s);
    if (emphasis.testFlag(EmphasisFlag::Underline))
        list.append(u"underline"_s);
    return list;
}

void putLocation(QJsonObject &object, const SourceLocation &location)
{
    object.insert(u"line"_s, location.line);
    object.insert(u"column"_s, location.column);
}

QJsonObject cellJson(const Filing &filing, const Cell &cell)
{
    const QString text = filing.textOf(cell).toString();
    QJsonObject object{{u"text"_s, text}, {u"value"_s, valueOf(cell.amount)}};
    putLocation(object, cell.location);
    if (cell.currency)
        object.insert(u"currency"_s, true);
    if (cell.percent)
        object.insert(u"percent"_s, true);
    if (cell.marker)
        object.insert(u"marker"_s, text);
    if (!cell.readable)
        object.insert(u"readable"_s, false);
    if (cell.fact >= 0)
        object.insert(u"fact"_s, cell.fact);
    return object;
}

QJsonObject rowJson(const Filing &filing, const Row &row)
{
    QJsonArray cells;
    for (const Cell &cell : row.cells)
        cells.append(cellJson(filing, cell));
    QJsonObject object{
        {u"label"_s, row.label},
        {u"kind"_s, RowKinds::name(row.kind)},
        {u"unit"_s, RowKinds::name(row.unit())},
        {u"level"_s, row.level},
        {u"note"_s, row.notes.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.noteText())},
        {u"group"_s, row.group},
        {u"occurrence"_s, row.occurrence},
        {u"emphasis"_s, emphasisOf(row.emphasis)},
        {u"cells"_s, cells},
    };
    putLocation(object, row.location);
    return object;
}

QJsonObject periodJson(const Period &period)
{
    static const char16_t *const Spans[] = {u"unknown", u"duration", u"instant"};
    QJsonObject object{
        {u"label"_s, period.label()},
        {u"lines"_s, QJsonArray::fromStringList(period.labelLines)},
        {u"date"_s, dateOf(period.date)},
        {u"span"_s, QString::fromUtf16(Spans[int(period.span)])},
    };
    if (period.months > 0)
        object.insert(u"months"_s, period.months);
    if (period.unit != RowUnit::None)
        object.insert(u"unit"_s, RowKinds::name(period.unit));
    if (!period.footnotes.isEmpty())
        object.insert(u"footnotes"_s, QJsonArray::fromStringList(period.footnotes));
    return object;
}

QJsonObject noteJson(const Note &note)
{
    QJsonArray clauses;
    for (const NoteClause &clause : note.clauses)
        clauses.append(QJsonObject{{u"numeral"_s, clause.numeral}, {u"text"_s, clause.text}});
    QJsonObject object{
        {u"letter"_s, note.letter}, {u"title"_s, note.title}, {u"text"_s, note.text}, {u"clauses"_s, clauses}};
    putLocation(object, note.location);
    return object;
}

QJsonObject offeringJson(const OfferingFacts &facts)
{
    return {
        {u"issuer"_s, facts.issuer},
        {u"security"_s, facts.security},
        {u"formType"_s, facts.formType},
        {u"principal"_s, valueOf(facts.principal)},
        {u"sharesIssuable"_s, valueOf(facts.sharesIssuable)},
        {u"conversionPrice"_s, valueOf(facts.conversionPrice)},
        {u"sharesOutstanding"_s, valueOf(facts.sharesOutstanding)},
        {u"sharesOutstandingDate"_s, dateOf(facts.sharesOutstandingDate)},
    };
}

} // namespace

QJsonObject FilingJson::toJson(const Diagnostic &diagnostic)
{
    return {
        {u"severity"_s, diagnostic.isError() ? u"error"_s : u"warning"_s},
        {u"file"_s, diagnostic.file},
        {u"line"_s, diagnostic.line},
        {u"column"_s, diagnostic.column},
        {u"message"_s, diagnostic.message},
    };
}

QJsonObject FilingJson::toJson(const Filing &filing, const Schedule &schedule)
{
    QJsonArray periods;
    for (const Period &period : schedule.periods)
        periods.append(periodJson(period));
    QJsonArray rows;
    for (const Row &row : schedule.rows)
        rows.append(rowJson(filing, row));
    QJsonArray footnotes;
    for (const Footnote &footnote : schedule.footnotes)
        footnotes.append(QJsonObject{{u"marker"_s, footnote.marker}, {u"text"_s, footnote.text}});
    QJsonObject object{
        {u"title"_s, schedule.title},
        {u"company"_s, schedule.company},
        {u"captions"_s, QJsonArray::fromStringList(schedule.captions)},
        {u"scale"_s, schedule.scaleName()},
        {u"scaleFactor"_s, schedule.scale},
        {u"units"_s, schedule.unitsCaption()},
        {u"intro"_s, schedule.intro},
        {u"periods"_s, periods},
        {u"rows"_s, rows},
        {u"footnotes"_s, footnotes},
    };
    putLocation(object, schedule.location);
    return object;
}

QJsonObject FilingJson::toJson(const Filing &filing)
{
    QJsonArray warnings;
    for (const Diagnostic &d : filing.warnings)
        warnings.append(toJson(d));
    QJsonArray schedules;
    for (const Schedule &schedule : filing.schedules)
        schedules.append(toJson(filing, schedule));
    QJsonArray notes;
    for (const Note &note : filing.notes)
        notes.append(noteJson(note));
    QJsonArray narrative;
    for (const Paragraph &paragraph : filing.narrative) {
        QJsonObject object{{u"text"_s, paragraph.text}, {u"heading"_s, paragraph.heading}};
        putLocation(object, paragraph.location);
        narrative.append(object);
    }
    QJsonObject object{
        {u"file"_s, filing.path},
        {u"kind"_s, filing.kindName()},
        {u"title"_s, filing.title},
        {u"subtitle"_s, QJsonArray::fromStringList(filing.subtitle)},
        {u"company"_s, filing.company},
        {u"date"_s, dateOf(filing.date)},
        {u"warnings"_s, warnings},
        {u"schedules"_s, schedules},
        {u"notes"_s, notes},
        {u"narrative"_s, narrative},
    };
    if (filing.offering)
        object.insert(u"offering"_s, offeringJson(*filing.offering));
    if (filing.kind == Filing::Kind::InlineXbrl) {
        object.insert(u"form"_s, filing.form);
        object.insert(u"facts"_s, FactJson::toJson(filing.xbrl));
    }
    return object;
}
