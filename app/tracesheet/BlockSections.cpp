// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlockSections.h"

#include "TraceWording.h"
#include "amount/AmountFormat.h"
#include "derived/DerivedValues.h"
#include "matching/FinancialLabels.h"
#include "matching/PeriodAlignment.h"

#include <QObject>

using namespace Qt::StringLiterals;

QList<TraceSection> BlockSections::of(const FilingAnalysis &analysis, const QList<const AdjustmentTrace *> &adjustments)
{
    if (adjustments.isEmpty())
        return {};
    QList<TraceSection> sections{block(analysis, adjustments)};
    const AdjustmentTrace &first = *adjustments.constFirst();
    if (auto margin = margins(analysis, first.block, first.nonGaap))
        sections.append(*margin);
    return sections;
}

TraceSection BlockSections::block(const FilingAnalysis &analysis, const QList<const AdjustmentTrace *> &adjustments)
{
    const AdjustmentTrace &first = *adjustments.constFirst();
    TraceSection section;
    section.kind = TraceSection::Kind::Block;
    section.title = QObject::tr("GAAP + adjustments = non-GAAP");
    const auto figureLine = [&analysis](const RowRef &ref, int level) {
        const Row &row = TraceWording::rowOf(analysis, ref);
        TraceLine line = TraceWording::rowLine(analysis, ref, level);
        line.text = row.notes.isEmpty() ? row.label : QObject::tr("%1 (%2)").arg(row.label, row.noteText());
        line.detail = TraceWording::figuresOf(analysis, ref);
        return line;
    };
    section.lines.append(figureLine(first.block, 0));
    for (const AdjustmentTrace *adjustment : adjustments)
        section.lines.append(figureLine(adjustment->row, 1));
    section.lines.append(figureLine(first.nonGaap, 0));

    for (const Check &check : analysis.tieOut.checks) {
        if (check.kind == Check::Kind::Reconciliation && check.target == first.nonGaap)
            TraceWording::addCheckLines(section, analysis.filing, TraceWording::scheduleOf(analysis, first.nonGaap),
                                        check);
    }
    return section;
}

std::optional<TraceSection> BlockSections::margins(const FilingAnalysis &analysis, const RowRef &gaap,
                                                   const RowRef &nonGaap)
{
    const Row &gaapRow = TraceWording::rowOf(analysis, gaap);
    const Row &nonGaapRow = TraceWording::rowOf(analysis, nonGaap);
    const auto revenue = revenueFor(analysis, gaap.schedule);
    if (!gaapRow.isFigure() || !nonGaapRow.isFigure() || !revenue)
        return std::nullopt;
    const Row &base = TraceWording::rowOf(analysis, revenue->first);
    const Schedule &home = TraceWording::scheduleOf(analysis, gaap);
    TraceSection section;
    section.kind = TraceSection::Kind::Margins;
    section.title = QObject::tr("As a percentage of %1").arg(base.label);
    const auto percent = [](const Row &row, const Cell &value, const Cell &of) {
        const DerivedValue share = DerivedValues::commonSize(row, value, of);
        const auto rounded = share.isValue() ? share.amount.rounded(DerivedValues::PercentDecimals) : std::nullopt;
        return rounded ? rounded->toPlainString() + u'%' : QObject::tr("n/m");
    };
    for (qsizetype p = 0; p < home.periods.size(); ++p) {
        const Cell &of = base.cells.value(revenue->second.value(p));
        const Cell &gaapCell = gaapRow.cells.value(p);
        const Cell &nonGaapCell = nonGaapRow.cells.value(p);
        TraceLine line;
        line.text = QObject::tr("%1: GAAP %2 against non-GAAP %3")
                        .arg(TraceWording::periodName(home, p), percent(gaapRow, gaapCell, of),
                             percent(nonGaapRow, nonGaapCell, of));
        line.detail = QObject::tr("%1 and %2 ÷ %3")
                          .arg(AmountFormat().format(gaapCell.amount), AmountFormat().format(nonGaapCell.amount),
                               AmountFormat().format(of.amount));
        line.target = TraceTarget::toCell(revenue->first, revenue->second.value(p));
        line.provenance = TraceLine::Provenance::Computed;
        section.lines.append(line);
    }
    return section;
}

std::optional<std::pair<RowRef, QList<qsizetype>>> BlockSections::revenueFor(const FilingAnalysis &analysis,
                                                                             qsizetype schedule)
{
    const QList<Schedule> &schedules = analysis.filing.schedules;
    for (qsizetype i = 0; i < schedules.size(); ++i) {
        const qsizetype s = (schedule + i) % schedules.size();
        const QList<qsizetype> columns = PeriodAlignment::columns(schedules[schedule], schedules[s]);
        if (columns.contains(-1))
            continue;
        for (qsizetype r = 0; r < schedules[s].rows.size(); ++r) {
            if (FinancialLabels::isRevenueTotal(schedules[s].rows[r]))
                return std::pair{RowRef{s, r}, columns};
        }
    }
    return std::nullopt;
}
