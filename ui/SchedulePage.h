// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"

#include <QWidget>

class QLabel;
class ScheduleTableModel;
class ScheduleView;

// A schedule as the filing presents it: its heading, the offering's facts
// above a prospectus table, the table itself and the footnotes under it.
class SchedulePage : public QWidget
{
    Q_OBJECT

public:
    explicit SchedulePage(QWidget *parent = nullptr);

    void setSchedule(const FilingAnalysisPtr &analysis, int schedule);
    ScheduleTableModel *model() const { return m_model; }
    ScheduleView *view() const { return m_view; }

private:
    ScheduleTableModel *m_model = nullptr;
    ScheduleView *m_view = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_offering = nullptr;
    QLabel *m_footnotes = nullptr;
};
