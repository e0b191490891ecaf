// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/FigureDifference.h"

#include "PlaceListPage.h"

class DifferenceTableModel;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

// The figures a filing reports differently from an earlier filing open in
// the window, or from its own "as previously reported" columns: a sortable
// list filtered by what each is. Activating one shows the figure now.
class RestatementsPage : public PlaceListPage
{
    Q_OBJECT

public:
    explicit RestatementsPage(QWidget *parent = nullptr);

    // `files` names each filing open, by its index in the window.
    void setDifferences(const FigureDifferences &differences, const QStringList &files, int filing);
    QTableView *view() const override { return m_view; }
    QString countText() const;

private:
    void applyFilter();
    void activate(const QModelIndex &index);

    DifferenceTableModel *m_differences = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_kinds = nullptr;
    QLabel *m_count = nullptr;
    int m_filing = -1;
};
