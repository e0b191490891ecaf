// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbookWriter.h"

#include "SheetNames.h"
#include "TotalFormulas.h"
#include "WorkbookFormats.h"
#include "amount/AmountFormat.h"
#include "checks/CheckText.h"
#include "files/OutputFile.h"
#include "models/CalculationTableModel.h"
#include "models/CheckFigures.h"
#include "models/NavigatorModel.h"
#include "models/ScheduleTableModel.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

using Style = WorkbookFormats::Style;

// Excel keeps at most this many links on a sheet; lines past it name their figure without one.
constexpr qsizetype MaxLinksPerSheet = 65'530;

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

// "C12": a cell in Excel's A1 notation.
QString a1(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

// An exact amount as Excel's number; a percentage as its fraction.
double numberOf(const Amount &amount, bool percent)
{
    const double value = amount.isNil() ? 0.0 : amount.toPlainString().toDouble();
    return percent ? value / 100.0 : value;
}

// A figure as a check's line or a list writes it ("29792", "66.2%",
// "(1,234)", "[626935.5, 626937.5]", the middle of a sum's rounding
// interval) as a number; nullopt for words.
std::optional<double> numberOf(QString text, bool percent)
{
    text = text.trimmed();
    bool ok = false;
    double value = 0;
    if (text.startsWith(u'[') && text.endsWith(u']')) {
        const QStringList ends = text.mid(1, text.size() - 2).split(u", "_s);
        bool lowOk = false;
        bool highOk = false;
        const double low = ends.value(0).trimmed().toDouble(&lowOk);
        const double high = ends.value(1).trimmed().toDouble(&highOk);
        ok = ends.size() == 2 && lowOk && highOk;
        value = (low + high) / 2;
    } else {
        text.remove(u',').remove(u'%').remove(u'$');
        const bool negative = text.startsWith(u'(') && text.endsWith(u')');
        value = (negative ? -1 : 1) * (negative ? text.mid(1, text.size() - 2) : text).toDouble(&ok);
    }
    if (!ok)
        return std::nullopt;
    return percent ? value / 100.0 : value;
}

QString factComment(const XbrlInstance &xbrl, const XbrlFact &fact)
{
    QStringList lines{fact.conceptName};
    if (const XbrlContext *context = xbrl.contextOf(fact)) {
        const XbrlPeriod &period = context->period;
        lines << (period.instant ? WorkbookWriter::tr("At %1").arg(period.end.toString(Qt::ISODate))
                                 : WorkbookWriter::tr("%1 to %2")
                                       .arg(period.start.toString(Qt::ISODate), period.end.toString(Qt::ISODate)));
        for (const XbrlDimension &dimension : context->dimensions)
            lines << u"%1 = %2"_s.arg(dimension.axis, dimension.member);
    }
    if (const XbrlUnit *unit = xbrl.unitOf(fact))
        lines << WorkbookWriter::tr("Unit: %1").arg(unit->name());
    return lines.join(u'\n');
}

// One schedule's sheet: where it is, and what its cells are.
struct Sheet
{
    qsizetype part = -1;
    qsizetype schedule = -1;
    QString name;
    lxw_worksheet *worksheet = nullptr;
    int notes = 0;   // 1 when the schedule has a note column
    int periods = 0; // the schedule's columns of figures
    // The periods with a total that does not tie, whose filed figures are
    // written beside the table, a column each after an empty one.
    QList<qsizetype> filed;

    int rowOf(qsizetype row) const { return WorkbookWriter::FirstTableRow + 1 + int(row); }
    int columnOf(qsizetype period) const { return 1 + notes + int(period); }
    int filedColumnOf(qsizetype period) const { return 2 + notes + periods + int(filed.indexOf(period)); }
};

// The writing of one workbook: its sheets, formats and formulas.
struct Writing
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookWriter)

public:
    lxw_workbook *workbook = nullptr;
    WorkbookFormats formats{nullptr};
    QList<FilingAnalysisPtr> filings;
    QList<Sheet> sheets;
    QHash<QPair<qsizetype, qsizetype>, qsizetype> sheetOf; // (part, schedule) → sheets
    TotalFormulas::Plan plan;
    WorkbookWriter::Result result;

    const Sheet *sheet(qsizetype part, qsizetype schedule) const
    {
        const auto found = sheetOf.constFind({part, schedule});
        return found == sheetOf.cend() ? nullptr : &sheets[*found];
    }
    // The cell's address from `from`: "C12" on the same sheet, else 'Sheet'!C12.
    QString address(const CellKey &cell, const Sheet *from) const
    {
        const Sheet *at = sheet(cell.filing, cell.schedule);
        const QString local = a1(at->rowOf(cell.row), at->columnOf(cell.period));
        return at == from ? local : SheetNames::quoted(at->name) + u'!' + local;
    }
    // A term's address: a total that does not tie is taken as filed, from beside the table.
    QString termAddress(const CellKey &cell, const Sheet *from) const
    {
        if (!plan.broken.contains(cell))
            return address(cell, from);
        const Sheet *at = sheet(cell.filing, cell.schedule);
        const QString local = a1(at->rowOf(cell.row), at->filedColumnOf(cell.period));
        return at == from ? local : SheetNames::quoted(at->name) + u'!' + local;
    }
    QString formulaOf(const QList<TotalFormulas::Term> &terms, const Sheet *from) const
    {
        QString formula = u"="_s;
        const bool allAdded =
            std::all_of(terms.begin(), terms.end(), [](const TotalFormulas::Term &t) { return t.weight == 1; });
        if (allAdded && terms.size() > 1) {
            // Lines one under another as a range, as an analyst writes them: SUM(B16:B20).
            QStringList ranges;
            for (qsizetype k = 0; k < terms.size();) {
                qsizetype last = k;
                while (!plan.broken.contains(terms[k].cell) && last + 1 < terms.size()
                       && terms[last + 1].cell.filing == terms[k].cell.filing
                       && terms[last + 1].cell.schedule == terms[k].cell.schedule
                       && terms[last + 1].cell.period == terms[k].cell.period
                       && terms[last + 1].cell.row == terms[last].cell.row + 1
                       && !plan.broken.contains(terms[last + 1].cell))
                    ++last;
                QString range = termAddress(terms[k].cell, from);
                if (last > k) {
                    const Sheet *at = sheet(terms[last].cell.filing, terms[last].cell.schedule);
                    range += u':' + a1(at->rowOf(terms[last].cell.row), at->columnOf(terms[last].cell.period));
                }
                ranges << range;
                k = last + 1;
            }
            return formula + u"SUM(%1)"_s.arg(ranges.join(u','));
        }
        for (qsizetype k = 0; k < terms.size(); ++k) {
            const int weight = terms[k].weight;
            if (weight < 0)
                formula += u'-';
            else if (k > 0)
                formula += u'+';
            if (qAbs(weight) != 1)
                formula += QString::number(qAbs(weight)) + u'*';
            formula += termAddress(terms[k].cell, from);
        }
        return formula;
    }

    void writeSchedule(const Sheet &sheet);
    void writeTieOut();
    void writeCalculations();
    // A link to a figure on its sheet; its address as text past Excel's limit of links.
    void writeLink(lxw_worksheet *ws, int row, int column, const CellKey &key, qsizetype &links);
};

void Writing::writeLink(lxw_worksheet *ws, int row, int column, const CellKey &key, qsizetype &links)
{
    const Sheet *target = sheet(key.filing, key.schedule);
    if (!target)
        return;
    const QString shown = target->name + u'!' + a1(target->rowOf(key.row), target->columnOf(key.period));
    if (links++ < MaxLinksPerSheet)
        worksheet_write_url_opt(ws, lxw_row_t(row), lxw_col_t(column),
                                utf8(u"internal:"_s + address(key, nullptr)).constData(), formats.of(Style().link()),
                                utf8(shown).constData(), nullptr);
    else
        worksheet_write_string(ws, lxw_row_t(row), lxw_col_t(column), utf8(shown).constData(), nullptr);
}

void Writing::writeSchedule(const Sheet &sheet)
{
    const FilingAnalysisPtr &analysis = filings[sheet.part];
    const Filing &filing = analysis->filing;
    const Schedule &schedule = filing.schedules[sheet.schedule];
    lxw_worksheet *ws = sheet.worksheet;
    ScheduleTableModel model;
    model.setSchedule(analysis, sheet.schedule);

    // Above the table: the company, the title and the units, as the window's heading.
    const QString company = schedule.company.isEmpty() ? filing.company : schedule.company;
    worksheet_write_string(ws, 0, 0, utf8(company).constData(), formats.of(Style().quiet()));
    worksheet_write_string(ws, 1, 0, utf8(schedule.title).constData(), formats.of(Style().bold().size(13)));
    const QString units = model.unitsText();
    if (!units.isEmpty())
        worksheet_write_string(ws, 2, 0, utf8(units).constData(), formats.of(Style().italic().quiet()));

    // The header row: a period's lines as printed, wrapped.
    const int header = WorkbookWriter::FirstTableRow;
    int headerLines = 1;
    int valueWidth = 12;
    lxw_format *headerFormat = formats.of(Style().bold().wrap().ruleBelow().fill().align(3));
    worksheet_write_blank(ws, header, 0, formats.of(Style().bold().ruleBelow().fill()));
    if (sheet.notes) {
        worksheet_write_string(ws, header, 1, utf8(tr("Note")).constData(),
                               formats.of(Style().bold().wrap().ruleBelow().fill().align(2)));
    }
    for (qsizetype p = 0; p < schedule.periods.size(); ++p) {
        const QString text = model.headerData(model.valueColumn(int(p)), Qt::Horizontal).toString();
        const QStringList lines = text.split(u'\n');
        headerLines = qMax(headerLines, int(lines.size()));
        for (const QString &line : lines)
            valueWidth = qMax(valueWidth, qMin(24, int(line.size()) + 2));
        worksheet_write_string(ws, header, lxw_col_t(sheet.columnOf(p)), utf8(text).constData(), headerFormat);
    }
    for (const qsizetype p : sheet.filed) {
        const QString text =
            tr("As filed") + u'\n' + model.headerData(model.valueColumn(int(p)), Qt::Horizontal).toString();
        headerLines = qMax(headerLines, int(text.count(u'\n')) + 1);
        worksheet_write_string(ws, header, lxw_col_t(sheet.filedColumnOf(p)), utf8(text).constData(), headerFormat);
    }
    worksheet_set_row(ws, header, 15.0 * headerLines, nullptr);

    int labelWidth = 24;
    for (qsizetype r = 0; r < schedule.rows.size(); ++r) {
        const Row &row = schedule.rows[r];
        const int at = sheet.rowOf(r);
        const bool bold =
            row.kind == RowKind::Total || row.kind == RowKind::Heading || row.emphasis.testFlag(EmphasisFlag::Bold);
        labelWidth = qMax(labelWidth, qMin(60, int(row.label.size()) + 2 * row.level + 2));
        worksheet_write_string(ws, at, 0, utf8(row.label).constData(),
                               formats.of(Style().bold(bold).indent(row.level).align(1)));
        if (sheet.notes && !row.notes.isEmpty())
            worksheet_write_string(ws, at, 1, utf8(row.noteText()).constData(), formats.of(Style().align(2)));
        if (!RowKinds::carriesValues(row.kind))
            continue;
        for (qsizetype p = 0; p < schedule.periods.size() && p < row.cells.size(); ++p) {
            const Cell &cell = row.cells[p];
            const lxw_col_t column = lxw_col_t(sheet.columnOf(p));
            const QModelIndex shown = model.index(int(r), model.valueColumn(int(p)));
            const int rules = shown.data(ScheduleTableModel::RuleRole).toInt();
            // A figure a check finds wrong is in red, as the window marks it.
            const bool breaks = shown.data(ScheduleTableModel::TieRole).toInt() == ScheduleTableModel::Breaks;
            Style style = Style()
                              .bold(bold)
                              .alarm(breaks)
                              .ruleAbove((rules & ScheduleTableModel::RuleAbove) != 0)
                              .doubleRuleBelow((rules & ScheduleTableModel::DoubleRuleBelow) != 0)
                              .align(3);
            if (cell.isBlank()) {
                if (rules != ScheduleTableModel::NoRule)
                    worksheet_write_blank(ws, at, column, formats.of(style));
                continue;
            }
            if (!TotalFormulas::isNumber(cell)) {
                worksheet_write_string(ws, at, column, utf8(filing.textOf(cell).toString()).constData(),
                                       formats.of(style));
                continue;
            }
            const bool percent = TotalFormulas::isPercent(schedule, row, p);
            style.numberFormat(WorkbookFormats::numberFormat(cell.amount.isNil() ? 0 : cell.amount.decimals(),
                                                             cell.currency, percent, cell.isNil()));
            const double value = numberOf(cell.amount, percent);
            const CellKey key{sheet.part, sheet.schedule, r, p};
            const auto formula = plan.formulas.constFind(key);
            if (formula != plan.formulas.cend()) {
                worksheet_write_formula_num(ws, at, column, utf8(formulaOf(*formula, &sheet)).constData(),
                                            formats.of(style), value);
                ++result.formulas;
            } else {
                worksheet_write_number(ws, at, column, value, formats.of(style));
            }
            QStringList comment;
            if (const auto broken = plan.broken.constFind(key); broken != plan.broken.cend()) {
                // The figure as filed, beside the table, for the totals computed from it.
                const QString beside = a1(at, sheet.filedColumnOf(p));
                worksheet_write_number(ws, at, lxw_col_t(sheet.filedColumnOf(p)), value, formats.of(style));
                const std::optional<Amount> gap = cell.amount.minus(*broken);
                const AmountFormat plain;
                comment << tr("Does not tie: the filing prints %1, its lines add up to %2, %3 apart. The figure as "
                              "filed is in %4, and the totals computed from this one take it from there.")
                               .arg(plain.format(cell.amount), plain.format(*broken),
                                    gap ? plain.format(*gap) : QString(), beside);
            }
            if (const auto kept = plan.kept.constFind(key); kept != plan.kept.cend()) {
                const AmountFormat plain;
                comment << tr("Kept as filed: its lines, each rounded, add up to %1 against %2 printed, within "
                              "rounding. The Tie-out sheet computes it.")
                               .arg(plain.format(*kept), plain.format(cell.amount));
            }
            if (cell.fact >= 0 && cell.fact < filing.xbrl.facts.size())
                comment << factComment(filing.xbrl, filing.xbrl.facts[cell.fact]);
            if (!comment.isEmpty()) {
                const QString text = comment.join(u"\n\n"_s);
                lxw_comment_options options{};
                options.width = 320;
                options.height = uint16_t(qMin(400, 18 * int(text.count(u'\n') + 2 + text.size() / 45)));
                worksheet_write_comment_opt(ws, at, column, utf8(text).data(), &options);
            }
        }
    }
    worksheet_set_column(ws, 0, 0, labelWidth, nullptr);
    if (sheet.notes)
        worksheet_set_column(ws, 1, 1, 6, nullptr);
    if (!schedule.periods.isEmpty())
        worksheet_set_column(ws, lxw_col_t(sheet.columnOf(0)), lxw_col_t(sheet.columnOf(schedule.periods.size() - 1)),
                             valueWidth, nullptr);
    for (const qsizetype p : sheet.filed)
        worksheet_set_column(ws, lxw_col_t(sheet.filedColumnOf(p)), lxw_col_t(sheet.filedColumnOf(p)), valueWidth,
                             nullptr);

    // The footnotes under the table, a line each.
    int line = sheet.rowOf(schedule.rows.size()) + 1;
    for (const Footnote &footnote : schedule.footnotes) {
        const QString text = footnote.marker.isEmpty() ? footnote.text : footnote.marker + u' ' + footnote.text;
        worksheet_write_string(ws, line++, 0, utf8(text).constData(), formats.of(Style().italic()));
    }
    // Printed, each page says whose table it is, of which filing, and which page.
    const auto field = [](const QString &text) { return text.left(110).replace(u'&', u"&&"_s); };
    worksheet_set_header(ws, utf8(u"&L%1"_s.arg(field(company + u" \u2014 "_s + schedule.title))).constData());
    worksheet_set_footer(ws, utf8(u"&L%1&RPage &P of &N"_s.arg(field(filing.fileName()))).constData());
    // Labels and headers stay in view; printed, the table fits the page's width.
    worksheet_freeze_panes(ws, lxw_row_t(header + 1), lxw_col_t(1 + sheet.notes));
    worksheet_repeat_rows(ws, lxw_row_t(header), lxw_row_t(header));
    worksheet_fit_to_pages(ws, 1, 0);
}

void Writing::writeTieOut()
{
    lxw_worksheet *ws = workbook_add_worksheet(workbook, utf8(WorkbookWriter::tieOutSheetName()).constData());
    const bool several = filings.size() > 1;
    QStringList headers{tr("Verdict")};
    if (several)
        headers << tr("Filing");
    headers << tr("Schedule") << tr("Check") << tr("Period") << tr("Reported") << tr("Computed") << tr("Difference")
            << tr("Figure");
    const int first = several ? 2 : 1; // the schedule's column
    const int reported = first + 3;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        worksheet_write_string(
            ws, 0, lxw_col_t(c), utf8(headers[c]).constData(),
            formats.of(Style().bold().ruleBelow().fill().align(c >= reported && c < reported + 3 ? 3 : 1)));
    }

    struct Line
    {
        qsizetype part;
        const Check *check;
        qsizetype period;
    };
    QList<Line> lines;
    for (qsizetype f = 0; f < filings.size(); ++f) {
        for (const Check &check : filings[f]->tieOut.checks) {
            if (!sheet(f, check.target.schedule))
                continue;
            for (qsizetype p = 0; p < check.periods.size(); ++p)
                lines.append({f, &check, p});
        }
    }
    std::stable_partition(lines.begin(), lines.end(), [](const Line &line) {
        return line.check->periods[line.period].verdict == CheckLine::Verdict::Fail;
    });

    int at = 1;
    qsizetype links = 0;
    for (const Line &line : std::as_const(lines)) {
        const Filing &filing = filings[line.part]->filing;
        const Check &check = *line.check;
        const CheckText words(filing);
        const CheckLine written = words.period(check, line.period);
        const bool fails = written.verdict == CheckLine::Verdict::Fail;
        const QString verdict = written.verdict == CheckLine::Verdict::Pass ? tr("\u2713 ties")
                                : fails                                     ? tr("\u2717 fails")
                                                                            : tr("skipped");
        worksheet_write_string(ws, at, 0, utf8(verdict).constData(),
                               formats.of(Style().bold(fails).align(1).alarm(fails)));
        if (several)
            worksheet_write_string(ws, at, 1, utf8(filing.fileName()).constData(), nullptr);
        worksheet_write_string(ws, at, lxw_col_t(first), utf8(words.schedule(check)).constData(), nullptr);
        worksheet_write_string(ws, at, lxw_col_t(first + 1), utf8(words.description(check)).constData(), nullptr);
        worksheet_write_string(ws, at, lxw_col_t(first + 2), utf8(written.period).constData(), nullptr);

        const bool percent = CheckFigures::isPercent(filing, check, line.period);
        const QString number = WorkbookFormats::numberFormat(2, false, percent, false);
        lxw_format *figure = formats.of(Style().numberFormat(number).align(3));
        const std::optional<double> filed = numberOf(written.reported, percent);
        const std::optional<double> computed = numberOf(written.computed, percent);
        if (filed)
            worksheet_write_number(ws, at, lxw_col_t(reported), *filed, figure);
        else
            worksheet_write_string(ws, at, lxw_col_t(reported), utf8(written.reported).constData(), figure);
        const Check::PeriodResult &period = check.periods[line.period];
        const CellKey key{line.part, check.target.schedule, check.target.row, period.column};
        const auto isSheet = [this](qsizetype f, qsizetype s) { return sheet(f, s) != nullptr; };
        const std::optional<TotalFormulas::Terms> terms =
            TotalFormulas::termsOf(filing, line.part, check, line.period, isSheet);
        if (computed && terms) {
            // What the figures on the sheets add up to, live: the filed figure beside it.
            worksheet_write_formula_num(ws, at, lxw_col_t(reported + 1), utf8(formulaOf(*terms, nullptr)).constData(),
                                        figure, *computed);
        } else if (computed) {
            worksheet_write_number(ws, at, lxw_col_t(reported + 1), *computed, figure);
        } else {
            worksheet_write_string(ws, at, lxw_col_t(reported + 1), utf8(written.computed).constData(), figure);
        }
        if (filed && computed) {
            const QString difference =
                u"=%1-%2"_s.arg(a1(at, reported), a1(at, reported + 1)); // reported − computed, as the list says
            worksheet_write_formula_num(ws, at, lxw_col_t(reported + 2), utf8(difference).constData(), figure,
                                        *filed - *computed);
        }
        if (period.column >= 0)
            writeLink(ws, at, reported + 3, key, links);
        ++at;
    }
    result.checks = lines.size();
    worksheet_set_column(ws, 0, 0, 10, nullptr);
    if (several)
        worksheet_set_column(ws, 1, 1, 28, nullptr);
    worksheet_set_column(ws, lxw_col_t(first), lxw_col_t(first), 30, nullptr);
    worksheet_set_column(ws, lxw_col_t(first + 1), lxw_col_t(first + 1), 60, nullptr);
    worksheet_set_column(ws, lxw_col_t(first + 2), lxw_col_t(first + 2), 16, nullptr);
    worksheet_set_column(ws, lxw_col_t(reported), lxw_col_t(reported + 2), 14, nullptr);
    worksheet_set_column(ws, lxw_col_t(reported + 3), lxw_col_t(reported + 3), 28, nullptr);
    worksheet_freeze_panes(ws, 1, 0);
    if (at > 1)
        worksheet_autofilter(ws, 0, 0, lxw_row_t(at - 1), lxw_col_t(headers.size() - 1));
}

// An inline XBRL filing's own calculations (Calculations 1.1 on its
// linkbase) as the window's Calculations page lists them, inconsistent
// first; each total linked to the figure that shows it.
void Writing::writeCalculations()
{
    const bool several = filings.size() > 1;
    const int first = several ? 1 : 0; // the summation's column
    lxw_worksheet *ws = nullptr;
    int at = 1;
    qsizetype links = 0;
    for (qsizetype f = 0; f < filings.size(); ++f) {
        CalculationTableModel model;
        model.setAnalysis(filings[f]);
        if (model.rowCount() == 0)
            continue;
        if (!ws) {
            ws = workbook_add_worksheet(workbook, utf8(WorkbookWriter::calculationsSheetName()).constData());
            QStringList headers{model.headerData(CalculationTableModel::Verdict, Qt::Horizontal).toString()};
            if (several)
                headers << tr("Filing");
            for (const int c :
                 {CalculationTableModel::Description, CalculationTableModel::Context, CalculationTableModel::Total,
                  CalculationTableModel::Items, CalculationTableModel::Network})
                headers << model.headerData(c, Qt::Horizontal).toString();
            headers << tr("Figure");
            for (qsizetype c = 0; c < headers.size(); ++c)
                worksheet_write_string(ws, 0, lxw_col_t(c), utf8(headers[c]).constData(),
                                       formats.of(Style().bold().ruleBelow().fill().align(c == first + 3 ? 3 : 1)));
        }
        for (int r = 0; r < model.rowCount(); ++r, ++at) {
            const auto text = [&](int column) { return utf8(model.index(r, column).data().toString()); };
            const bool fails = model.index(r, 0).data(CalculationTableModel::VerdictRole).toInt()
                               == int(CalculationResult::Verdict::Fail);
            worksheet_write_string(ws, at, 0, text(CalculationTableModel::Verdict).constData(),
                                   formats.of(Style().bold(fails).alarm(fails).align(1)));
            if (several)
                worksheet_write_string(ws, at, 1, utf8(filings[f]->filing.fileName()).constData(), nullptr);
            worksheet_write_string(ws, at, lxw_col_t(first + 1), text(CalculationTableModel::Description).constData(),
                                   nullptr);
            worksheet_write_string(ws, at, lxw_col_t(first + 2), text(CalculationTableModel::Context).constData(),
                                   nullptr);
            // The total as the fact reports it, in its unit (dollars, not the table's millions).
            const QModelIndex total = model.index(r, CalculationTableModel::Total);
            if (const std::optional<double> value = numberOf(total.data().toString(), false))
                worksheet_write_number(ws, at, lxw_col_t(first + 3), *value,
                                       formats.of(Style().numberFormat(u"#,##0;(#,##0)"_s).align(3)));
            worksheet_write_string(ws, at, lxw_col_t(first + 4), text(CalculationTableModel::Items).constData(),
                                   nullptr);
            worksheet_write_string(ws, at, lxw_col_t(first + 5), text(CalculationTableModel::Network).constData(),
                                   nullptr);
            const int schedule = total.data(CalculationTableModel::ScheduleIndexRole).toInt();
            if (schedule >= 0)
                writeLink(ws, at, first + 6,
                          {f, schedule, total.data(CalculationTableModel::RowIndexRole).toInt(),
                           total.data(CalculationTableModel::PeriodIndexRole).toInt()},
                          links);
        }
    }
    if (!ws)
        return;
    const QList<std::pair<int, double>> widths{{0, 16},         {first + 1, 70}, {first + 2, 30}, {first + 3, 18},
                                               {first + 4, 40}, {first + 5, 28}, {first + 6, 28}};
    for (const auto &[column, width] : widths)
        worksheet_set_column(ws, lxw_col_t(column), lxw_col_t(column), width, nullptr);
    if (several)
        worksheet_set_column(ws, 1, 1, 28, nullptr);
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, lxw_row_t(at - 1), lxw_col_t(first + 6));
    result.calculations = at - 1;
}

} // namespace

WorkbookWriter::Result WorkbookWriter::write(const QList<Part> &parts, const QString &path)
{
    Writing writing;
    // libxlsxwriter writes to a file name: a file of our own, copied through
    // OutputFile once whole.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        writing.result.error = tr("cannot write %1: no temporary folder (%2)").arg(path, scratch.errorString());
        return writing.result;
    }
    const QString written = scratch.filePath(u"workbook.xlsx"_s);
    lxw_workbook_options options{};
    QByteArray tmpdir = utf8(scratch.path());
    options.tmpdir = tmpdir.data();
    writing.workbook = workbook_new_opt(utf8(written).constData(), &options);
    if (!writing.workbook) {
        writing.result.error = tr("cannot write %1: the workbook could not be started").arg(path);
        return writing.result;
    }
    writing.formats = WorkbookFormats(writing.workbook);

    QStringList titles;
    for (qsizetype f = 0; f < parts.size(); ++f) {
        const Part &part = parts[f];
        writing.filings.append(part.analysis);
        QList<qsizetype> schedules = part.schedules;
        if (schedules.isEmpty()) {
            for (qsizetype s = 0; s < part.analysis->filing.schedules.size(); ++s)
                schedules.append(s);
        }
        for (const qsizetype s : std::as_const(schedules)) {
            const Schedule &schedule = part.analysis->filing.schedules[s];
            writing.sheetOf.insert({f, s}, writing.sheets.size());
            writing.sheets.append(
                {f, s, QString(), nullptr, schedule.hasNoteColumn ? 1 : 0, int(schedule.periods.size()), {}});
            // Named as the navigator names it: "Balance Sheets", not "Condensed Consolidated …".
            titles.append(NavigatorModel::shortTitle(schedule.title));
        }
    }
    const QStringList names = SheetNames::of(titles, {tieOutSheetName(), calculationsSheetName()});
    for (qsizetype i = 0; i < writing.sheets.size(); ++i) {
        writing.sheets[i].name = names[i];
        writing.sheets[i].worksheet = workbook_add_worksheet(writing.workbook, utf8(names[i]).constData());
    }
    writing.plan = TotalFormulas::of(writing.filings, [&writing](qsizetype filing, qsizetype schedule) {
        return writing.sheet(filing, schedule) != nullptr;
    });
    for (auto broken = writing.plan.broken.cbegin(); broken != writing.plan.broken.cend(); ++broken) {
        Sheet &at = writing.sheets[writing.sheetOf.value({broken.key().filing, broken.key().schedule})];
        if (!at.filed.contains(broken.key().period))
            at.filed.append(broken.key().period);
    }
    for (Sheet &sheet : writing.sheets)
        std::sort(sheet.filed.begin(), sheet.filed.end());
    for (const Sheet &sheet : std::as_const(writing.sheets))
        writing.writeSchedule(sheet);
    writing.writeTieOut();
    writing.writeCalculations();

    // What the file says of itself: the filings it was written from.
    QStringList files;
    for (const FilingAnalysisPtr &analysis : std::as_const(writing.filings))
        files << analysis->filing.fileName();
    const QString company = writing.filings.isEmpty() ? QString() : writing.filings.constFirst()->filing.company;
    QByteArray title = utf8(company.isEmpty() ? files.join(u", "_s) : company);
    QByteArray comments = utf8(tr("Written by Tieout from %1").arg(files.join(u", "_s)));
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.comments = comments.data();
    workbook_set_properties(writing.workbook, &properties);

    const lxw_error closed = workbook_close(writing.workbook);
    if (closed != LXW_NO_ERROR) {
        writing.result.error = tr("cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(closed)));
        return writing.result;
    }
    QFile made(written);
    if (!made.open(QIODevice::ReadOnly)) {
        writing.result.error = tr("cannot write %1: %2").arg(path, made.errorString());
        return writing.result;
    }
    OutputFile out(path);
    if (!out.open()) {
        writing.result.error = out.error();
        return writing.result;
    }
    if (out.device()->write(made.readAll()) != made.size()) {
        out.cancel(tr("cannot write %1: %2").arg(path, out.device()->errorString()));
        writing.result.error = out.error();
        return writing.result;
    }
    if (!out.commit()) {
        writing.result.error = out.error();
        return writing.result;
    }
    writing.result.sheets = names;
    writing.result.sheets.append(tieOutSheetName());
    if (writing.result.calculations > 0)
        writing.result.sheets.append(calculationsSheetName());
    return writing.result;
}
