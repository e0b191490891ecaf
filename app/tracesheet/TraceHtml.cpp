// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceHtml.h"

#include <QObject>

using namespace Qt::StringLiterals;

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString linked(const QString &html, const TraceTarget &target)
{
    return target.isValid() ? u"<a href=\"%1\">%2</a>"_s.arg(escaped(target.toUrl()), html) : html;
}

QString mark(TraceLine::Verdict verdict)
{
    switch (verdict) {
    case TraceLine::Verdict::Ties: return u"<span class=\"ties\">\u2713</span> "_s;
    case TraceLine::Verdict::Breaks: return u"<span class=\"breaks\">\u2717</span> "_s;
    case TraceLine::Verdict::None: break;
    }
    return {};
}

} // namespace

QString TraceHtml::render(const TraceSheet &sheet)
{
    if (sheet.isEmpty())
        return {};
    QString html = u"<h2>"_s + escaped(sheet.title);
    for (const QString &badge : sheet.badges)
        html += u" <span class=\"badge\">&nbsp;%1&nbsp;</span>"_s.arg(escaped(badge));
    html += u"</h2><p class=\"detail\">%1</p>"_s.arg(escaped(sheet.subtitle));
    for (const TraceSection &section : sheet.sections) {
        html += u"<h3>%1</h3>"_s.arg(escaped(section.title));
        for (const TraceLine &l : section.lines)
            html += l.style == TraceLine::Style::Quote ? quote(l) : line(l);
    }
    return html;
}

QString TraceHtml::line(const TraceLine &line)
{
    QString html = mark(line.verdict) + linked(escaped(line.text), line.target);
    // One tag per finding: the parts of an inferred sum are inferred with it.
    if (line.provenance == TraceLine::Provenance::Inferred && line.style != TraceLine::Style::Limit && line.level == 0)
        html += u" <span class=\"tag\">%1</span>"_s.arg(escaped(QObject::tr("inferred")));
    if (!line.detail.isEmpty())
        html += u"<br><span class=\"detail\">%1</span>"_s.arg(escaped(line.detail));
    const QString kind = line.style == TraceLine::Style::Limit ? u"limit"_s : u"line"_s;
    return u"<p class=\"%1\" style=\"margin-left:%2px\">%3</p>"_s.arg(kind).arg(line.level * 18).arg(html);
}

QString TraceHtml::quote(const TraceLine &line)
{
    QString body;
    const qsizetype at = line.highlightOffset;
    if (at >= 0 && at + line.highlightLength <= line.text.size()) {
        body = escaped(line.text.left(at)) + u"<span class=\"highlight\">"_s
               + escaped(line.text.mid(at, line.highlightLength)) + u"</span>"_s
               + escaped(line.text.mid(at + line.highlightLength));
    } else {
        body = escaped(line.text);
    }
    QString html = u"<p class=\"quote\">%1</p>"_s.arg(body);
    if (!line.detail.isEmpty())
        html += u"<p class=\"detail\">%1</p>"_s.arg(linked(escaped(line.detail), line.target));
    return html;
}
