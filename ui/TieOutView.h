// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"

#include <QTableView>

class CheckFilterModel;
class CheckTableModel;

// Every check of a filing's tie-out in a sortable table, failures first,
// behind a filter by verdict and schedule. Activating a line asks for the
// cell it checks.
class TieOutView : public QTableView
{
    Q_OBJECT

public:
    explicit TieOutView(QWidget *parent = nullptr);

    void setAnalysis(const FilingAnalysisPtr &analysis, int filing);
    CheckTableModel *checks() const { return m_checks; }
    CheckFilterModel *filter() const { return m_filter; }

    static constexpr int MaxColumnWidth = 220;

Q_SIGNALS:
    void cellRequested(int filing, int schedule, int row, int line, int column);

private:
    CheckTableModel *m_checks = nullptr;
    CheckFilterModel *m_filter = nullptr;
    int m_filing = -1;
};
