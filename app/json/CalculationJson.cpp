// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalculationJson.h"

#include "FactJson.h"

#include "checks/CalculationResult.h"
#include "checks/CalculationText.h"
#include "filing/XbrlInstance.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonObject factJson(const XbrlInstance &instance, const QString &conceptName, int index)
{
    QJsonObject object{{u"concept"_s, conceptName}};
    if (index < 0 || index >= instance.facts.size()) {
        object.insert(u"fact"_s, QJsonValue::Null);
        return object;
    }
    const XbrlFact &fact = instance.facts.at(index);
    object.insert(u"fact"_s, index);
    object.insert(u"value"_s, fact.nil ? QJsonValue::Null : QJsonValue(fact.valueText()));
    object.insert(u"decimals"_s, FactJson::decimalsJson(fact));
    object.insert(u"line"_s, fact.location.line);
    object.insert(u"column"_s, fact.location.column);
    return object;
}

} // namespace

QJsonObject CalculationJson::toJson(const XbrlInstance &instance, const CalculationResult &result)
{
    const CalculationText text(instance);
    QJsonArray items;
    for (const CalculationResult::Item &item : result.items) {
        QJsonObject object = factJson(instance, item.conceptName, item.fact);
        object.insert(u"weight"_s, item.weight.toPlainString());
        if (item.dimensionalOnly)
            object.insert(u"dimensionalOnly"_s, true);
        items.append(object);
    }
    const XbrlContext *context = result.context >= 0 && result.context < instance.contexts.size()
                                     ? &instance.contexts.at(result.context)
                                     : nullptr;
    QJsonObject dimensions;
    if (context) {
        for (const XbrlDimension &dimension : context->dimensions)
            dimensions.insert(dimension.axis, dimension.member);
    }
    const QString unit =
        result.unit >= 0 && result.unit < instance.units.size() ? instance.units[result.unit].name() : QString();
    QJsonObject object{
        {u"kind"_s, u"calculation"_s},
        {u"description"_s, text.description(result)},
        {u"verdict"_s, CalculationResult::verdictName(result.verdict)},
        {u"network"_s, result.role},
        {u"arcrole"_s, result.arcrole},
        {u"total"_s, factJson(instance, result.total, result.totalFact)},
        {u"items"_s, items},
        {u"context"_s, result.context >= 0 ? QJsonValue(instance.contexts[result.context].id) : QJsonValue::Null},
        {u"period"_s, FactJson::periodJson(context)},
        {u"dimensions"_s, dimensions},
        {u"unit"_s, unit},
    };
    if (!result.itemsLow.isEmpty()) {
        object.insert(u"itemsInterval"_s, QJsonArray{result.itemsLow, result.itemsHigh});
        object.insert(u"totalInterval"_s, QJsonArray{result.totalLow, result.totalHigh});
    }
    if (result.brokenByDimensionalItem)
        object.insert(u"brokenByDimensionalItem"_s, true);
    return object;
}
