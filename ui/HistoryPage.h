// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/ScheduleHistory.h"

#include "PlaceListPage.h"

class HistoryTableModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

// A schedule across every filing of its company open in the window: its
// lines down, each period any filing reports across, as last reported,
// with the change between any two periods the analyst picks. Selected
// lines chart across the periods; activating a figure opens it in the
// filing it comes from.
class HistoryPage : public PlaceListPage
{
    Q_OBJECT

public:
    explicit HistoryPage(QWidget *parent = nullptr);

    // `files` names each filing open, by its index in the window.
    void setHistory(const ScheduleHistory &history, const QStringList &files);
    const ScheduleHistory &history() const;
    QTableView *view() const override { return m_view; }
    HistoryTableModel *model() const { return m_model; }
    QComboBox *changeFrom() const { return m_from; }
    QComboBox *changeTo() const { return m_to; }
    // Selects the line with this label (the first when none has it).
    void selectLine(const QString &label);
    // The lines selected, as indices of the history's lines.
    QList<qsizetype> selectedLines() const;

Q_SIGNALS:
    // Chart these lines (indices of the history's lines) across the periods.
    void chartRequested(const QList<qsizetype> &lines);

private:
    void activate(const QModelIndex &index);

    HistoryTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_chart = nullptr;
};
