// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartBuilder.h"

#include "amount/AmountFormat.h"
#include "derived/DerivedValues.h"
#include "filing/PeriodNames.h"
#include "matching/FinancialLabels.h"

#include <QObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Kind = ChartData::Kind;

const Row &rowOf(const FilingAnalysis &analysis, const RowRef &ref)
{
    return analysis.filing.schedules.at(ref.schedule).rows.at(ref.row);
}

const Check *totalCheckOf(const FilingAnalysis &analysis, const RowRef &row)
{
    for (const Check &check : analysis.tieOut.checks) {
        if (check.kind == Check::Kind::Total && check.target == row)
            return &check;
    }
    return nullptr;
}

// The first total of revenues in a statement of periods.
RowRef revenueTotal(const FilingAnalysis &analysis)
{
    const QList<Schedule> &schedules = analysis.filing.schedules;
    for (qsizetype s = 0; s < schedules.size(); ++s) {
        for (qsizetype r = 0; r < schedules[s].rows.size(); ++r) {
            if (FinancialLabels::isRevenueTotal(schedules[s].rows[r]))
                return {s, r};
        }
    }
    return {};
}

// The schedule's periods, earliest first, so a chart reads left to right.
QList<qsizetype> chronological(const Schedule &schedule)
{
    QList<qsizetype> periods;
    for (qsizetype p = 0; p < schedule.periods.size(); ++p)
        periods.append(p);
    std::stable_sort(periods.begin(), periods.end(), [&schedule](qsizetype a, qsizetype b) {
        const QDate &da = schedule.periods[a].date;
        const QDate &db = schedule.periods[b].date;
        return da.isValid() && db.isValid() && da < db;
    });
    return periods;
}

QString unitsOf(const Schedule &schedule)
{
    const QString scale = schedule.scaleName();
    return scale == u"units" ? u"$"_s : QObject::tr("$ in %1").arg(scale);
}

// The title, the subtitle (company, the periods compared, the units) and the value axis.
ChartData framed(const FilingAnalysis &analysis, Kind kind, const Schedule &schedule, const QString &title)
{
    ChartData chart;
    chart.kind = kind;
    chart.title = title;
    chart.valueAxis = unitsOf(schedule);
    // As reported and as restated, the same quarter is named twice: told apart.
    const QStringList periods = PeriodNames::of(schedule);
    // Two periods are compared; more are listed.
    const QString compared =
        periods.size() == 2 ? periods.join(QObject::tr(" against "))
        : periods.size() > 2
            ? QObject::tr("%1 and %2").arg(periods.mid(0, periods.size() - 1).join(u", "_s), periods.constLast())
            : periods.value(0);
    const QString company = schedule.company.isEmpty() ? analysis.filing.company : schedule.company;
    QStringList parts{company, compared, chart.valueAxis};
    parts.removeAll(QString());
    chart.subtitle = parts.join(u" · "_s);
    return chart;
}

QString figure(const Amount &amount)
{
    return AmountFormat().format(amount);
}

QString growthOf(const Row &row)
{
    if (row.cells.size() < 2)
        return {};
    const DerivedValue growth = DerivedValues::growthPercent(row, row.cells[0], row.cells[1]);
    if (growth.state == DerivedValue::State::NotMeaningful)
        return QObject::tr("n/m");
    const auto rounded = growth.isValue() ? growth.amount.rounded(DerivedValues::PercentDecimals) : std::nullopt;
    if (!rounded)
        return {};
    return (rounded->isNegative() ? u"\u2212"_s : u"+"_s) + rounded->abs().toPlainString() + u'%';
}

// Grouped bars: the rows as categories, a series per period.
void groupByPeriod(ChartData &chart, const FilingAnalysis &analysis, const QList<RowRef> &rows)
{
    const Schedule &schedule = analysis.filing.schedules.at(rows.constFirst().schedule);
    for (const RowRef &ref : rows) {
        chart.categories << rowOf(analysis, ref).label;
        chart.growth << growthOf(rowOf(analysis, ref));
    }
    const QStringList names = PeriodNames::of(schedule);
    for (const qsizetype p : chronological(schedule)) {
        ChartData::Series series;
        series.name = names.value(p);
        series.period = p;
        for (const RowRef &ref : rows) {
            const Amount value = rowOf(analysis, ref).cells.value(p).amount;
            series.values << value;
            series.labels << figure(value);
        }
        chart.series << series;
    }
}

QList<RowRef> termsOf(const Check &check)
{
    QList<RowRef> rows;
    for (const Check::Term &term : check.terms)
        rows << term.row;
    return rows;
}

} // namespace

ChartData ChartBuilder::build(const FilingAnalysis &analysis, ChartData::Kind kind)
{
    switch (kind) {
    case Kind::Segments: return segments(analysis);
    case Kind::RevenueMix: return revenueMix(analysis);
    case Kind::OperatingExpenses: return operatingExpenses(analysis);
    case Kind::BridgeOperatingIncome:
    case Kind::BridgeNetIncome: return bridge(analysis, kind);
    case Kind::Selection: break;
    }
    ChartData chart;
    chart.kind = kind;
    chart.unavailable = QObject::tr("Select rows of a schedule to chart them.");
    return chart;
}

ChartData ChartBuilder::segments(const FilingAnalysis &analysis)
{
    // Revenues and the lines that make them; a schedule whose total the
    // tie-out matched to one of those breaks it into segments.
    const RowRef revenue = revenueTotal(analysis);
    QList<RowRef> revenueLines{revenue};
    if (const Check *total = revenue.isValid() ? totalCheckOf(analysis, revenue) : nullptr)
        revenueLines << termsOf(*total);
    for (const Check &check : analysis.tieOut.checks) {
        if (check.kind != Check::Kind::CrossSchedule || !revenue.isValid() || check.target.schedule == revenue.schedule)
            continue;
        const bool ofRevenue =
            std::any_of(check.terms.cbegin(), check.terms.cend(),
                        [&revenueLines](const Check::Term &t) { return t.weight > 0 && revenueLines.contains(t.row); });
        const Check *parts = ofRevenue ? totalCheckOf(analysis, check.target) : nullptr;
        if (!parts || parts->terms.size() < 2)
            continue;
        const Schedule &schedule = analysis.filing.schedules[check.target.schedule];
        ChartData chart = framed(analysis, Kind::Segments, schedule, schedule.title);
        QList<RowRef> rows = termsOf(*parts);
        rows << check.target;
        groupByPeriod(chart, analysis, rows);
        chart.totalCategory = chart.categories.size() - 1;
        return chart;
    }
    ChartData chart;
    chart.kind = Kind::Segments;
    chart.unavailable = QObject::tr("No schedule of this filing breaks revenues into parts that add up to them.");
    return chart;
}

ChartData ChartBuilder::revenueMix(const FilingAnalysis &analysis)
{
    const RowRef revenue = revenueTotal(analysis);
    const Check *total = revenue.isValid() ? totalCheckOf(analysis, revenue) : nullptr;
    if (!total || total->terms.size() < 2) {
        ChartData chart;
        chart.kind = Kind::RevenueMix;
        chart.unavailable = QObject::tr("No total of revenues made of two lines or more was found.");
        return chart;
    }
    const Schedule &schedule = analysis.filing.schedules[revenue.schedule];
    const Row &whole = rowOf(analysis, revenue);
    ChartData chart = framed(analysis, Kind::RevenueMix, schedule, QObject::tr("Revenue mix"));
    const QList<qsizetype> periods = chronological(schedule);
    const QStringList names = PeriodNames::of(schedule);
    for (const qsizetype p : periods)
        chart.categories << names.value(p);
    for (const RowRef &ref : termsOf(*total)) {
        const Row &part = rowOf(analysis, ref);
        ChartData::Series series;
        series.name = part.label;
        for (const qsizetype p : periods) {
            const Amount value = part.cells.value(p).amount;
            const DerivedValue share = DerivedValues::commonSize(part, part.cells.value(p), whole.cells.value(p));
            const auto rounded = share.isValue() ? share.amount.rounded(DerivedValues::PercentDecimals) : std::nullopt;
            series.values << value;
            series.labels << (rounded ? u"%1 (%2%)"_s.arg(figure(value), rounded->toPlainString()) : figure(value));
        }
        chart.series << series;
    }
    return chart;
}

ChartData ChartBuilder::operatingExpenses(const FilingAnalysis &analysis)
{
    const QList<Schedule> &schedules = analysis.filing.schedules;
    for (qsizetype s = 0; s < schedules.size(); ++s) {
        for (qsizetype r = 0; r < schedules[s].rows.size(); ++r) {
            if (!FinancialLabels::isOperatingExpensesTotal(schedules[s].rows[r].label))
                continue;
            const Check *total = totalCheckOf(analysis, {s, r});
            if (!total || total->terms.isEmpty())
                continue;
            ChartData chart =
                framed(analysis, Kind::OperatingExpenses, schedules[s], QObject::tr("Operating expenses"));
            groupByPeriod(chart, analysis, termsOf(*total));
            return chart;
        }
    }
    ChartData chart;
    chart.kind = Kind::OperatingExpenses;
    chart.unavailable = QObject::tr("No total of operating expenses with its lines was found.");
    return chart;
}

ChartData ChartBuilder::bridge(const FilingAnalysis &analysis, ChartData::Kind kind)
{
    const bool operating = kind == Kind::BridgeOperatingIncome;
    for (const AdjustmentTrace &trace : analysis.traces) {
        const QString gaap = rowOf(analysis, trace.block).label;
        if (operating ? !FinancialLabels::isOperatingIncome(gaap) : !FinancialLabels::isNetIncome(gaap))
            continue;
        const QList<const AdjustmentTrace *> block = analysis.blockOf(trace.block);
        const Schedule &schedule = analysis.filing.schedules[trace.block.schedule];
        const Row &nonGaap = rowOf(analysis, trace.nonGaap);
        ChartData chart = framed(analysis, kind, schedule, QObject::tr("%1 to %2").arg(gaap, nonGaap.label));
        QList<RowRef> steps{trace.block};
        for (const AdjustmentTrace *adjustment : block)
            steps << adjustment->row;
        steps << trace.nonGaap;
        for (const RowRef &ref : steps) {
            chart.categories << rowOf(analysis, ref).label;
            chart.categoryNotes << rowOf(analysis, ref).noteText();
        }
        chart.totalCategory = steps.size() - 1;
        const QStringList names = PeriodNames::of(schedule);
        for (const qsizetype p : chronological(schedule)) {
            ChartData::Series series;
            series.name = names.value(p);
            series.period = p;
            Amount running = Amount::fromInteger(0);
            for (qsizetype i = 0; i < steps.size(); ++i) {
                const Amount value = rowOf(analysis, steps[i]).cells.value(p).amount;
                const bool total = i == 0 || i == steps.size() - 1;
                const Amount step = value.isNil() ? Amount::fromInteger(0) : value;
                series.bases << (total ? Amount::fromInteger(0) : running);
                series.values << value;
                if (value.isNil()) {
                    series.labels << figure(value); // "—": the filing prints no figure
                } else if (total) {
                    series.labels << figure(value);
                    running = step;
                } else {
                    series.labels << (step.isNegative() ? u"\u2212"_s + figure(step.abs()) : u"+"_s + figure(step));
                    running = running.plus(step).value_or(running);
                }
            }
            chart.series << series;
        }
        return chart;
    }
    ChartData chart;
    chart.kind = kind;
    chart.unavailable = operating ? QObject::tr("No reconciliation of operating income was found.")
                                  : QObject::tr("No reconciliation of net income was found.");
    return chart;
}

ChartData ChartBuilder::selection(const FilingAnalysis &analysis, qsizetype schedule, const QList<qsizetype> &rows)
{
    QList<RowRef> charted;
    if (schedule >= 0 && schedule < analysis.filing.schedules.size()) {
        for (const qsizetype r : rows) {
            if (r >= 0 && r < analysis.filing.schedules[schedule].rows.size()
                && analysis.filing.schedules[schedule].rows[r].hasValues())
                charted << RowRef{schedule, r};
        }
    }
    if (charted.isEmpty()) {
        ChartData chart;
        chart.kind = Kind::Selection;
        chart.unavailable = QObject::tr("The selection has no row with figures to chart.");
        return chart;
    }
    const Schedule &home = analysis.filing.schedules[schedule];
    ChartData chart = framed(analysis, Kind::Selection, home, home.title);
    groupByPeriod(chart, analysis, charted);
    return chart;
}

ChartData ChartBuilder::history(const FilingAnalysis &analysis, const ScheduleHistory &history,
                                const QList<qsizetype> &rows)
{
    ChartData chart;
    chart.kind = Kind::Selection;
    QList<qsizetype> charted;
    for (const qsizetype r : rows) {
        if (r >= 0 && r < history.rows.size())
            charted << r;
    }
    if (charted.isEmpty() || history.columns.isEmpty()) {
        chart.unavailable = QObject::tr("The selection has no line with figures to chart.");
        return chart;
    }
    const Schedule &schedule = analysis.filing.schedules.at(history.schedule);
    chart.title = schedule.title;
    chart.valueAxis = unitsOf(schedule);
    const QString company = schedule.company.isEmpty() ? analysis.filing.company : schedule.company;
    QStringList parts{company,
                      QObject::tr("%1 to %2, as last reported")
                          .arg(history.columns.constFirst().name, history.columns.constLast().name),
                      chart.valueAxis};
    parts.removeAll(QString());
    chart.subtitle = parts.join(u" · "_s);
    for (const qsizetype r : std::as_const(charted)) {
        chart.categories << history.labels.value(r);
        // The latest period against the one before it.
        const Amount later = history.shown(r, history.columns.size() - 1);
        const Amount earlier = history.columns.size() > 1 ? history.shown(r, history.columns.size() - 2) : Amount();
        const std::optional<Amount> change = later.isNil() || earlier.isNil() ? std::nullopt : later.minus(earlier);
        const std::optional<Amount> growth =
            change && !earlier.isZero() ? Amount::ratio(change->times(100).value_or(Amount()), earlier.abs(), 1)
                                        : std::nullopt;
        chart.growth << (growth ? growth->toPlainString() + u'%' : QString());
    }
    for (qsizetype c = 0; c < history.columns.size(); ++c) {
        ChartData::Series series;
        series.name = history.columns[c].name;
        series.period = c;
        for (const qsizetype r : std::as_const(charted)) {
            const Amount value = history.shown(r, c);
            series.values << value;
            series.labels << figure(value);
        }
        chart.series << series;
    }
    return chart;
}
