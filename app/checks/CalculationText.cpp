// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalculationText.h"

#include "amount/AmountFormat.h"
#include "filing/XbrlInstance.h"

#include <QObject>

using namespace Qt::StringLiterals;

namespace {

// "-4500000.0" → "(4,500,000)": an interval's bound as a filing writes figures.
QString figure(const QString &plain)
{
    const qsizetype point = plain.indexOf(u'.');
    QString digits = point < 0 ? plain : plain.first(point);
    const bool negative = digits.startsWith(u'-');
    if (negative)
        digits.remove(0, 1);
    QString fraction = point < 0 ? QString() : plain.sliced(point + 1);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, u',');
    const QString text = fraction.isEmpty() ? digits : digits + u'.' + fraction;
    return negative ? u'(' + text + u')' : text;
}

} // namespace

QString CalculationText::nameOf(const QString &conceptName) const
{
    const QString label = m_instance.labels.value(conceptName);
    return label.isEmpty() ? conceptName : label;
}

QString CalculationText::description(const CalculationResult &result) const
{
    QString text = nameOf(result.total) + u" ="_s;
    bool first = true;
    for (const CalculationResult::Item &item : result.items) {
        const bool minus = item.weight.isNegative();
        const Amount magnitude = item.weight.abs();
        const QString factor = magnitude == Amount::fromInteger(1) ? QString() : magnitude.toPlainString() + u" × "_s;
        text += first ? (minus ? u" −"_s : QString()) : (minus ? u" −"_s : u" +"_s);
        text += u' ' + factor + nameOf(item.conceptName);
        first = false;
    }
    return text;
}

QString CalculationText::context(const CalculationResult &result) const
{
    if (result.context < 0 || result.context >= m_instance.contexts.size())
        return {};
    const XbrlContext &context = m_instance.contexts.at(result.context);
    const XbrlPeriod &period = context.period;
    QString text =
        period.isForever ? QObject::tr("forever")
        : period.instant
            ? period.end.toString(Qt::ISODate)
            : QObject::tr("%1 to %2").arg(period.start.toString(Qt::ISODate), period.end.toString(Qt::ISODate));
    for (const XbrlDimension &dimension : context.dimensions)
        text += u"; "_s + dimension.axis + u" = "_s + dimension.member;
    return text;
}

QString CalculationText::verdict(const CalculationResult &result)
{
    switch (result.verdict) {
    case CalculationResult::Verdict::Pass: return QObject::tr("consistent");
    case CalculationResult::Verdict::Fail:
        return result.brokenByDimensionalItem ? QObject::tr("inconsistent: an item is tagged only with a dimension")
                                              : QObject::tr("inconsistent");
    case CalculationResult::Verdict::NotBound: return QObject::tr("does not bind");
    case CalculationResult::Verdict::Duplicates: return QObject::tr("not checked: duplicate facts disagree");
    case CalculationResult::Verdict::ExcessDigits:
        return QObject::tr("not checked: a value has more digits than its decimals");
    case CalculationResult::Verdict::TooLarge: return QObject::tr("not checked: values beyond exact arithmetic");
    }
    return {};
}

QString CalculationText::arithmetic(const CalculationResult &result) const
{
    if (result.totalLow.isEmpty() || result.itemsLow.isEmpty())
        return {};
    QString text =
        QObject::tr("the items sum to [%1, %2]; the total stands for [%3, %4]")
            .arg(figure(result.itemsLow), figure(result.itemsHigh), figure(result.totalLow), figure(result.totalHigh));
    if (result.brokenByDimensionalItem) {
        QStringList lines;
        for (const CalculationResult::Item &item : result.items) {
            if (item.dimensionalOnly)
                lines << nameOf(item.conceptName);
        }
        text += QObject::tr("; tagged only with a dimension, so missing from the total's context: %1")
                    .arg(lines.join(u", "_s));
    }
    return text;
}
