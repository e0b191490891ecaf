// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"

#include <QTableView>

class CheckFilterModel;
class CheckTableModel;

// Every check of one filing's tie-out, or of every open filing's, in a
// sortable table, failures first, behind a filter by verdict and schedule.
// Activating a line asks for the cell it checks, in its filing.
class TieOutView : public QTableView
{
    Q_OBJECT

public:
    explicit TieOutView(QWidget *parent = nullptr);

    // The checks of filings[only], or of them all when only is -1; the
    // filing's column is shown only then.
    void setFilings(const QList<FilingAnalysisPtr> &filings, int only);
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
    bool m_fitting = false;
    bool m_descriptionSized = false;
};
