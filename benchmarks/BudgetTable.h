// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// The table scripts/bench prints and docs/PERFORMANCE.md keeps: each budget,
// what was measured, the limit and whether it was met.
class BudgetTable
{
public:
    void add(const QString &budget, const QString &measured, const QString &limit, bool met);
    // A row for a measurement that could not be taken: always missed.
    void failed(const QString &budget, const QString &limit, const QString &why);
    // A figure kept for comparison from run to run, with no limit.
    void record(const QString &what, const QString &measured);
    bool allMet() const;
    // Markdown, headed by the machine it ran on.
    QString toMarkdown() const;

private:
    struct Row
    {
        QString budget, measured, limit;
        bool met = false;
        bool recorded = false; // no limit: neither met nor missed
    };
    QList<Row> m_rows;
};
