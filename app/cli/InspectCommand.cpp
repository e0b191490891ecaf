// SPDX-License-Identifier: GPL-3.0-or-later
#include "InspectCommand.h"

#include "FilingCommand.h"
#include "import/FilingImporter.h"
#include "json/FilingJson.h"

using namespace Qt::StringLiterals;

namespace {

QString summary(const Filing &filing)
{
    QString text = u"%1: %2 \"%3\"\n"_s.arg(filing.path, filing.kindName(), filing.title);
    if (!filing.company.isEmpty())
        text += u"  company: %1\n"_s.arg(filing.company);
    for (const Schedule &schedule : filing.schedules) {
        QStringList periods;
        for (const Period &period : schedule.periods)
            periods << period.label();
        text += u"  schedule \"%1\" (%2): %3 rows; %4\n"_s.arg(schedule.title, schedule.scaleName())
                    .arg(schedule.rows.size())
                    .arg(periods.join(u" | "_s));
    }
    for (const Note &note : filing.notes)
        text += u"  note %1: %2 (%3 clauses)\n"_s.arg(note.letter, note.title).arg(note.clauses.size());
    if (filing.offering) {
        const OfferingFacts &o = *filing.offering;
        text +=
            u"  offering: %1, %2; principal %3; shares issuable %4; conversion price %5; shares outstanding %6\n"_s.arg(
                o.issuer, o.security, o.principal.toPlainString(), o.sharesIssuable.toPlainString(),
                o.conversionPrice.toPlainString(), o.sharesOutstanding.toPlainString());
    }
    text += u"  %1 warnings\n"_s.arg(filing.warnings.size());
    return text;
}

} // namespace

int InspectCommand::run(const QStringList &arguments)
{
    return FilingCommand::run(arguments, u"Print what Tieout reads from each filing."_s,
                              [](const Filing &filing, bool) {
                                  return FilingCommand::Output{summary(filing), FilingJson::toJson(filing)};
                              });
}
