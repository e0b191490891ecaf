// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowRefJson.h"

#include "filing/Filing.h"

using namespace Qt::StringLiterals;

QJsonObject RowRefJson::toJson(const Filing &filing, const RowRef &ref)
{
    if (!ref.isValid())
        return {};
    const Schedule &schedule = filing.schedules[ref.schedule];
    const Row &row = schedule.rows[ref.row];
    return {{u"schedule"_s, schedule.title},
            {u"label"_s, row.label},
            {u"occurrence"_s, row.occurrence},
            {u"line"_s, row.location.line}};
}
