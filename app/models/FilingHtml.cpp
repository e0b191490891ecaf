// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilingHtml.h"

#include "amount/AmountFormat.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString sourceLink(const SourceLocation &at)
{
    return u"<a href=\"source:%1:%2\">%3</a>"_s.arg(at.line).arg(at.column).arg(
            QObject::tr("line %1, column %2").arg(at.line).arg(at.column));
}

QString rowHeader(const Schedule &schedule, const Row &row)
{
    return u"<h3>%1</h3><p>%2</p>"_s.arg(escaped(row.label), escaped(schedule.title));
}

} // namespace

QString FilingHtml::notes(const Filing &filing)
{
    QString html;
    for (const Note &note : filing.notes) {
        html += u"<h3>%1</h3>"_s.arg(escaped(QObject::tr("Note %1: %2").arg(note.letter, note.title)));
        html += u"<p>%1</p>"_s.arg(escaped(note.text));
        if (!note.clauses.isEmpty()) {
            html += u"<ul>"_s;
            for (const NoteClause &clause : note.clauses)
                html += u"<li>(%1) %2</li>"_s.arg(escaped(clause.numeral), escaped(clause.text));
            html += u"</ul>"_s;
        }
    }
    return html;
}

QString FilingHtml::narrative(const Filing &filing)
{
    QString html;
    for (const Paragraph &paragraph : filing.narrative) {
        html += paragraph.heading ? u"<h3>%1</h3>"_s.arg(escaped(paragraph.text))
                                  : u"<p>%1</p>"_s.arg(escaped(paragraph.text));
    }
    return html;
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
    QString html = u"<b>%1</b><br>%2<table cellspacing=\"0\" cellpadding=\"2\">"_s.arg(
            escaped(facts.issuer), escaped(facts.security));
    const auto line = [&html](const QString &name, const QString &value) {
        html += u"<tr><td>%1</td><td align=\"right\">&nbsp;&nbsp;<b>%2</b></td></tr>"_s.arg(escaped(name), escaped(value));
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

QString FilingHtml::row(const FilingAnalysis &analysis, qsizetype s, qsizetype r)
{
    const Schedule &schedule = analysis.filing.schedules[s];
    const Row &row = schedule.rows[r];
    QString html = rowHeader(schedule, row);
    html += u"<p>%1: %2 · %3: %4</p>"_s.arg(QObject::tr("Kind"), RowKinds::name(row.kind), QObject::tr("Unit"),
                                             RowKinds::name(row.unit()));
    if (!row.notes.isEmpty())
        html += u"<p>%1 %2</p>"_s.arg(QObject::tr("Cites note"), escaped(row.noteText()));
    html += u"<p>%1 %2</p>"_s.arg(QObject::tr("Label at"), sourceLink(row.location));
    return html;
}

QString FilingHtml::cell(const FilingAnalysis &analysis, qsizetype s, qsizetype r, qsizetype p)
{
    const Schedule &schedule = analysis.filing.schedules[s];
    const Row &row = schedule.rows[r];
    if (p < 0 || p >= row.cells.size() || p >= schedule.periods.size())
        return FilingHtml::row(analysis, s, r);
    const Cell &cell = row.cells[p];
    QString html = rowHeader(schedule, row);
    html += u"<p><b>%1</b></p>"_s.arg(escaped(schedule.periods[p].label()));
    html += u"<p>%1 <b>%2</b> · %3</p>"_s.arg(QObject::tr("As filed:"), escaped(cell.text.isEmpty() ? u"—"_s : cell.text),
                                              sourceLink(cell.location));
    bool checked = false;
    for (const Check &check : analysis.tieOut.checks) {
        for (const CheckPeriod &period : check.periods) {
            if (check.target != RowRef{s, r} || period.location != cell.location)
                continue;
            if (!checked)
                html += u"<h4>%1</h4>"_s.arg(QObject::tr("Tie-out"));
            checked = true;
            const bool fails = period.verdict == CheckPeriod::Verdict::Fail;
            html += u"<p><b>%1</b> %2<br>"_s.arg(fails ? u"\u2717"_s : u"\u2713"_s, escaped(check.description));
            if (!period.arithmetic.isEmpty())
                html += escaped(period.arithmetic) + u"<br>"_s;
            html += escaped(QObject::tr("reported %1, computed %2, difference %3")
                                    .arg(period.reported, period.computed, period.difference))
                    + u"</p>"_s;
        }
    }
    if (!checked)
        html += u"<p><i>%1</i></p>"_s.arg(QObject::tr("No tie-out checks this figure."));
    return html;
}
