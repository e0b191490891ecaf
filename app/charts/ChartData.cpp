// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartData.h"

using namespace Qt::StringLiterals;

QString ChartData::idOf(Kind kind)
{
    switch (kind) {
    case Kind::Segments: return u"segments"_s;
    case Kind::RevenueMix: return u"revenue-mix"_s;
    case Kind::OperatingExpenses: return u"opex"_s;
    case Kind::BridgeOperatingIncome: return u"bridge-operating-income"_s;
    case Kind::BridgeNetIncome: return u"bridge-net-income"_s;
    case Kind::Selection: return u"selection"_s;
    }
    return {};
}

std::optional<ChartData::Kind> ChartData::kindOf(const QString &id)
{
    for (const Kind kind : standardKinds()) {
        if (idOf(kind) == id)
            return kind;
    }
    return std::nullopt;
}

QList<ChartData::Kind> ChartData::standardKinds()
{
    return {Kind::Segments, Kind::RevenueMix, Kind::OperatingExpenses, Kind::BridgeOperatingIncome, Kind::BridgeNetIncome};
}
