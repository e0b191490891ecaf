// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"

#include "PlaceListPage.h"

class CalculationTableModel;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

// An inline XBRL filing's own calculations, checked against its
// calculation linkbase: a sortable list, inconsistent ones first, filtered
// by verdict. Activating one shows its total where the document shows it.
class CalculationsPage : public PlaceListPage
{
    Q_OBJECT

public:
    explicit CalculationsPage(QWidget *parent = nullptr);

    void setAnalysis(const FilingAnalysisPtr &analysis, int filing);
    QTableView *view() const override { return m_view; }
    QComboBox *verdicts() const { return m_verdicts; }
    QString countText() const;

private:
    void applyFilter();
    void activate(const QModelIndex &index);

    CalculationTableModel *m_calculations = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_verdicts = nullptr;
    QLabel *m_count = nullptr;
    FilingAnalysisPtr m_analysis;
    int m_filing = -1;
};
