// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceWording.h"

#include "amount/AmountFormat.h"

#include <QObject>

using namespace Qt::StringLiterals;

const Row &TraceWording::rowOf(const FilingAnalysis &analysis, const RowRef &ref)
{
    return analysis.filing.schedules.at(ref.schedule).rows.at(ref.row);
}

const Schedule &TraceWording::scheduleOf(const FilingAnalysis &analysis, const RowRef &ref)
{
    return analysis.filing.schedules.at(ref.schedule);
}

QString TraceWording::fullLabel(const Row &row)
{
    QString group = row.group;
    if (group.endsWith(u':'))
        group.chop(1);
    return group.isEmpty() || group == row.label ? row.label : QObject::tr("%1 — %2").arg(row.label, group);
}

QString TraceWording::placeOf(const FilingAnalysis &analysis, const RowRef &ref)
{
    return QObject::tr("%1 · line %2").arg(scheduleOf(analysis, ref).title).arg(rowOf(analysis, ref).location.line);
}

QString TraceWording::figuresOf(const Row &row)
{
    QStringList figures;
    for (const Cell &cell : row.cells)
        figures << (cell.text.isEmpty() ? AmountFormat().format(cell.amount) : cell.text);
    return figures.join(u" · "_s);
}

QString TraceWording::periodName(const Schedule &schedule, qsizetype period)
{
    return period >= 0 && period < schedule.periods.size() ? schedule.periods[period].shortLabel() : QString();
}

QString TraceWording::periodNamed(const Schedule &schedule, const QString &label)
{
    for (const Period &period : schedule.periods) {
        if (period.label() == label)
            return period.shortLabel();
    }
    return label;
}

TraceLine TraceWording::rowLine(const FilingAnalysis &analysis, const RowRef &ref, int level)
{
    TraceLine line;
    line.text = fullLabel(rowOf(analysis, ref));
    line.detail = placeOf(analysis, ref);
    line.target = TraceTarget::toRow(ref);
    line.level = level;
    return line;
}
