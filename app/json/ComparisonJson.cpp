// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonJson.h"

#include "RowRefJson.h"
#include "amount/AmountFormat.h"
#include "filing/Filing.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace {

QString written(const Amount &amount)
{
    return AmountFormat().format(amount);
}

QString where(const Filing &filing, const SourceLocation &location)
{
    return u"%1:%2:%3"_s.arg(filing.path).arg(location.line).arg(location.column);
}

QJsonObject sideJson(const QList<const Filing *> &filings, const FigureDifference::Side &side)
{
    const Filing &filing = *filings[side.filing];
    QJsonObject json = RowRefJson::toJson(filing, side.row);
    json.insert(u"file"_s, filing.path);
    json.insert(u"column"_s, side.location.column);
    json.insert(u"line"_s, side.location.line);
    json.insert(u"period"_s, filing.schedules[side.row.schedule].periods[side.period].label());
    json.insert(u"value"_s, side.value.toPlainString());
    json.insert(u"scale"_s, side.scale);
    json.insert(u"inUnit"_s, side.dollars.toPlainString());
    return json;
}

} // namespace

QJsonObject ComparisonJson::toJson(const QList<const Filing *> &filings, const FigureDifference &difference)
{
    return {{u"kind"_s, FigureDifference::kindName(difference.kind)},
            {u"label"_s, difference.label},
            {u"schedule"_s, difference.schedule},
            {u"period"_s, difference.period},
            {u"earlier"_s, sideJson(filings, difference.earlier)},
            {u"later"_s, sideJson(filings, difference.later)},
            {u"difference"_s, difference.change.toPlainString()},
            {u"differenceAsPrinted"_s, difference.printedChange().toPlainString()}};
}

QJsonObject ComparisonJson::toJson(const QList<const Filing *> &filings, const DocumentLink &link)
{
    const Filing &offering = *filings[link.offeringFiling];
    const Filing &filing = *filings[link.filing];
    const Schedule &schedule = filing.schedules[link.row.schedule];
    const Cell &cell = schedule.rows[link.row.row].cells[link.period];
    QJsonObject carried = RowRefJson::toJson(filing, link.row);
    carried.insert(u"file"_s, filing.path);
    carried.insert(u"line"_s, cell.location.line);
    carried.insert(u"column"_s, cell.location.column);
    carried.insert(u"period"_s, schedule.periods[link.period].label());
    carried.insert(u"value"_s, link.carried.toPlainString());
    return {{u"kind"_s, u"principal-carried"_s},
            {u"security"_s, link.security},
            {u"principal"_s, QJsonObject{{u"file"_s, offering.path}, {u"value"_s, link.principal.toPlainString()}}},
            {u"carried"_s, carried},
            {u"difference"_s, link.difference.toPlainString()},
            {u"explanation"_s, link.explanation.isEmpty() ? QJsonValue() : QJsonValue(link.explanation)}};
}

QString ComparisonJson::toText(const QList<const Filing *> &filings, const FigureDifference &difference)
{
    const Filing &earlier = *filings[difference.earlier.filing];
    const Filing &later = *filings[difference.later.filing];
    return u"%1: %2: \"%3\", %4, in \"%5\": %6, was %7 in %8; change %9\n"_s.arg(
        FigureDifference::kindName(difference.kind), where(later, difference.later.location), difference.label,
        difference.period, difference.schedule, written(difference.later.value), written(difference.earlier.value),
        where(earlier, difference.earlier.location), AmountFormat::change(difference.printedChange()));
}

QString ComparisonJson::toText(const QList<const Filing *> &filings, const DocumentLink &link)
{
    const Filing &filing = *filings[link.filing];
    const Schedule &schedule = filing.schedules[link.row.schedule];
    const Row &row = schedule.rows[link.row.row];
    QString text = u"link: %1: \"%2\" (%3) carries %4 against the principal of %5 in %6 (%7); difference %8\n"_s.arg(
        where(filing, row.cells[link.period].location), row.label, schedule.periods[link.period].label(),
        AmountFormat::change(link.carried), AmountFormat::change(link.principal), filings[link.offeringFiling]->path,
        link.security, AmountFormat::change(link.difference));
    if (!link.explanation.isEmpty())
        text += u"      %1\n"_s.arg(link.explanation);
    return text;
}
