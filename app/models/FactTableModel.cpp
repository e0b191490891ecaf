// SPDX-License-Identifier: GPL-3.0-or-later
#include "FactTableModel.h"

#include "amount/AmountFormat.h"

using namespace Qt::StringLiterals;

namespace {

QString periodText(const XbrlContext *context)
{
    if (!context || !context->period.isValid())
        return {};
    const XbrlPeriod &period = context->period;
    if (period.isForever)
        return FactTableModel::tr("forever");
    if (period.instant)
        return period.end.toString(Qt::ISODate);
    return FactTableModel::tr("%1 to %2").arg(period.start.toString(Qt::ISODate), period.end.toString(Qt::ISODate));
}

} // namespace

FactTableModel::FactTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void FactTableModel::setAnalysis(FilingAnalysisPtr analysis)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    m_places = m_analysis ? FactPlace::of(m_analysis->filing) : QList<FactPlace>();
    endResetModel();
}

int FactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_analysis ? 0 : int(m_analysis->filing.xbrl.facts.size());
}

int FactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FactTableModel::display(const XbrlFact &fact, int column) const
{
    const XbrlInstance &xbrl = m_analysis->filing.xbrl;
    switch (column) {
    case Concept: return fact.conceptName;
    case Label: return xbrl.labels.value(fact.conceptName);
    case PeriodColumn: return periodText(xbrl.contextOf(fact));
    case Dimensions: {
        QStringList parts;
        if (const XbrlContext *context = xbrl.contextOf(fact)) {
            for (const XbrlDimension &dimension : context->dimensions)
                parts << dimension.axis + u" = "_s + dimension.member;
        }
        return parts.join(u"; "_s);
    }
    case Unit: {
        const XbrlUnit *unit = xbrl.unitOf(fact);
        return unit ? unit->name() : QString();
    }
    case Decimals: return fact.decimalsText();
    case Value:
        if (fact.nil)
            return tr("nil");
        if (!fact.numeric)
            return fact.text.simplified().left(200);
        return AmountFormat{}.format(fact.value);
    case Shown: return fact.numeric ? fact.displayed : QString();
    case Line: return fact.location.line;
    default: return {};
    }
}

QVariant FactTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_analysis || index.row() >= rowCount())
        return {};
    const XbrlInstance &xbrl = m_analysis->filing.xbrl;
    const XbrlFact &fact = xbrl.facts.at(index.row());
    const FactPlace &place = m_places.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(fact, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Value && !fact.numeric)
            return fact.text.simplified().left(2000);
        return display(fact, index.column());
    case Qt::TextAlignmentRole:
        return (index.column() == Value && fact.numeric) || index.column() == Decimals || index.column() == Line
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case FactRole: return index.row();
    case SortRole:
        if (index.column() == Value && fact.numeric && !fact.nil)
            return fact.value.toDouble(); // only the order: the shown value stays exact
        if (index.column() == PeriodColumn) {
            const XbrlContext *context = xbrl.contextOf(fact);
            return context ? context->period.end.toString(Qt::ISODate) + context->period.start.toString(Qt::ISODate)
                           : QString();
        }
        if (index.column() == Line)
            return fact.location.line * 1e7 + fact.location.column;
        return display(fact, index.column());
    case PeriodKeyRole: {
        const XbrlContext *context = xbrl.contextOf(fact);
        return context ? context->period.toString() : QString();
    }
    case DimensionKeysRole: {
        QStringList axes;
        if (const XbrlContext *context = xbrl.contextOf(fact)) {
            for (const XbrlDimension &dimension : context->dimensions)
                axes << dimension.axis;
        }
        return axes;
    }
    case UnitKeyRole: {
        const XbrlUnit *unit = xbrl.unitOf(fact);
        return unit ? unit->name() : QString();
    }
    case ScheduleIndexRole: return place.schedule;
    case RowIndexRole: return place.row;
    case PeriodIndexRole: return place.period;
    default: return {};
    }
}

QVariant FactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Concept: return tr("Concept");
    case Label: return tr("Label");
    case PeriodColumn: return tr("Period");
    case Dimensions: return tr("Dimensions");
    case Unit: return tr("Unit");
    case Decimals: return tr("Decimals");
    case Value: return tr("Value");
    case Shown: return tr("Shown");
    case Line: return tr("Line");
    default: return {};
    }
}
