// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceModel.h"

#include <QPoint>

TraceModel::TraceModel(QObject *parent) : QAbstractItemModel(parent) { }

void TraceModel::setSheet(TraceSheet sheet)
{
    beginResetModel();
    m_sheet = std::move(sheet);
    endResetModel();
}

QModelIndex TraceModel::section(TraceSection::Kind kind) const
{
    for (int s = 0; s < m_sheet.sections.size(); ++s) {
        if (m_sheet.sections[s].kind == kind)
            return index(s, 0);
    }
    return {};
}

QStringList TraceModel::texts(TraceSection::Kind kind) const
{
    QStringList list;
    const QModelIndex parent = section(kind);
    for (int r = 0; parent.isValid() && r < rowCount(parent); ++r)
        list << index(r, 0, parent).data().toString();
    return list;
}

QModelIndex TraceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) + 1 : SectionId);
}

QModelIndex TraceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == SectionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, SectionId);
}

int TraceModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sheet.sections.size());
    if (parent.internalId() == SectionId && parent.column() == 0)
        return int(m_sheet.sections.value(parent.row()).lines.size());
    return 0;
}

int TraceModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant TraceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == SectionId) {
        const TraceSection &section = m_sheet.sections[index.row()];
        switch (role) {
        case Qt::DisplayRole: return section.title;
        case SectionKindRole: return int(section.kind);
        default: return {};
        }
    }
    const TraceLine &line = m_sheet.sections[qsizetype(index.internalId() - 1)].lines[index.row()];
    switch (role) {
    case Qt::DisplayRole: return line.text;
    case Qt::ToolTipRole:
    case DetailRole: return line.detail.isEmpty() ? QVariant() : line.detail;
    case TargetRole: return QVariant::fromValue(line.target);
    case VerdictRole: return int(line.verdict);
    case ProvenanceRole: return int(line.provenance);
    case StyleRole: return int(line.style);
    case LevelRole: return line.level;
    case HighlightRole: return QPoint(int(line.highlightOffset), int(line.highlightLength));
    default: return {};
    }
}
