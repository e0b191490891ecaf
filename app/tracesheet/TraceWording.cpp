// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceWording.h"

#include "amount/AmountFormat.h"
#include "checks/CheckText.h"
#include "filing/PeriodNames.h"

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

QString TraceWording::figuresOf(const FilingAnalysis &analysis, const RowRef &ref)
{
    QStringList figures;
    for (const Cell &cell : rowOf(analysis, ref).cells) {
        const QStringView printed = analysis.filing.textOf(cell);
        figures << (printed.isEmpty() ? AmountFormat().format(cell.amount) : printed.toString());
    }
    return figures.join(u" · "_s);
}

QString TraceWording::periodName(const Schedule &schedule, qsizetype period)
{
    return period >= 0 && period < schedule.periods.size() ? PeriodNames::of(schedule).value(period) : QString();
}

QString TraceWording::periodNamed(const Schedule &schedule, const QString &label)
{
    for (qsizetype p = 0; p < schedule.periods.size(); ++p) {
        if (schedule.periods[p].label() == label)
            return PeriodNames::of(schedule).value(p);
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

void TraceWording::addCheckLines(TraceSection &section, const Filing &filing, const Schedule &schedule,
                                 const Check &check)
{
    for (const CheckLine &period : CheckText(filing).periods(check)) {
        if (period.verdict == CheckLine::Verdict::Skipped)
            continue;
        TraceLine line;
        const QString what = period.arithmetic.isEmpty()
                                 ? QObject::tr("reported %1, computed %2").arg(period.reported, period.computed)
                                 : period.arithmetic;
        line.text = QObject::tr("%1: %2").arg(periodNamed(schedule, period.period), what);
        line.verdict = verdictOf(period.verdict == CheckLine::Verdict::Pass);
        line.provenance = TraceLine::Provenance::Computed;
        if (period.verdict == CheckLine::Verdict::Fail)
            line.detail = QObject::tr("difference %1").arg(period.difference);
        section.lines.append(line);
    }
}
