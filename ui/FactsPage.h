// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"

#include "PlaceListPage.h"

class FactFilterModel;
class FactTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

// An inline XBRL document's facts as a sortable list, with its filters
// above it: words of the concept or label, period, dimension and unit, and
// how many facts are shown of how many. Activating a fact asks to show it
// where the document shows it.
class FactsPage : public PlaceListPage
{
    Q_OBJECT

public:
    explicit FactsPage(QWidget *parent = nullptr);

    void setAnalysis(const FilingAnalysisPtr &analysis, int filing);
    QTableView *view() const override { return m_view; }
    FactFilterModel *filter() const { return m_filter; }
    QLineEdit *search() const { return m_search; }
    QComboBox *periods() const { return m_periods; }
    QComboBox *dimensions() const { return m_dimensions; }
    QComboBox *units() const { return m_units; }
    QString countText() const;

private:
    void applyFilter();
    void activate(const QModelIndex &index);

    FactTableModel *m_facts = nullptr;
    FactFilterModel *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_periods = nullptr;
    QComboBox *m_dimensions = nullptr;
    QComboBox *m_units = nullptr;
    QLabel *m_count = nullptr;
    FilingAnalysisPtr m_analysis;
    int m_filing = -1;
};
