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
    // The check's words are what the list is read by: they keep this much
    // even when the columns then need a horizontal scroll bar.
    static constexpr int MinDescriptionWidth = 280;

Q_SIGNALS:
    void cellRequested(int filing, int schedule, int row, int line, int column);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The check's column takes the width the others leave, but never less
    // than MinDescriptionWidth; once the analyst sizes it, it stays so.
    void fitDescription();

    CheckTableModel *m_checks = nullptr;
    CheckFilterModel *m_filter = nullptr;
    int m_filing = -1;
    bool m_fitting = false;
    bool m_descriptionSized = false;
};
