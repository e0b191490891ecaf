// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnReconciliationChecks.h"

#include "CheckBuilder.h"
#include "filing/Filing.h"

#include <QObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QList<std::pair<qsizetype, qsizetype>> ColumnReconciliationChecks::triples(const QList<Period> &periods)
{
    // "GAAP | Adj. | Non-GAAP"; "As Reported | Adjustments | As Restated".
    static const QRegularExpression nonGaap(uR"(\bnon-gaap$|\b(as\s+)?(restated|adjusted)$)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression gaap(uR"((?<!non-)\bgaap$|\b(as\s+)?(previously\s+)?reported$)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression adjustment(
        uR"(\badj(\.|ustments?)$|\brestatement(\s+adjustments?)?$|\beffect of (the )?restatement$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QList<std::pair<qsizetype, qsizetype>> found(periods.size(), {-1, -1});
    for (qsizetype p = 2; p < periods.size(); ++p) {
        const QString label = periods[p].label();
        if (!nonGaap.match(label).hasMatch() || !periods[p].isAdditive())
            continue;
        // The same period's three columns: the GAAP one ends on the same day.
        if (gaap.match(periods[p - 2].label()).hasMatch() && adjustment.match(periods[p - 1].label()).hasMatch()
            && periods[p - 2].date == periods[p].date)
            found[p] = {p - 2, p - 1};
    }
    return found;
}

Checks ColumnReconciliationChecks::check(const Filing &filing, const CheckBuilder &builder)
{
    Checks checks;
    for (qsizetype s = 0; s < filing.schedules.size(); ++s) {
        const Schedule &schedule = filing.schedules[s];
        const QList<std::pair<qsizetype, qsizetype>> found = triples(schedule.periods);
        const auto first = std::find_if(found.cbegin(), found.cend(), [](const auto &t) { return t.first >= 0; });
        if (first == found.cend())
            continue;
        // Worded as the columns are headed: "non-GAAP = GAAP + adjustment",
        // "As Restated = As Reported + Adjustments".
        const auto last = [&schedule](qsizetype p) {
            const QStringList &lines = schedule.periods[p].labelLines;
            return lines.isEmpty() ? QString() : lines.constLast();
        };
        const qsizetype total = first - found.cbegin();
        QStringList names{QObject::tr("non-GAAP"), QObject::tr("GAAP"), QObject::tr("adjustment")};
        if (!last(total).contains(u"GAAP"_s, Qt::CaseInsensitive))
            names = {last(total), last(first->first), last(first->second)};
        for (qsizetype r = 0; r < schedule.rows.size(); ++r) {
            const Row &row = schedule.rows[r];
            if (!row.hasValues() || row.kind == RowKind::Percentage)
                continue;
            // A line whose adjustment column is left empty (diluted EPS, the
            // adjustment not given per share) has nothing to add.
            QList<QList<qsizetype>> columns(2, QList<qsizetype>(schedule.periods.size(), -1));
            for (qsizetype p = 0; p < found.size(); ++p) {
                if (found[p].first < 0 || row.cells.value(found[p].second).isBlank())
                    continue;
                columns[0][p] = found[p].first;
                columns[1][p] = found[p].second;
            }
            Check check = builder.sum(Check::Kind::Reconciliation, {s, r}, {{{s, r}, 1}, {{s, r}, 1}}, columns);
            if (check.periods.isEmpty())
                continue;
            check.setWording(QObject::tr("%1: %2 = %3 + %4").arg(row.label, names[0], names[1], names[2]));
            checks.append(std::move(check));
        }
    }
    return checks;
}
