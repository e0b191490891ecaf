// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckTableModel.h"

#include "CheckFigures.h"
#include "NavigatorModel.h"
#include "checks/CheckText.h"
#include "filing/PeriodNames.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QRegularExpression>
#include <QSet>

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

// The navigator's names of the filings, without the company they share.
QStringList namesOf(const QList<FilingAnalysisPtr> &filings)
{
    QStringList names = NavigatorModel::filingNames(filings);
    QSet<QString> companies;
    for (const FilingAnalysisPtr &analysis : filings)
        companies.insert(Filing::companyKey(analysis->filing.company));
    if (companies.size() != 1 || companies.contains(QString()))
        return names;
    for (qsizetype f = 0; f < names.size(); ++f) {
        const QString company = filings[f]->filing.company + u" \u2014 "_s;
        if (names[f].startsWith(company))
            names[f].remove(0, company.size());
    }
    return names;
}

} // namespace

CheckTableModel::CheckTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void CheckTableModel::setFilings(const QList<FilingAnalysisPtr> &filings, int only)
{
    beginResetModel();
    m_filings = filings;
    m_only = only;
    m_lines.clear();
    m_periodNames.clear();
    m_textLine = -1;
    m_filingNames = namesOf(m_filings);
    for (qsizetype f = 0; f < m_filings.size(); ++f) {
        QList<QStringList> &names = m_periodNames.emplace_back();
        if (m_only >= 0 && f != m_only)
            continue;
        for (const Schedule &schedule : m_filings[f]->filing.schedules)
            names.append(PeriodNames::of(schedule));
        const Checks &checks = m_filings[f]->tieOut.checks;
        for (qsizetype c = 0; c < checks.size(); ++c) {
            for (qsizetype p = 0; p < checks[c].periods.size(); ++p)
                m_lines.append({f, c, p});
        }
    }
    std::stable_partition(m_lines.begin(), m_lines.end(), [this](const Line &line) {
        return m_filings[line.filing]->tieOut.checks[line.check].periods[line.period].verdict
               == CheckLine::Verdict::Fail;
    });
    endResetModel();
}

void CheckTableModel::setAnalysis(const FilingAnalysisPtr &analysis)
{
    if (analysis)
        setFilings({analysis}, 0);
    else
        setFilings({}, -1);
}

const Check &CheckTableModel::checkOf(qsizetype line) const
{
    return analysisOf(line).tieOut.checks[m_lines[line].check];
}

int CheckTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CheckTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckTableModel::display(qsizetype line, int column) const
{
    const Check &check = checkOf(line);
    const Filing &filing = analysisOf(line).filing;
    const CheckLine &period = writtenLine(line);
    const auto percent = [&] { return CheckFigures::isPercent(filing, check, m_lines[line].period); };
    switch (column) {
    case Verdict:
        switch (period.verdict) {
        case CheckLine::Verdict::Pass: return tr("\u2713 ties");
        case CheckLine::Verdict::Fail: return tr("\u2717 fails");
        case CheckLine::Verdict::Skipped: return tr("skipped");
        }
        return {};
    case Kind: return Check::kindName(check.kind);
    case FilingColumn: return m_filingNames.value(m_lines[line].filing);
    case ScheduleColumn: return CheckText(filing).schedule(check);
    case Description: return CheckText(filing).description(check);
    case Reported: return CheckFigures::reported(period, percent());
    case Computed: return CheckFigures::computed(period, percent());
    case Difference: return CheckFigures::difference(period);
    default: return {};
    }
}

const Period *CheckTableModel::columnOf(qsizetype line) const
{
    return CheckText(analysisOf(line).filing).column(checkOf(line), m_lines[line].period);
}

QString CheckTableModel::periodName(qsizetype line) const
{
    // Named as the schedule's headers name it: two columns of one quarter
    // (as reported, as restated) apart.
    const Line &at = m_lines[line];
    const Check &check = checkOf(line);
    if (!columnOf(line))
        return writtenLine(line).period;
    return m_periodNames[at.filing].value(check.target.schedule).value(check.periods[at.period].column);
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
        m_text = CheckText(analysisOf(line).filing).period(checkOf(line), m_lines[line].period);
        m_textLine = line;
    }
    return m_text;
}

QVariant CheckTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Line &line = m_lines[index.row()];
    const Check &check = checkOf(index.row());
    const Filing &filing = analysisOf(index.row()).filing;
    const Check::PeriodResult &stored = check.periods[line.period];
    const bool failed = stored.verdict == CheckLine::Verdict::Fail;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == PeriodColumn)
            return periodName(index.row());
        return display(index.row(), index.column());
    case SortRole:
        switch (index.column()) {
        case Verdict: return failed ? 0 : 1;
        case PeriodColumn: return periodSortKey(index.row());
        case Reported: return sortValue(writtenLine(index.row()).reported);
        case Computed: return sortValue(writtenLine(index.row()).computed);
        case Difference: return sortValue(writtenLine(index.row()).difference);
        default: return display(index.row(), index.column());
        }
    case Qt::ToolTipRole: {
        if (index.column() == PeriodColumn)
            return writtenLine(index.row()).period;
        QStringList lines;
        // A sum of rounded figures gives a range; the figure shown is its middle.
        if (index.column() == Computed)
            lines << CheckFigures::computedRange(writtenLine(index.row()),
                                                 CheckFigures::isPercent(filing, check, line.period));
        if (index.column() == FilingColumn)
            lines << QDir::toNativeSeparators(filing.path);
        lines << CheckText(filing).description(check) << writtenLine(index.row()).arithmetic;
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
    case FilingIndexRole: return int(line.filing);
    case SourceLineRole: return CheckText(filing).location(check, line.period).line;
    case SourceColumnRole: return CheckText(filing).location(check, line.period).column;
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
    case FilingColumn: return tr("Filing");
    case ScheduleColumn: return tr("Schedule");
    case Description: return tr("Check");
    case PeriodColumn: return tr("Period");
    case Reported: return tr("Reported");
    case Computed: return tr("Computed");
    case Difference: return tr("Difference");
    default: return {};
    }
}
