// SPDX-License-Identifier: GPL-3.0-or-later
#include "FactJson.h"

#include "filing/XbrlInstance.h"

using namespace Qt::StringLiterals;

QJsonValue FactJson::periodJson(const XbrlContext *context)
{
    if (!context || !context->period.isValid())
        return QJsonValue::Null;
    const XbrlPeriod &period = context->period;
    if (period.isForever)
        return QJsonObject{{u"forever"_s, true}};
    if (period.instant)
        return QJsonObject{{u"instant"_s, period.end.toString(Qt::ISODate)}};
    return QJsonObject{{u"start"_s, period.start.toString(Qt::ISODate)}, {u"end"_s, period.end.toString(Qt::ISODate)}};
}

QJsonValue FactJson::decimalsJson(const XbrlFact &fact)
{
    if (!fact.hasDecimals)
        return QJsonValue::Null;
    return fact.exact ? QJsonValue(u"INF"_s) : QJsonValue(fact.decimals);
}

QJsonObject FactJson::toJson(const XbrlInstance &instance, const XbrlFact &fact)
{
    const XbrlContext *context = instance.contextOf(fact);
    QJsonObject dimensions;
    if (context) {
        for (const XbrlDimension &dimension : context->dimensions)
            dimensions.insert(dimension.axis, dimension.member);
    }
    QJsonObject object{
        {u"concept"_s, fact.conceptName},   {u"numeric"_s, fact.numeric},    {u"context"_s, fact.contextRef},
        {u"period"_s, periodJson(context)}, {u"dimensions"_s, dimensions},   {u"nil"_s, fact.nil},
        {u"hidden"_s, fact.hidden},         {u"line"_s, fact.location.line}, {u"column"_s, fact.location.column},
    };
    if (!fact.id.isEmpty())
        object.insert(u"id"_s, fact.id);
    if (fact.numeric) {
        const XbrlUnit *unit = instance.unitOf(fact);
        object.insert(u"unit"_s, unit ? QJsonValue(unit->name()) : QJsonValue::Null);
        object.insert(u"decimals"_s, decimalsJson(fact));
        object.insert(u"value"_s, fact.nil ? QJsonValue::Null : QJsonValue(fact.valueText()));
        object.insert(u"shown"_s, fact.displayed);
        object.insert(u"scale"_s, fact.scale);
        if (fact.negated)
            object.insert(u"sign"_s, u"-"_s);
        if (!fact.format.isEmpty())
            object.insert(u"format"_s, fact.format);
    } else {
        object.insert(u"value"_s, fact.nil ? QJsonValue::Null : QJsonValue(fact.text));
    }
    return object;
}

QJsonArray FactJson::toJson(const XbrlInstance &instance)
{
    QJsonArray facts;
    for (const XbrlFact &fact : instance.facts)
        facts.append(toJson(instance, fact));
    return facts;
}
