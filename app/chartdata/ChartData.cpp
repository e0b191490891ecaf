// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartData.h"

#include <QObject>

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

QString ChartData::nameOf(Kind kind)
{
    switch (kind) {
    case Kind::Segments: return QObject::tr("Segments");
    case Kind::RevenueMix: return QObject::tr("Revenue mix");
    case Kind::OperatingExpenses: return QObject::tr("Operating expenses");
    case Kind::BridgeOperatingIncome: return QObject::tr("Operating income bridge");
    case Kind::BridgeNetIncome: return QObject::tr("Net income bridge");
    case Kind::Selection: return QObject::tr("Selection");
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
    return {Kind::Segments, Kind::RevenueMix, Kind::OperatingExpenses, Kind::BridgeOperatingIncome,
            Kind::BridgeNetIncome};
}

QStringList ChartData::standardIds()
{
    QStringList ids;
    for (const Kind kind : standardKinds())
        ids << idOf(kind);
    return ids;
}

QString ChartData::toTsv() const
{
    if (!isAvailable())
        return {};
    // Tabs and line ends inside a label would break the grid.
    const auto cell = [](QString text) { return text.replace(u'\t', u' ').replace(u'\n', u' '); };
    QStringList lines;
    QStringList header{QString()};
    for (const Series &s : series)
        header << cell(s.name);
    lines << header.join(u'\t');
    for (qsizetype c = 0; c < categories.size(); ++c) {
        QStringList line{cell(categories[c])};
        for (const Series &s : series) {
            const Amount value = s.values.value(c);
            line << (value.isNil() ? QString() : value.toPlainString());
        }
        lines << line.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}
