// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckTableModel.h"

#include "CheckFigures.h"
#include "checks/CheckText.h"
#include "filing/PeriodNames.h"

#include <QBrush>
#include <QColor>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// Numbers sort by value, not as text ("9" after "1,000"); an interval
// "[626935.5, 626937.5]" by its lower end; a blank first. A double is
// exact enough to order figures, and is used for nothing else.
double sortValue(const QString &plain)
{
    static const QRegularExpression number(uR"(-?\d+(\.\d+)?)"_s);
    const auto match = number.match(plain);
    return match.hasMatch() ? match.captured(0).toDouble() : -std::numeric_limits<double>::infinity();
}

} // namespace

CheckTableModel::CheckTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void CheckTableModel::setAnalysis(FilingAnalysisPtr analysis)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    m_lines.clear();
    m_periodNames.clear();
    m_textLine = -1;
    if (m_analysis) {
        for (const Schedule &schedule : m_analysis->filing.schedules)
            m_periodNames.append(PeriodNames::of(schedule));
        const Checks &checks = m_analysis->tieOut.checks;
        for (qsizetype c = 0; c < checks.size(); ++c) {
            for (qsizetype p = 0; p < checks[c].periods.size(); ++p)
                m_lines.append({c, p});
        }
        std::stable_partition(m_lines.begin(), m_lines.end(), [&checks](const Line &line) {
            return checks[line.check].periods[line.period].verdict == CheckLine::Verdict::Fail;
        });
    }
    endResetModel();
}

int CheckTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CheckTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckTableModel::display(const Check &check, qsizetype line, int column) const
{
    const CheckLine &period = writtenLine(line);
    const auto percent = [&] { return CheckFigures::isPercent(m_analysis->filing, check, m_lines[line].period); };
    switch (column) {
    case Verdict:
        switch (period.verdict) {
        case CheckLine::Verdict::Pass: return tr("\u2713 ties");
        case CheckLine::Verdict::Fail: return tr("\u2717 fails");
        case CheckLine::Verdict::Skipped: return tr("skipped");
        }
        return {};
    case Kind: return Check::kindName(check.kind);
    case ScheduleColumn: return CheckText(m_analysis->filing).schedule(check);
    case Description: return CheckText(m_analysis->filing).description(check);
    case Reported: return CheckFigures::reported(period, percent());
    case Computed: return CheckFigures::computed(period, percent());
    case Difference: return CheckFigures::difference(period);
    default: return {};
    }
}

const Period *CheckTableModel::columnOf(qsizetype line) const
{
    const Line &at = m_lines[line];
    return CheckText(m_analysis->filing).column(m_analysis->tieOut.checks[at.check], at.period);
}

QString CheckTableModel::periodName(qsizetype line) const
{
    // Named as the schedule's headers name it: two columns of one quarter
    // (as reported, as restated) apart.
    const Line &at = m_lines[line];
    const Check &check = m_analysis->tieOut.checks[at.check];
    if (!columnOf(line))
        return writtenLine(line).period;
    return m_periodNames.value(check.target.schedule).value(check.periods[at.period].column);
}

QString CheckTableModel::periodSortKey(qsizetype line) const
{
    // In time order: by the period's end, then the longer period first
    // (a year before its last quarter), then as printed.
    const Period *column = columnOf(line);
    if (!column || !column->date.isValid())
        return writtenLine(line).period;
    const int longerFirst = 99 - qBound(0, column->months, 99);
    return u"%1 %2 %3"_s.arg(column->date.toString(Qt::ISODate))
        .arg(longerFirst, 2, 10, QLatin1Char('0'))
        .arg(column->label());
}

const CheckLine &CheckTableModel::writtenLine(qsizetype line) const
{
    if (m_textLine != line) {
        const Line &at = m_lines[line];
        m_text = CheckText(m_analysis->filing).period(m_analysis->tieOut.checks[at.check], at.period);
        m_textLine = line;
    }
    return m_text;
}

QVariant CheckTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_analysis)
        return {};
    const Line &line = m_lines[index.row()];
    const Check &check = m_analysis->tieOut.checks[line.check];
    const Check::PeriodResult &stored = check.periods[line.period];
    const bool failed = stored.verdict == CheckLine::Verdict::Fail;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == PeriodColumn)
            return periodName(index.row());
        return display(check, index.row(), index.column());
    case SortRole:
        switch (index.column()) {
        case Verdict: return failed ? 0 : 1;
        case PeriodColumn: return periodSortKey(index.row());
        case Reported: return sortValue(writtenLine(index.row()).reported);
        case Computed: return sortValue(writtenLine(index.row()).computed);
        case Difference: return sortValue(writtenLine(index.row()).difference);
        default: return display(check, index.row(), index.column());
        }
    case Qt::ToolTipRole: {
        if (index.column() == PeriodColumn)
            return writtenLine(index.row()).period;
        QStringList lines;
        // A sum of rounded figures gives a range; the figure shown is its middle.
        if (index.column() == Computed)
            lines << CheckFigures::computedRange(writtenLine(index.row()),
                                                 CheckFigures::isPercent(m_analysis->filing, check, line.period));
        lines << CheckText(m_analysis->filing).description(check) << writtenLine(index.row()).arithmetic;
        lines.removeAll(QString());
        return lines.join(u'\n');
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() >= Reported ? Qt::AlignRight | Qt::AlignVCenter
                                                              : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (failed && index.column() == Verdict)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case ScheduleIndexRole: return int(check.target.schedule);
    case KindRole: return int(check.kind);
    case RowIndexRole: return int(check.target.row);
    case SourceLineRole: return CheckText(m_analysis->filing).location(check, line.period).line;
    case SourceColumnRole: return CheckText(m_analysis->filing).location(check, line.period).column;
    case FailedRole: return failed;
    case VerdictRole: return int(stored.verdict);
    default: return {};
    }
}

QVariant CheckTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Verdict: return tr("Verdict");
    case Kind: return tr("Kind");
    case ScheduleColumn: return tr("Schedule");
    case Description: return tr("Check");
    case PeriodColumn: return tr("Period");
    case Reported: return tr("Reported");
    case Computed: return tr("Computed");
    case Difference: return tr("Difference");
    default: return {};
    }
}
