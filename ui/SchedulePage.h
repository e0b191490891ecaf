// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/FilingAnalysis.h"
#include "models/ScheduleViewOptions.h"

#include <QWidget>

class WrappedLabel;
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

    // Makes the row's label current and brings it to the middle of the view.
    void selectRow(int row);
    // Makes current the cell of `row` read at this line and column (the label when none).
    void selectCell(int row, int line, int column);
    // Makes current the figure of `row` in this period (the label when the period has no column).
    void selectPeriod(int row, int period);
    // Shows the table with other view options; the cell the analyst is on
    // stays current, so the trace panel keeps describing it.
    void setOptions(const ScheduleViewOptions &options);
    // The rows with a selected cell, in order.
    QList<qsizetype> selectedRows() const;
    // The selection on the clipboard as TSV and HTML; the rows copied.
    int copySelection(bool withHeaders);
    // The whole table as CSV through QSaveFile; the error, or empty.
    QString exportCsv(const QString &path) const;
    // File > Export Schedule as CSV: asks where, writes, and says what it did
    // in `status` or why not in a message box.
    void exportCsvAs();

Q_SIGNALS:
    void status(const QString &text);

private:
    void select(const QModelIndex &index);

    ScheduleTableModel *m_model = nullptr;
    ScheduleView *m_view = nullptr;
    WrappedLabel *m_heading = nullptr;
    WrappedLabel *m_offering = nullptr;
    WrappedLabel *m_footnotes = nullptr;
};
