// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompareCommand.h"

#include "FilingCommand.h"
#include "compare/DocumentLinker.h"
#include "compare/FilingComparer.h"
#include "filing/Filing.h"
#include "json/ComparisonJson.h"

#include <QJsonArray>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// When a filing speaks: its date, else the end of its latest period.
QDate asOf(const Filing &filing)
{
    if (filing.date.isValid())
        return filing.date;
    QDate latest;
    for (const Schedule &schedule : filing.schedules) {
        for (const Period &period : schedule.periods) {
            if (period.date.isValid() && (!latest.isValid() || period.date > latest))
                latest = period.date;
        }
    }
    return latest;
}

} // namespace

int CompareCommand::run(const QStringList &arguments)
{
    QList<std::shared_ptr<const Filing>> read;
    const auto perFiling = [&](const Filing &filing, bool) {
        read.append(std::make_shared<const Filing>(filing));
        FilingCommand::Output output;
        output.skip = true; // said once all are read
        return output;
    };
    const auto finish = [&](QString &text, QJsonObject &root) {
        // Oldest first, so each pair is (earlier, later).
        std::stable_sort(read.begin(), read.end(), [](const auto &a, const auto &b) { return asOf(*a) < asOf(*b); });
        QList<const Filing *> filings;
        QJsonArray paths;
        for (const auto &filing : std::as_const(read)) {
            filings.append(filing.get());
            paths.append(filing->path);
        }
        FigureDifferences differences;
        qsizetype compared = 0;
        for (qsizetype later = 0; later < filings.size(); ++later) {
            for (qsizetype earlier = 0; earlier < later; ++earlier)
                differences += FilingComparer::compare(*filings[earlier], earlier, *filings[later], later, &compared);
            differences += FilingComparer::restatedColumns(*filings[later], later, &compared);
        }
        const DocumentLinks links = DocumentLinker::link(filings);
        QJsonArray differenceJson;
        for (const FigureDifference &difference : std::as_const(differences)) {
            differenceJson.append(ComparisonJson::toJson(filings, difference));
            text += ComparisonJson::toText(filings, difference);
        }
        QJsonArray linkJson;
        for (const DocumentLink &link : links) {
            linkJson.append(ComparisonJson::toJson(filings, link));
            text += ComparisonJson::toText(filings, link);
        }
        text += u"%1 of %2 figure(s) reported twice for the same period differ, in %3 filing(s); %4 link(s) "
                "between filings\n"_s.arg(differences.size())
                    .arg(compared)
                    .arg(filings.size())
                    .arg(links.size());
        root.insert(u"compared"_s, compared);
        root.insert(u"filings"_s, paths);
        root.insert(u"differences"_s, differenceJson);
        root.insert(u"links"_s, linkJson);
        return differences.isEmpty() ? 0 : 1;
    };
    return FilingCommand::run(
        arguments,
        u"Compare filings: every figure a later filing reports differently for a period an earlier one reported, "
        "every \"as previously reported\" and \"as restated\" pair that differs, and the facts one filing states "
        "that another reports. Exit 1 when any figure differs."_s,
        perFiling, finish);
}
