// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"

#include <QWidget>

class QComboBox;
class QLabel;
class TieOutView;

// The tie-out list with its filters above it: which verdicts, which
// schedule, which rule, and how many checks are shown of how many.
class TieOutPage : public QWidget
{
    Q_OBJECT

public:
    explicit TieOutPage(QWidget *parent = nullptr);

    void setAnalysis(const FilingAnalysisPtr &analysis, int filing);
    TieOutView *view() const { return m_view; }
    QComboBox *verdicts() const { return m_verdicts; }
    QComboBox *schedules() const { return m_schedules; }
    QComboBox *rules() const { return m_rules; }
    QString countText() const;

private:
    void applyFilter();

    TieOutView *m_view = nullptr;
    QComboBox *m_verdicts = nullptr;
    QComboBox *m_schedules = nullptr;
    QComboBox *m_rules = nullptr;
    QLabel *m_count = nullptr;
    FilingAnalysisPtr m_analysis;
};
