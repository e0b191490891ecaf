// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkupStyle.h"

#include <QRegularExpression>
#include <QString>

using namespace Qt::StringLiterals;

namespace {

// A CSS property's value in a style lower-cased and without spaces.
QStringView property(QStringView style, QStringView name)
{
    qsizetype at = 0;
    while ((at = style.indexOf(name, at)) >= 0) {
        const bool start = at == 0 || style.at(at - 1) == u';' || style.at(at - 1) == u'{';
        const qsizetype colon = at + name.size();
        if (start && colon < style.size() && style.at(colon) == u':') {
            const qsizetype end = style.indexOf(u';', colon);
            return style.mid(colon + 1, end < 0 ? -1 : end - colon - 1);
        }
        at = colon;
    }
    return {};
}

// A CSS length in points: "9pt", "12px", "1em", "0.5in"; 0 when unknown.
double points(QStringView value)
{
    static const QRegularExpression length(uR"(^(-?[0-9]*\.?[0-9]+)(pt|px|em|rem|in|cm|mm)?)"_s);
    const QRegularExpressionMatch match = length.match(value);
    if (!match.hasMatch())
        return 0;
    const double number = match.capturedView(1).toDouble();
    const QStringView unit = match.capturedView(2);
    if (unit == u"px")
        return number * 0.75;
    if (unit == u"em" || unit == u"rem")
        return number * 10;
    if (unit == u"in")
        return number * 72;
    if (unit == u"cm")
        return number * 28.35;
    if (unit == u"mm")
        return number * 2.835;
    return number; // pt, or a bare number
}

// A border that shows: a style other than none, and no zero width.
bool isRule(QStringView border)
{
    if (border.isEmpty() || border.contains(u"none") || border.contains(u"hidden"))
        return false;
    static const QRegularExpression zero(uR"((^|[^0-9.])0(px|pt)?($|[^0-9.]))"_s);
    return !zero.match(border).hasMatch() || border.contains(u"solid") || border.contains(u"double");
}

} // namespace

MarkupStyle MarkupStyle::of(QStringView written)
{
    MarkupStyle read;
    if (written.isEmpty())
        return read;
    read.showsHiddenFact = written.contains(SecHiddenProperty);
    QString lowered = written.toString().toLower();
    lowered.remove(u' ');
    const QStringView style(lowered);
    read.hidden = property(style, u"display") == u"none";
    const QStringView weight = property(style, u"font-weight");
    read.bold = weight == u"bold" || weight == u"bolder" || weight.toInt() >= 600;
    read.emphasis =
        property(style, u"font-style") == u"italic" || property(style, u"text-decoration").contains(u"underline");
    // Workiva raises a marker with "position:relative;top:-3pt" on a smaller font.
    const QStringView align = property(style, u"vertical-align");
    read.raised = align == u"super" || align == u"top" || align == u"text-top"
                  || (property(style, u"position") == u"relative" && property(style, u"top").startsWith(u'-'));
    read.centered = property(style, u"text-align") == u"center";
    read.indent = points(property(style, u"padding-left")) + points(property(style, u"margin-left"))
                  + points(property(style, u"text-indent"));
    read.ruleAbove = isRule(property(style, u"border-top")) || property(style, u"border-top-style").contains(u"solid");
    read.ruleBelow =
        isRule(property(style, u"border-bottom")) || property(style, u"border-bottom-style").contains(u"solid");
    read.doubleRuleBelow = property(style, u"border-bottom").contains(u"double")
                           || property(style, u"border-bottom-style").contains(u"double");
    return read;
}
