// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilingHtml.h"

#include "amount/AmountFormat.h"
#include "tracesheet/TraceWording.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A narrative's text keeps the filing's own line breaks (a headline over
// its subtitles).
QString escapedLines(const QString &text)
{
    return escaped(text).replace(u'\n', u"<br>"_s);
}

} // namespace

QString FilingHtml::noteAnchor(const QString &letter, const QString &clause)
{
    // Letters come from the file: only letters and digits go into a name.
    const auto clean = [](const QString &text) {
        QString name;
        for (const QChar c : text) {
            if (c.isLetterOrNumber())
                name += c;
        }
        return name;
    };
    return clause.isEmpty() ? u"note-"_s + clean(letter) : u"note-%1-%2"_s.arg(clean(letter), clean(clause));
}

QString FilingHtml::notes(const FilingAnalysis &analysis, const TraceTarget &shown)
{
    const auto citedBy = [&analysis](const QList<RowRef> &rows) -> QString {
        if (rows.isEmpty())
            return u"<p class=\"detail\">%1</p>"_s.arg(QObject::tr("No line of the reconciliation cites it."));
        QString html = u"<p class=\"detail\">%1"_s.arg(QObject::tr("Cited by:"));
        for (const RowRef &ref : rows) {
            // Every citing row is in a reconciliation: its line is place enough.
            const Row &row = TraceWording::rowOf(analysis, ref);
            html += u"<br>&nbsp;&nbsp;<a href=\"%1\">%2</a> · %3"_s.arg(
                TraceTarget::toRow(ref).toUrl(), escaped(TraceWording::fullLabel(row)),
                escaped(QObject::tr("line %1").arg(row.location.line)));
        }
        return html + u"</p>"_s;
    };
    QString html;
    for (const Note &note : analysis.filing.notes) {
        const bool isShown = shown.kind == TraceTarget::Kind::Note && shown.note == note.letter;
        html += u"<a name=\"%1\"></a><h3>%2</h3>"_s.arg(noteAnchor(note.letter), escaped(note.heading()));
        // The clause shown, or the whole note when it has none to show.
        qsizetype from = 0;
        qsizetype length = 0;
        for (const NoteClause &clause : note.clauses) {
            if (isShown && clause.numeral == shown.clause) {
                from = clause.offset;
                length = clause.length;
            }
        }
        if (isShown && length == 0)
            length = note.text.size();
        html += u"<p>%1<span class=\"highlight\">%2</span>%3</p>"_s.arg(
            escaped(note.text.left(from)), escaped(note.text.mid(from, length)), escaped(note.text.mid(from + length)));
        html += citedBy(analysis.citing(note.letter));
        for (const NoteClause &clause : note.clauses) {
            html += u"<a name=\"%1\"></a><p style=\"margin-left:18px\"><b>(%2)</b> %3</p>"_s.arg(
                noteAnchor(note.letter, clause.numeral), escaped(clause.numeral), escaped(clause.text));
            html += u"<div style=\"margin-left:18px\">%1</div>"_s.arg(
                citedBy(analysis.citing(note.letter, clause.numeral)));
        }
    }
    return html;
}

QString FilingHtml::narrative(const FilingAnalysis &analysis)
{
    const Filing &filing = analysis.filing;
    QString html;
    for (qsizetype p = 0; p < filing.narrative.size(); ++p) {
        const Paragraph &paragraph = filing.narrative[p];
        QString body;
        qsizetype done = 0;
        for (const NarrativeClaim &claim : analysis.claims) {
            if (claim.paragraph != p || claim.offset < done)
                continue;
            body += escapedLines(paragraph.text.mid(done, claim.offset - done));
            body += figure(analysis, claim);
            done = claim.offset + claim.length;
        }
        body += escapedLines(paragraph.text.mid(done));
        html += paragraph.heading ? u"<h3>%1</h3>"_s.arg(body) : u"<p>%1</p>"_s.arg(body);
    }
    return html;
}

QString FilingHtml::figure(const FilingAnalysis &analysis, const NarrativeClaim &claim)
{
    if (!claim.matched) {
        return u"<span class=\"unmatched\" title=\"%1\">%2</span>"_s.arg(
            escaped(QObject::tr("No figure of the tables rounds to this")), escaped(claim.text));
    }
    const Schedule &schedule = analysis.filing.schedules[claim.row.schedule];
    const Row &row = schedule.rows[claim.row.row];
    const QString period = TraceWording::periodName(schedule, claim.period);
    QString tip;
    if (claim.kind == NarrativeClaim::Kind::Growth) {
        tip = QObject::tr("%1: growth from %2 to %3 is %4%")
                  .arg(row.label, TraceWording::periodName(schedule, claim.basePeriod), period, claim.computed);
    } else {
        const Cell &cell = row.cells.value(claim.period);
        tip = QObject::tr("%1, %2: %3 (%4)")
                  .arg(row.label, period, analysis.filing.textOf(cell), TraceWording::placeOf(analysis, claim.row));
    }
    return u"<a class=\"figure\" href=\"%1\" title=\"%2\">%3</a>"_s.arg(
        TraceTarget::toCell(claim.row, claim.period).toUrl(), escaped(tip), escaped(claim.text));
}

QString FilingHtml::heading(const Schedule &schedule)
{
    QString html;
    if (!schedule.company.isEmpty())
        html += escaped(schedule.company) + u"<br>"_s;
    html += u"<b style=\"font-size:large\">%1</b>"_s.arg(escaped(schedule.title));
    for (const QString &caption : schedule.captions)
        html += u"<br>"_s + escaped(caption);
    return html;
}

QString FilingHtml::offering(const OfferingFacts &facts)
{
    const auto figure = [](const Amount &amount, bool currency) {
        AmountFormat format;
        format.currency = currency;
        return amount.isNil() ? u"\u2014"_s : format.format(amount);
    };
    QString html = u"<b>%1</b><br>%2<table cellspacing=\"0\" cellpadding=\"2\">"_s.arg(escaped(facts.issuer),
                                                                                       escaped(facts.security));
    const auto line = [&html](const QString &name, const QString &value) {
        html +=
            u"<tr><td>%1</td><td align=\"right\">&nbsp;&nbsp;<b>%2</b></td></tr>"_s.arg(escaped(name), escaped(value));
    };
    line(QObject::tr("Principal amount"), figure(facts.principal, true));
    line(QObject::tr("Conversion price"), figure(facts.conversionPrice, true));
    line(QObject::tr("Shares issuable on conversion"), figure(facts.sharesIssuable, false));
    QString outstanding = QObject::tr("Shares outstanding");
    if (facts.sharesOutstandingDate.isValid())
        outstanding = QObject::tr("Shares outstanding at %1")
                          .arg(QLocale().toString(facts.sharesOutstandingDate, u"MMMM d, yyyy"_s));
    line(outstanding, figure(facts.sharesOutstanding, false));
    return html + u"</table>"_s;
}

QString FilingHtml::footnotes(const Schedule &schedule)
{
    QString html;
    for (const Footnote &footnote : schedule.footnotes)
        html += u"<p>%1 %2</p>"_s.arg(escaped(footnote.marker), escaped(footnote.text));
    return html;
}
