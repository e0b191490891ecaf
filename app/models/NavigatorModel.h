// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"
#include "compare/FilingSetComparison.h"

#include <QStandardItemModel>

// The navigator's tree: each open filing, and under it its schedules, its
// notes, its narrative, the tie-out (with its pass and fail count) and its
// source text. Items carry what they lead to in custom roles.
class NavigatorModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum class Node { Filing, Schedule, Notes, Narrative, Facts, Calculations, Restatements, TieOut, Source };
    enum Role {
        NodeRole = Qt::UserRole + 1, // Node as int
        FilingRole,                  // int: index of the filing
        ScheduleRole,                // int: index of the schedule, -1 elsewhere
        FailedRole,                  // int: failed checks (tie-out nodes)
    };

    explicit NavigatorModel(QObject *parent = nullptr);

    // `comparison` of the same filings: a filing whose figures differ from
    // what an earlier one reported gets a "Restatements" node.
    void setFilings(const QList<FilingAnalysisPtr> &filings, const FilingSetComparison &comparison = {});
    // The item of a node, for selecting it.
    QModelIndex indexOf(int filing, Node node, int schedule = -1) const;

    // "Acme Corp. — Earnings release, Apr 23, 2007".
    static QString filingName(const Filing &filing);
    // The filings' names, each told apart from the others: one whose name
    // another shares gets its file name, and its folder when that is shared too.
    static QStringList filingNames(const QList<FilingAnalysisPtr> &filings);
    // A schedule's title as the navigator shows it: without the "Condensed
    // Consolidated" every statement of a filing starts with, so the words
    // that tell them apart fit ("Statements of Operations").
    static QString shortTitle(const QString &title);
    // The name the navigator gives an open filing (filingNames), or empty.
    QString nameOf(int filing) const;
    // "63 checks, 124 figures, all tie" / "9 checks, 9 figures, 1 fails":
    // the checks, the figures they check (the tie-out list's lines) and
    // the figures that fail.
    static QString tieOutSummary(const TieOut &tieOut);

private:
    static QStandardItem *item(const QString &text, Node node, int filing, int schedule = -1);
};
