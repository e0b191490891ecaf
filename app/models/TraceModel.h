// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tracesheet/TraceSheet.h"

#include <QAbstractItemModel>

// The trace panel's content as a two-level model: the sections at the top,
// their lines beneath. The panel renders it; tests read it.
class TraceModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        SectionKindRole = Qt::UserRole + 1, // int: TraceSection::Kind, on sections
        DetailRole,                         // QString: the line's second line
        TargetRole,                         // TraceTarget: where its link goes
        VerdictRole,                        // int: TraceLine::Verdict
        ProvenanceRole,                     // int: TraceLine::Provenance
        StyleRole,                          // int: TraceLine::Style
        LevelRole,                          // int: 0, or 1 for a part of the line above
        HighlightRole,                      // QPoint(offset, length) of a quote's highlighted clause
    };

    explicit TraceModel(QObject *parent = nullptr);

    void setSheet(TraceSheet sheet);
    const TraceSheet &sheet() const { return m_sheet; }
    void clear() { setSheet({}); }

    // The section of this kind, or an invalid index.
    QModelIndex section(TraceSection::Kind kind) const;
    // The texts of a section's lines, in order; empty when there is no such section.
    QStringList texts(TraceSection::Kind kind) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    static constexpr quintptr SectionId = 0; // internal id of sections; lines carry section + 1

    TraceSheet m_sheet;
};
