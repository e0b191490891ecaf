// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleTableModel.h"

#include "CheckFigures.h"
#include "amount/AmountFormat.h"
#include "amount/AmountParser.h"
#include "checks/CheckText.h"
#include "derived/DerivedValues.h"
#include "filing/PeriodNames.h"
#include "matching/FinancialLabels.h"

#include <QFont>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Million = 1000000;

quint64 keyOf(const SourceLocation &location)
{
    return (quint64(quint32(location.line)) << 32) | quint32(location.column);
}

const Schedule &emptySchedule()
{
    static const Schedule none;
    return none;
}

QString formatDerived(const DerivedValue &value, const AmountFormat &format, const QString &suffix = {})
{
    switch (value.state) {
    case DerivedValue::State::Blank: return {};
    case DerivedValue::State::NotMeaningful: return ScheduleTableModel::tr("n/m");
    case DerivedValue::State::Value: break;
    }
    return format.format(value.amount) + suffix;
}

// Column headings wrap at word boundaries so long ones ("Percentage of
// Notes Outstanding") do not widen their column past its figures.
constexpr qsizetype HeaderWidth = 20;

QString wrapped(const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines) {
        QString current;
        for (const QString &word : line.split(u' ', Qt::SkipEmptyParts)) {
            if (!current.isEmpty() && current.size() + 1 + word.size() > HeaderWidth) {
                out << current;
                current.clear();
            }
            current += current.isEmpty() ? word : u' ' + word;
        }
        if (!current.isEmpty())
            out << current;
    }
    return out.join(u'\n');
}

AmountFormat percentFormat()
{
    AmountFormat format;
    format.percent = true;
    format.decimals = DerivedValues::PercentDecimals;
    return format;
}

} // namespace

ScheduleTableModel::ScheduleTableModel(QObject *parent) : QAbstractTableModel(parent) { }

const Schedule &ScheduleTableModel::schedule() const
{
    if (!m_analysis || m_index < 0 || m_index >= m_analysis->filing.schedules.size())
        return emptySchedule();
    return m_analysis->filing.schedules[m_index];
}

void ScheduleTableModel::setSchedule(FilingAnalysisPtr analysis, qsizetype index)
{
    beginResetModel();
    m_analysis = std::move(analysis);
    m_index = index;
    m_commonSizeBase = FinancialLabels::commonSizeBase(schedule());
    m_periodNames = PeriodNames::of(schedule());
    indexChecks();
    findRules();
    rebuild();
    endResetModel();
}

void ScheduleTableModel::setOptions(const ScheduleViewOptions &options)
{
    if (options == m_options)
        return;
    beginResetModel();
    m_options = options;
    rebuild();
    endResetModel();
}

bool ScheduleTableModel::canCompare() const
{
    const Schedule &s = schedule();
    return s.periods.size() >= 2 && s.periods[0].unit == RowUnit::None && s.periods[1].unit == RowUnit::None;
}

bool ScheduleTableModel::canShowMillions() const
{
    qint64 scale = schedule().scale;
    if (scale <= 0 || scale >= Million || schedule().periods.isEmpty() || schedule().periods[0].unit != RowUnit::None)
        return false;
    while (scale % 10 == 0)
        scale /= 10;
    return scale == 1;
}

QString ScheduleTableModel::commonSizeBaseLabel() const
{
    return canCommonSize() ? schedule().rows[m_commonSizeBase].label : QString();
}

QString ScheduleTableModel::unitsText() const
{
    if (m_options.millions && canShowMillions())
        return tr("in millions, except per share amounts and percentages");
    return schedule().unitsCaption();
}

QString ScheduleTableModel::unitsWithCurrency(const QString &units)
{
    const QString text = units.simplified();
    if (text.isEmpty())
        return {};
    static const QString dollars = uR"((?:(?:u\.?\s?s\.?\s*|us\s+)?dollars|us\$|usd|\$))"_s;
    // "Dollars in thousands", "$ in millions", "U.S. dollars in thousands".
    static const QRegularExpression leading(u"^"_s + dollars + uR"(\s*(in\b.*)$)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    // "in thousands of dollars, except …", "in millions of U.S. dollars".
    static const QRegularExpression trailing(uR"(^(in\s+\w+)\s+of\s+)"_s + dollars + uR"(\b(.*)$)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    // Any other currency, or dollars of another country: as printed.
    static const QRegularExpression other(
        uR"(\b(?:dollars?|euros?|pounds?|sterling|yen|yuan|renminbi|francs?|rupees?|won|kronor|kroner|pesos?|reais)\b|[€£¥₹])"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString rest;
    if (const QRegularExpressionMatch m = leading.match(text); m.hasMatch())
        rest = m.captured(1);
    else if (const QRegularExpressionMatch t = trailing.match(text); t.hasMatch())
        rest = t.captured(1) + t.captured(2);
    else if (other.match(text).hasMatch())
        return text;
    else
        rest = text;
    // "In thousands" inside the line reads "in thousands".
    if (rest.startsWith(u"In "_s))
        rest[0] = u'i';
    return u"$ "_s + rest;
}

void ScheduleTableModel::rebuild()
{
    const Schedule &s = schedule();
    m_columns.clear();
    m_columns.append({ColumnKind::Label, -1});
    if (s.hasNoteColumn)
        m_columns.append({ColumnKind::Note, -1});
    for (int p = 0; p < s.periods.size(); ++p) {
        m_columns.append({ColumnKind::Value, p});
        if (m_recomputedPeriods.value(p))
            m_columns.append({ColumnKind::Recomputed, p});
        if (m_options.commonSize && canCommonSize())
            m_columns.append({ColumnKind::CommonSize, p});
    }
    if (m_options.change && canCompare()) {
        m_columns.append({ColumnKind::Change, -1});
        m_columns.append({ColumnKind::Growth, -1});
    }
}

void ScheduleTableModel::indexChecks()
{
    m_checked.clear();
    const Schedule &s = schedule();
    m_recomputedPeriods = QList<bool>(s.periods.size(), false);
    if (!m_analysis)
        return;
    const Checks &checks = m_analysis->tieOut.checks;
    const CheckText words(m_analysis->filing);
    for (qsizetype c = 0; c < checks.size(); ++c) {
        const Check &check = checks[c];
        if (check.target.schedule != m_index || check.target.row >= s.rows.size())
            continue;
        for (qsizetype p = 0; p < check.periods.size(); ++p)
            m_checked[keyOf(words.location(check, p))].append({c, p});
        if (check.kind != Check::Kind::Holder)
            continue;
        // A holder's figures are recomputed from the offering: show them beside the filed column.
        const Row &row = s.rows[check.target.row];
        const QList<CheckLine> periods = words.periods(check);
        for (qsizetype p = 0; p < row.cells.size() && p < m_recomputedPeriods.size(); ++p) {
            for (const CheckLine &period : periods) {
                // A marker ("*", under 1%) is a verdict, not a figure to set a computed one beside.
                if (row.cells[p].location == period.location && !row.cells[p].marker
                    && !period.computed.startsWith(u'['))
                    m_recomputedPeriods[p] = true;
            }
        }
    }
}

void ScheduleTableModel::findRules()
{
    const Schedule &s = schedule();
    m_rules = QList<int>(s.rows.size(), NoRule);
    QList<bool> isTerm(s.rows.size(), false);
    QList<bool> isTotal(s.rows.size(), false);
    if (m_analysis && m_index < m_analysis->tieOut.structures.size()) {
        for (const Relation &relation : m_analysis->tieOut.structures[m_index].relations) {
            if (relation.basis == Relation::Basis::Reconciliation)
                continue;
            isTotal[relation.total] = true;
            for (const Relation::Term &term : relation.terms)
                isTerm[term.row] = true;
        }
    }
    for (qsizetype r = 0; r < s.rows.size(); ++r) {
        if (s.rows[r].kind != RowKind::Total)
            continue;
        // A total that no other total builds on ends its statement: a double rule under it.
        m_rules[r] = RuleAbove | (isTotal[r] && !isTerm[r] ? DoubleRuleBelow : NoRule);
    }
}

ScheduleTableModel::ColumnKind ScheduleTableModel::columnKind(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns[column].kind : ColumnKind::Label;
}

int ScheduleTableModel::periodOf(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return -1;
    const ColumnKind kind = m_columns[column].kind;
    return kind == ColumnKind::Value || kind == ColumnKind::Recomputed || kind == ColumnKind::CommonSize
               ? m_columns[column].period
               : -1;
}

int ScheduleTableModel::valueColumn(int period) const
{
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns[c].kind == ColumnKind::Value && m_columns[c].period == period)
            return c;
    }
    return -1;
}

const Cell *ScheduleTableModel::cellAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= schedule().rows.size())
        return nullptr;
    const int period = periodOf(index.column());
    const Row &row = schedule().rows[index.row()];
    if (period < 0 || period >= row.cells.size() || columnKind(index.column()) != ColumnKind::Value)
        return nullptr;
    return &row.cells[period];
}

const QList<ScheduleTableModel::CheckedCell> *ScheduleTableModel::checkedAt(const QModelIndex &index) const
{
    const Cell *cell = cellAt(index);
    if (!cell)
        return nullptr;
    const auto found = m_checked.constFind(keyOf(cell->location));
    return found == m_checked.cend() ? nullptr : &*found;
}

DerivedValue ScheduleTableModel::millions(const Row &row, const Cell &cell) const
{
    if (!m_options.millions || !canShowMillions())
        return DerivedValue::blank();
    return DerivedValues::inMillions(row, cell, schedule().scale);
}

int ScheduleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(schedule().rows.size());
}

int ScheduleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString ScheduleTableModel::displayText(const Filing &filing, const Row &row, const Cell &cell)
{
    if (cell.marker || !cell.readable)
        return filing.textOf(cell).toString();
    AmountFormat format;
    format.currency = cell.currency;
    format.percent = cell.percent;
    if (row.unit() == RowUnit::PerShare)
        format.decimals = qMax(2, cell.amount.decimals());
    return format.format(cell.amount);
}

const ScheduleTableModel::CheckedCell *ScheduleTableModel::recomputed(const Row &row, int period) const
{
    if (period < 0 || period >= row.cells.size())
        return nullptr;
    const auto found = m_checked.constFind(keyOf(row.cells[period].location));
    if (found == m_checked.cend())
        return nullptr;
    for (const CheckedCell &checked : *found) {
        if (m_analysis->tieOut.checks[checked.check].kind == Check::Kind::Holder)
            return &checked;
    }
    return nullptr;
}

QString ScheduleTableModel::recomputedText(const Row &row, int period) const
{
    const CheckedCell *checked = recomputed(row, period);
    if (!checked)
        return {};
    const QString computed =
        CheckText(m_analysis->filing).period(m_analysis->tieOut.checks[checked->check], checked->period).computed;
    const AmountParseResult parsed = AmountParser::parse(computed);
    if (!parsed.ok)
        return computed;
    // Exact to the cent of a share or the hundredth of a percent: enough to
    // see why a filed figure rounds the way it does, or does not.
    AmountFormat format;
    format.percent = schedule().periods[period].unit == RowUnit::Percent;
    const auto shown = parsed.amount.rounded(qMin(parsed.amount.decimals(), 2));
    return format.format(shown.value_or(parsed.amount));
}

DerivedValue ScheduleTableModel::derived(const Row &row, const Column &column) const
{
    const QList<Cell> &cells = row.cells;
    switch (column.kind) {
    case ColumnKind::CommonSize:
        if (column.period >= cells.size() || m_commonSizeBase < 0)
            return {};
        return DerivedValues::commonSize(row, cells[column.period],
                                         schedule().rows[m_commonSizeBase].cells.value(column.period));
    case ColumnKind::Change: return cells.size() < 2 ? DerivedValue() : DerivedValues::change(row, cells[0], cells[1]);
    case ColumnKind::Growth:
        return cells.size() < 2 ? DerivedValue() : DerivedValues::growthPercent(row, cells[0], cells[1]);
    default: return {};
    }
}

QString ScheduleTableModel::derivedText(const Row &row, const Column &column) const
{
    const DerivedValue value = derived(row, column);
    if (column.kind != ColumnKind::Change)
        return formatDerived(value, percentFormat());
    AmountFormat format;
    if (row.unit() == RowUnit::PerShare)
        format.decimals = 2;
    return formatDerived(value, format, row.unit() == RowUnit::Percent ? tr(" pts") : QString());
}

QString ScheduleTableModel::text(const Row &row, const Column &column) const
{
    switch (column.kind) {
    case ColumnKind::Label: return row.label;
    case ColumnKind::Note: return row.noteText();
    case ColumnKind::Value: {
        if (column.period >= row.cells.size() || !RowKinds::carriesValues(row.kind))
            return {};
        const Cell &cell = row.cells[column.period];
        const DerivedValue inMillions = millions(row, cell);
        if (!inMillions.isValue())
            return displayText(m_analysis->filing, row, cell);
        AmountFormat format;
        format.currency = cell.currency;
        format.decimals = DerivedValues::PercentDecimals;
        return format.format(inMillions.amount);
    }
    case ColumnKind::Recomputed: return recomputedText(row, column.period);
    default: return derivedText(row, column);
    }
}

void ScheduleTableModel::setDifferences(const FigureDifferences &differences, const QStringList &files)
{
    m_differences = differences;
    m_files = files;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {ComparedRole, Qt::ToolTipRole});
}

const FigureDifference *ScheduleTableModel::differenceAt(const QModelIndex &index) const
{
    const Column &column = m_columns[index.column()];
    if (column.kind != ColumnKind::Value)
        return nullptr;
    for (const FigureDifference &difference : m_differences) {
        const FigureDifference::Side &side = difference.later;
        if (side.row.schedule == m_index && side.row.row == index.row() && side.period == column.period)
            return &difference;
    }
    return nullptr;
}

QString ScheduleTableModel::toolTip(const QModelIndex &index) const
{
    const Row &row = schedule().rows[index.row()];
    const Cell *cell = cellAt(index);
    const QStringView printed = cell ? m_analysis->filing.textOf(*cell) : QStringView();
    if (printed.isEmpty())
        return {};
    QStringList lines;
    lines << row.label << schedule().periods[periodOf(index.column())].label() << tr("As filed: %1").arg(printed)
          << tr("Line %1, column %2").arg(cell->location.line).arg(cell->location.column);
    if (const FigureDifference *difference = differenceAt(index)) {
        lines << QString()
              << tr("Reported before as %1 in %2, line %3")
                     .arg(AmountFormat{}.format(difference->earlier.value), m_files.value(difference->earlier.filing))
                     .arg(difference->earlier.location.line);
    }
    const QList<CheckedCell> *checked = checkedAt(index);
    const CheckText words(m_analysis->filing);
    for (const CheckedCell &c : checked ? *checked : QList<CheckedCell>()) {
        const Check &check = m_analysis->tieOut.checks[c.check];
        const CheckLine period = words.period(check, c.period);
        const bool passed = period.verdict != CheckLine::Verdict::Fail;
        lines << QString();
        lines << (passed ? u"\u2713 "_s : u"\u2717 "_s) + words.description(check);
        if (!period.arithmetic.isEmpty())
            lines << u"    "_s + period.arithmetic;
        if (!passed || period.arithmetic.isEmpty()) {
            const bool percent = CheckFigures::isPercent(m_analysis->filing, check, c.period);
            QString computed = CheckFigures::computed(period, percent);
            if (const QString range = CheckFigures::computedRange(period, percent); !range.isEmpty())
                computed += u" ("_s + range + u')';
            lines << tr("    reported %1, computed %2, difference %3")
                         .arg(CheckFigures::reported(period, percent), computed, CheckFigures::difference(period));
        }
    }
    return lines.join(u'\n');
}

QVariant ScheduleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = schedule().rows[index.row()];
    const Column &column = m_columns[index.column()];
    const int period = periodOf(index.column());

    switch (role) {
    case Qt::DisplayRole: return text(row, column);
    case Qt::TextAlignmentRole:
        if (column.kind == ColumnKind::Label)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        if (column.kind == ColumnKind::Note)
            return QVariant::fromValue(Qt::AlignHCenter | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        const bool strong =
            row.kind == RowKind::Total || row.kind == RowKind::Heading || row.emphasis.testFlag(EmphasisFlag::Bold);
        if (!strong)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole: return toolTip(index);
    case LevelRole: return row.level;
    case KindRole: return int(row.kind);
    case ValueRole: {
        if (column.kind == ColumnKind::Value && period < row.cells.size() && RowKinds::carriesValues(row.kind)) {
            const DerivedValue inMillions = millions(row, row.cells[period]);
            return (inMillions.isValue() ? inMillions.amount : row.cells[period].amount).toPlainString();
        }
        const DerivedValue value = derived(row, column);
        return value.isValue() ? value.amount.toPlainString() : QString();
    }
    case LocationRole: {
        const Cell *cell = cellAt(index);
        const SourceLocation at = cell ? cell->location : row.location;
        return u"line %1, column %2"_s.arg(at.line).arg(at.column);
    }
    case SourceLineRole:
    case SourceColumnRole: {
        const Cell *cell = cellAt(index);
        const SourceLocation at = cell                              ? cell->location
                                  : column.kind == ColumnKind::Note ? row.noteLocation
                                                                    : row.location;
        return role == SourceLineRole ? at.line : at.column;
    }
    case NoteRole: return row.noteText();
    case ComparedRole: {
        const FigureDifference *difference = differenceAt(index);
        return difference ? int(difference->kind) + 1 : 0;
    }
    case TieRole: {
        // Asked on every paint: read the verdicts through the index, copy nothing.
        const QList<CheckedCell> *checked = checkedAt(index);
        if (!checked)
            return NoTie;
        for (const CheckedCell &c : *checked) {
            if (m_analysis->tieOut.checks[c.check].periods[c.period].verdict == CheckLine::Verdict::Fail)
                return Breaks;
        }
        return Ties;
    }
    case RuleRole:
        return column.kind == ColumnKind::Label || column.kind == ColumnKind::Note ? NoRule
                                                                                   : m_rules.value(index.row());
    case ColumnKindRole: return int(column.kind);
    default: return {};
    }
}

QString ScheduleTableModel::headerText(const Column &column) const
{
    const Schedule &s = schedule();
    switch (column.kind) {
    case ColumnKind::Label: return {};
    case ColumnKind::Note: return tr("Note");
    case ColumnKind::Value: return wrapped(s.periods[column.period].labelLines);
    case ColumnKind::Recomputed:
        // A period's header may have no label line at all (a bare tab in the file).
        return tr("Recomputed") + u'\n'
               + wrapped({s.periods[column.period].labelLines.value(s.periods[column.period].labelLines.size() - 1)});
    case ColumnKind::CommonSize: return tr("%1\n% of total").arg(m_periodNames.value(column.period));
    case ColumnKind::Change: return tr("Change\n%1 vs %2").arg(m_periodNames.value(0), m_periodNames.value(1));
    case ColumnKind::Growth: return tr("Change\n%");
    }
    return {};
}

QVariant ScheduleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column &column = m_columns[section];
    switch (role) {
    case Qt::DisplayRole: return headerText(column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column.kind == ColumnKind::Label ? Qt::AlignLeft | Qt::AlignBottom
                                                                    : Qt::AlignRight | Qt::AlignBottom);
    case Qt::ToolTipRole: {
        const Schedule &s = schedule();
        if (column.kind == ColumnKind::CommonSize)
            return tr("Each line as a percentage of %1").arg(commonSizeBaseLabel());
        if (column.kind == ColumnKind::Recomputed)
            return tr("Recomputed from the offering's terms by the tie-out");
        if (column.period < 0)
            return {};
        QStringList lines{s.periods[column.period].label()};
        for (const QString &marker : s.periods[column.period].footnotes) {
            for (const Footnote &footnote : s.footnotes) {
                if (footnote.marker == marker)
                    lines << footnote.marker + u' ' + footnote.text;
            }
        }
        return lines.join(u"\n\n"_s);
    }
    case ColumnKindRole: return int(column.kind);
    default: return {};
    }
}

QHash<int, QByteArray> ScheduleTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(LevelRole, "level");
    names.insert(KindRole, "kind");
    names.insert(ValueRole, "value");
    names.insert(LocationRole, "location");
    names.insert(NoteRole, "note");
    names.insert(TieRole, "tie");
    names.insert(RuleRole, "rule");
    names.insert(ColumnKindRole, "columnKind");
    names.insert(SourceLineRole, "sourceLine");
    names.insert(SourceColumnRole, "sourceColumn");
    names.insert(ComparedRole, "compared");
    return names;
}
