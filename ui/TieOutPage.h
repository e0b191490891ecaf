// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"

#include <QWidget>

class QComboBox;
class QLabel;
class TieOutView;

// The tie-out list with its filters above it: which filings (the one shown
// or every open one), which verdicts, which schedule, which rule, and how
// many checks are shown of how many.
class TieOutPage : public QWidget
{
    Q_OBJECT

public:
    enum class Scope { ThisFiling, AllFilings };

    explicit TieOutPage(QWidget *parent = nullptr);

    // Every open filing, and the one the page was opened for.
    void setFilings(const QList<FilingAnalysisPtr> &filings, int filing);
    // The filings whose checks are listed, as the report prints them.
    QList<FilingAnalysisPtr> inScope() const;

    TieOutView *view() const { return m_view; }
    QComboBox *scope() const { return m_scope; }
    QComboBox *verdicts() const { return m_verdicts; }
    QComboBox *schedules() const { return m_schedules; }
    QComboBox *rules() const { return m_rules; }
    QString countText() const;

private:
    // Lists the checks in scope, and the schedules and rules to narrow them by.
    void fill();
    void applyFilter();

    TieOutView *m_view = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_verdicts = nullptr;
    QComboBox *m_schedules = nullptr;
    QComboBox *m_rules = nullptr;
    QLabel *m_count = nullptr;
    QList<FilingAnalysisPtr> m_filings;
    int m_filing = -1;
};
