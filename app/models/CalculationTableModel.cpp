// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalculationTableModel.h"

#include "amount/AmountFormat.h"
#include "checks/CalculationText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

CalculationTableModel::CalculationTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void CalculationTableModel::setAnalysis(FilingAnalysisPtr analysis)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    m_order.clear();
    m_places.clear();
    if (m_analysis) {
        const QList<CalculationResult> &results = m_analysis->tieOut.calculations;
        for (qsizetype i = 0; i < results.size(); ++i)
            m_order.append(i);
        std::stable_partition(m_order.begin(), m_order.end(), [&results](qsizetype i) {
            return results[i].verdict == CalculationResult::Verdict::Fail;
        });
        m_places = FactPlace::of(m_analysis->filing);
    }
    endResetModel();
}

int CalculationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int CalculationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalculationTableModel::display(const CalculationResult &result, int column) const
{
    const XbrlInstance &xbrl = m_analysis->filing.xbrl;
    const CalculationText words(xbrl);
    switch (column) {
    case Verdict: {
        const QString verdict = CalculationText::verdict(result);
        switch (result.verdict) {
        case CalculationResult::Verdict::Pass: return tr("\u2713 %1").arg(verdict);
        case CalculationResult::Verdict::Fail: return tr("\u2717 %1").arg(verdict);
        default: return verdict;
        }
    }
    case Description: return words.description(result);
    case Context: return words.context(result);
    case Total: return result.totalFact >= 0 ? AmountFormat{}.format(xbrl.facts.at(result.totalFact).value) : QString();
    case Items: return words.arithmetic(result);
    case Network: return result.role.section(u'/', -1);
    default: return {};
    }
}

QVariant CalculationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_analysis || index.row() >= m_order.size())
        return {};
    const CalculationResult &result = m_analysis->tieOut.calculations.at(m_order[index.row()]);
    const FactPlace place = result.totalFact >= 0 ? m_places.value(result.totalFact) : FactPlace{};
    switch (role) {
    case Qt::DisplayRole: return display(result, index.column());
    case Qt::ToolTipRole: return index.column() == Network ? QVariant(result.role) : display(result, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Total ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case VerdictRole: return int(result.verdict);
    case ScheduleIndexRole: return place.schedule;
    case RowIndexRole: return place.row;
    case PeriodIndexRole: return place.period;
    case LineRole: return result.totalFact >= 0 ? m_analysis->filing.xbrl.facts.at(result.totalFact).location.line : 0;
    case ColumnRole:
        return result.totalFact >= 0 ? m_analysis->filing.xbrl.facts.at(result.totalFact).location.column : 0;
    default: return {};
    }
}

QVariant CalculationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Verdict: return tr("Verdict");
    case Description: return tr("Calculation");
    case Context: return tr("Period and dimensions");
    case Total: return tr("Total");
    case Items: return tr("Arithmetic");
    case Network: return tr("Network");
    default: return {};
    }
}
