// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticHtmlRelease.h"

#include <QList>
#include <QString>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// The text format's markup undone and the HTML's escaped: "\$" is "$",
// "<b>" (a bold figure) stays a tag.
QString escaped(QString text)
{
    text.replace(u"\\$"_s, u"$"_s);
    text.remove(u"**"_s);
    const bool bold = text.contains(u"<b>"_s);
    text.remove(u"<b>"_s).remove(u"</b>"_s);
    text = text.toHtmlEscaped();
    return bold ? u"<b>"_s + text + u"</b>"_s : text;
}

void paragraph(QString &html, const QStringList &lines)
{
    bool title = true;
    for (const QString &line : lines)
        title = title && (line.startsWith(u"**"_s) || line.trimmed().startsWith(u'('));
    if (!title) {
        QStringList words;
        for (const QString &line : lines)
            words << escaped(line.trimmed());
        html += u"<p>"_s + words.join(u' ') + u"</p>\n"_s;
        return;
    }
    QStringList parts;
    for (const QString &line : lines) {
        const QString text = escaped(line.trimmed());
        parts << (line.startsWith(u"**"_s) ? u"<b>"_s + text + u"</b>"_s : text);
    }
    html += u"<p style=\"text-align:center\">"_s + parts.join(u"<br>"_s) + u"</p>\n"_s;
}

// One figure as three cells: "$", the number (a rule above a total), ")".
QString figureCells(QString text)
{
    const bool rule = text.contains(u"<u>"_s);
    text.remove(u"<u>"_s).remove(u"</u>"_s);
    text = text.trimmed();
    QString dollar;
    if (text.startsWith(u"\\$"_s)) {
        dollar = u"$"_s;
        text = text.mid(2).trimmed();
    }
    QString closing;
    if (text.startsWith(u'(') && text.endsWith(u')')) {
        text.chop(1);
        closing = u")"_s;
    }
    const QString style =
        rule ? u" style=\"text-align:right;border-top:1px solid #000\""_s : u" style=\"text-align:right\""_s;
    return u"<td>"_s + dollar + u"</td><td"_s + style + u'>' + escaped(text) + u"</td><td>"_s + closing + u"</td>"_s;
}

void table(QString &html, const QStringList &lines)
{
    qsizetype columns = 0;
    for (const QString &line : lines)
        columns = std::max(columns, line.count(u'\t') + 1);
    html += u"<table style=\"border-collapse:collapse;width:100%\">\n"_s;
    for (const QString &line : lines) {
        const QStringList cells = line.split(u'\t');
        html += u"<tr>"_s;
        if (cells.value(0).isEmpty()) {
            // A header: one text alone spans every period, else each its own.
            int texts = 0;
            for (qsizetype c = 1; c < cells.size(); ++c)
                texts += cells[c].isEmpty() ? 0 : 1;
            html += u"<td></td>"_s;
            for (qsizetype c = 1; c < columns; ++c) {
                const QString text = cells.value(c);
                if (texts == 1 && !text.isEmpty())
                    html += u"<td colspan=\"%1\" style=\"text-align:center\"><b>%2</b></td>"_s.arg(3 * (columns - c))
                                .arg(escaped(text));
                else if (texts != 1)
                    html += u"<td colspan=\"3\" style=\"text-align:center\"><b>%1</b></td>"_s.arg(escaped(text));
            }
        } else {
            const QString label = cells[0];
            const QString trimmed = label.trimmed();
            const int indent = int(label.size() - label.trimmed().size()) * 4;
            html += u"<td style=\"padding-left:%1pt\">%2</td>"_s.arg(indent).arg(
                trimmed.startsWith(u"**"_s) ? u"<b>"_s + escaped(trimmed) + u"</b>"_s : escaped(trimmed));
            for (qsizetype c = 1; c < columns; ++c)
                html += figureCells(cells.value(c));
        }
        html += u"</tr>\n"_s;
    }
    html += u"</table>\n"_s;
}

} // namespace

QByteArray SyntheticHtmlRelease::fromText(const QByteArray &text)
{
    QString html = u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Release</title></head><body>\n"_s;
    html.reserve(text.size() * 4);
    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    QStringList block;
    const auto flush = [&] {
        if (block.isEmpty())
            return;
        if (block.constFirst().contains(u'\t'))
            table(html, block);
        else
            paragraph(html, block);
        block.clear();
    };
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            flush();
        else
            block << line;
    }
    flush();
    html += u"</body></html>\n"_s;
    return html.toUtf8();
}
