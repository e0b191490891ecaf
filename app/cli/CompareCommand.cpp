// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompareCommand.h"

#include "FilingCommand.h"
#include "compare/FilingSetComparison.h"
#include "filing/Filing.h"
#include "json/ComparisonJson.h"

#include <QJsonArray>

#include <memory>

using namespace Qt::StringLiterals;

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
        QList<const Filing *> filings;
        for (const auto &filing : std::as_const(read))
            filings.append(filing.get());
        const FilingSetComparison comparison = FilingSetComparison::of(filings);
        const FigureDifferences &differences = comparison.differences;
        const DocumentLinks &links = comparison.links;
        const qsizetype compared = comparison.compared;
        QJsonArray paths; // oldest first
        for (const qsizetype f : comparison.order)
            paths.append(filings[f]->path);
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
