// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FactPlace.h"
#include "analysis/FilingAnalysis.h"

#include <QAbstractTableModel>

// Every fact of an inline XBRL document, a row each, in document order:
// concept and the filing's label, period, dimensions, unit, decimals, the
// exact value and the text shown, and the line it is shown on. Each row
// knows where the fact is shown: a schedule's cell, else a place in the file.
class FactTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Concept, PeriodColumn, Value, Unit, Dimensions, Decimals, Label, Shown, Line, ColumnCount };
    enum Role {
        FactRole = Qt::UserRole + 1, // int: the fact's index in XbrlInstance::facts
        SortRole,                    // what sorting compares: values by amount, periods by date
        PeriodKeyRole,               // QString: the period as XbrlPeriod::toString writes it
        DimensionKeysRole,           // QStringList: the axes of the fact's context
        UnitKeyRole,                 // QString: the unit's name
        ScheduleIndexRole,           // int: the schedule of the cell showing it, -1 when none
        RowIndexRole,                // int: that cell's row
        PeriodIndexRole,             // int: that cell's period
    };

    explicit FactTableModel(QObject *parent = nullptr);

    void setAnalysis(FilingAnalysisPtr analysis);
    const FilingAnalysisPtr &analysis() const { return m_analysis; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const XbrlFact &fact, int column) const;

    FilingAnalysisPtr m_analysis;
    QList<FactPlace> m_places; // per fact: the first cell that shows it
};
