// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportBuilder.h"

#include "amount/AmountFormat.h"
#include "chartdata/ChartBuilder.h"
#include "checks/CheckText.h"
#include "checks/TieOutCount.h"
#include "filing/PeriodNames.h"
#include "models/CheckFigures.h"
#include "models/ScheduleTableModel.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QSet>
#include <QTextCursor>
#include <QTextTable>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QColor Quiet(0x5f, 0x66, 0x6d);
const QColor Emphasis(0xee, 0xf3, 0xf8); // the GAAP and non-GAAP lines
const QColor HeaderFill(0xf2, 0xf2, 0xf2);
const QColor FailInk(0xb7, 0x1c, 0x1c);
const QColor FailFill(0xfd, 0xec, 0xea);
constexpr double IndentPerLevel = 12;

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportBuilder", text);
}

QTextCharFormat textFormat(double scale = 1.0, bool bold = false, const QColor &color = {})
{
    QTextCharFormat format;
    QFont font = QGuiApplication::font();
    font.setPointSizeF(9 * scale);
    font.setBold(bold);
    // No ligatures: "effect" must read back from the PDF as it was filed.
    font.setStyleStrategy(QFont::PreferNoShaping);
    format.setFont(font);
    if (color.isValid())
        format.setForeground(color);
    return format;
}

void paragraph(QTextCursor &cursor, const QString &text, const QTextCharFormat &format, double spaceAbove = 0)
{
    QTextBlockFormat block;
    block.setTopMargin(spaceAbove);
    block.setBottomMargin(2);
    cursor.insertBlock(block, format);
    cursor.insertText(text, format);
}

QString periodsOf(const Schedule &schedule)
{
    return PeriodNames::of(schedule).join(tr(" against "));
}

// Rows the report emphasises: each reconciliation block's GAAP line and the non-GAAP total it reaches.
QSet<qsizetype> emphasisedRows(const FilingAnalysis &analysis, qsizetype schedule)
{
    QSet<qsizetype> rows;
    for (const AdjustmentTrace &trace : analysis.traces) {
        if (trace.block.schedule == schedule)
            rows << trace.block.row << trace.nonGaap.row;
    }
    return rows;
}

void insertCell(QTextTable *table, int row, int column, const QString &text, const QTextCharFormat &format,
                Qt::Alignment alignment, double indent = 0)
{
    QTextTableCell cell = table->cellAt(row, column);
    QTextCursor cursor = cell.firstCursorPosition();
    QTextBlockFormat block;
    block.setAlignment(alignment);
    block.setLeftMargin(indent);
    cursor.setBlockFormat(block);
    cursor.insertText(text, format);
}

// A table of the report: full width, ruled by its cells only, its header
// row repeated on every page it reaches.
QTextTableFormat tableFormat(const QList<double> &percentages)
{
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setBorder(0);
    format.setBorderCollapse(true);
    format.setCellPadding(2);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (const double percentage : percentages)
        widths << QTextLength(QTextLength::PercentageLength, percentage);
    format.setColumnWidthConstraints(widths);
    return format;
}

void fillCell(QTextTable *table, int row, int column, const QColor &color)
{
    QTextTableCell cell = table->cellAt(row, column);
    QTextTableCellFormat format = cell.format().toTableCellFormat();
    format.setBackground(color);
    cell.setFormat(format);
}

// The schedule's table, from the same model the window shows, so a report
// reads as the screen does.
void insertTable(QTextCursor &cursor, const FilingAnalysisPtr &analysis, qsizetype index)
{
    ScheduleTableModel model;
    model.setSchedule(analysis, index);
    const QSet<qsizetype> emphasised = emphasisedRows(*analysis, index);
    const int columns = model.columnCount();
    const int rows = model.rowCount();

    const bool hasNotes = model.columnKind(1) == ScheduleTableModel::ColumnKind::Note;
    const int values = columns - 1 - (hasNotes ? 1 : 0);
    const double labelShare = values > 3 ? 34 : 46;
    QList<double> widths{labelShare};
    if (hasNotes)
        widths << 6;
    for (int c = 0; c < values; ++c)
        widths << (100 - labelShare - (hasNotes ? 6 : 0)) / std::max(1, values);
    const QTextTableFormat format = tableFormat(widths);
    QTextTable *table = cursor.insertTable(rows + 1, columns, format);

    for (int c = 0; c < columns; ++c) {
        QTextTableCell cell = table->cellAt(0, c);
        QTextTableCellFormat fill = cell.format().toTableCellFormat();
        fill.setBackground(HeaderFill);
        fill.setBottomBorder(0.8);
        fill.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        fill.setBottomBorderBrush(Qt::black);
        cell.setFormat(fill);
        const QString header = model.headerData(c, Qt::Horizontal).toString().replace(u'\n', u' ');
        insertCell(table, 0, c, header, textFormat(0.95, true), c == 0 ? Qt::AlignLeft : Qt::AlignRight);
    }
    for (int r = 0; r < rows; ++r) {
        const bool strong = emphasised.contains(r);
        for (int c = 0; c < columns; ++c) {
            const QModelIndex at = model.index(r, c);
            const QFont font = at.data(Qt::FontRole).value<QFont>();
            QTextCharFormat text = textFormat(1.0, strong || font.bold());
            text.setFontItalic(font.italic());
            QTextTableCell cell = table->cellAt(r + 1, c);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            if (strong)
                cellFormat.setBackground(Emphasis);
            const int rules = at.data(ScheduleTableModel::RuleRole).toInt();
            if (rules & ScheduleTableModel::RuleAbove) {
                cellFormat.setTopBorder(0.6);
                cellFormat.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                cellFormat.setTopBorderBrush(Qt::black);
            }
            if (rules & ScheduleTableModel::DoubleRuleBelow) {
                cellFormat.setBottomBorder(2.2);
                cellFormat.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Double);
                cellFormat.setBottomBorderBrush(Qt::black);
            }
            cell.setFormat(cellFormat);
            const auto alignment = c == 0 ? Qt::AlignLeft : (hasNotes && c == 1 ? Qt::AlignHCenter : Qt::AlignRight);
            const double indent = c == 0 ? IndentPerLevel * at.data(ScheduleTableModel::LevelRole).toInt() : 0;
            insertCell(table, r + 1, c, at.data(Qt::DisplayRole).toString(), text, alignment, indent);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

// The schedule's company, title and units; from the top of a new page when asked.
void insertTitle(QTextCursor &cursor, const FilingAnalysis &analysis, const Schedule &schedule, const QString &units,
                 bool newPage = false)
{
    QTextBlockFormat first;
    if (newPage)
        first.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor.setBlockFormat(first);
    const QString company = schedule.company.isEmpty() ? analysis.filing.company : schedule.company;
    cursor.insertText(company, textFormat(1.1, false, Quiet));
    paragraph(cursor, schedule.title, textFormat(1.5, true));
    paragraph(cursor, units, textFormat(1.0, false, Quiet));
    paragraph(cursor, QString(), textFormat(0.5));
}

// The checks on the schedule, each period a line, failures first and
// marked, under a heading ("Tie-out", or the schedule's title).
void insertTieOut(QTextCursor &cursor, const FilingAnalysis &analysis, const Schedule &schedule, qsizetype index,
                  const QString &heading)
{
    QList<const Check *> checks;
    for (const Check &check : analysis.tieOut.checks) {
        if (check.target.schedule == index)
            checks << &check;
    }
    std::stable_sort(checks.begin(), checks.end(),
                     [](const Check *a, const Check *b) { return !a->passed() && b->passed(); });
    TieOutCount count;
    for (const Check *check : std::as_const(checks))
        count.add(*check);
    const bool failed = count.failed > 0;
    paragraph(cursor, heading, textFormat(1.25, true), 14);
    const QString summary = checks.isEmpty() ? tr("No check applies to %1.").arg(schedule.title)
                                             : count.summary() + (failed ? u"."_s : tr(" within rounding."));
    paragraph(cursor, summary, textFormat(1.0, failed, failed ? FailInk : QColor()));
    if (checks.isEmpty())
        return;

    const QTextTableFormat format = tableFormat({4, 48, 12, 12, 12, 12});
    int lines = 0;
    for (const Check *check : std::as_const(checks))
        lines += int(check->periods.size());
    QTextTable *table = cursor.insertTable(lines + 1, 6, format);
    const QStringList headers{QString(), tr("Check"), tr("Period"), tr("Reported"), tr("Computed"), tr("Difference")};
    for (int c = 0; c < headers.size(); ++c) {
        fillCell(table, 0, c, HeaderFill);
        insertCell(table, 0, c, headers[c], textFormat(0.95, true), c < 3 ? Qt::AlignLeft : Qt::AlignRight);
    }
    int row = 1;
    const CheckText words(analysis.filing);
    for (const Check *check : std::as_const(checks)) {
        const QString description = words.description(*check);
        const QList<CheckLine> periods = words.periods(*check);
        for (qsizetype p = 0; p < periods.size(); ++p) {
            const CheckLine &period = periods[p];
            // Figures as the tie-out list prints them: grouped, a sum's interval as its figure.
            const bool percent = CheckFigures::isPercent(analysis.filing, *check, p);
            const bool fails = period.verdict == CheckLine::Verdict::Fail;
            const QTextCharFormat text = textFormat(0.9, fails, fails ? FailInk : QColor());
            for (int c = 0; fails && c < 6; ++c)
                fillCell(table, row, c, FailFill);
            const QString mark = period.verdict == CheckLine::Verdict::Pass ? u"\u2713"_s
                                 : fails                                    ? u"\u2717"_s
                                                                            : u"\u2013"_s;
            insertCell(table, row, 0, mark, text, Qt::AlignLeft);
            insertCell(table, row, 1, description, text, Qt::AlignLeft);
            insertCell(table, row, 2, period.period, text, Qt::AlignLeft);
            insertCell(table, row, 3, CheckFigures::reported(period, percent), text, Qt::AlignRight);
            insertCell(table, row, 4, CheckFigures::computed(period, percent), text, Qt::AlignRight);
            insertCell(table, row, 5, CheckFigures::difference(period), text, Qt::AlignRight);
            ++row;
        }
    }
    cursor.movePosition(QTextCursor::End);
}

QString rowName(const Filing &filing, const RowRef &ref)
{
    const Row &row = filing.schedules.at(ref.schedule).rows.at(ref.row);
    return tr("line %1 %2").arg(row.location.line).arg(row.label);
}

// Each adjustment in one line: its notes, its sources with the arithmetic, its effect per share.
void insertTraces(QTextCursor &cursor, const FilingAnalysis &analysis, qsizetype index)
{
    paragraph(cursor, tr("Where each adjustment comes from"), textFormat(1.25, true), 14);
    const Filing &filing = analysis.filing;
    for (const AdjustmentTrace &trace : analysis.traces) {
        if (trace.block.schedule != index)
            continue;
        QStringList notes;
        for (const AdjustmentTrace::NoteMatch &match : trace.notes) {
            const Note *note = filing.note(match.letter);
            const QString name = note ? note->name() : tr("Note %1").arg(match.letter);
            notes << (match.clauseNumeral.isEmpty() ? name : tr("%1 (%2)").arg(name, match.clauseNumeral));
        }
        QStringList parts;
        if (!notes.isEmpty())
            parts << notes.join(u", "_s);
        if (trace.sources.isEmpty()) {
            parts << tr("no source line in the statements");
        } else {
            const AdjustmentTrace::Source &source = trace.sources.constFirst();
            QStringList names;
            for (const RowRef &ref : source.rows)
                names << rowName(filing, ref);
            parts << tr("from %1: %2").arg(names.join(u" + "_s), source.description);
        }
        if (!trace.perShareEffect.isEmpty())
            parts << tr("per diluted share %1").arg(trace.perShareEffect.join(u" | "_s));
        if (!trace.impliedTaxRate.isEmpty())
            parts << tr("implied tax rate %1%").arg(trace.impliedTaxRate.join(u"% | "_s));

        QTextBlockFormat block;
        block.setBottomMargin(3);
        block.setLeftMargin(10);
        block.setTextIndent(-10);
        cursor.insertBlock(block);
        const Row &row = filing.schedules[trace.row.schedule].rows[trace.row.row];
        cursor.insertText(tr("%1 (line %2, in %3): ")
                              .arg(trace.label)
                              .arg(row.location.line)
                              .arg(filing.schedules[trace.block.schedule].rows[trace.block.row].label),
                          textFormat(0.9, true));
        cursor.insertText(parts.join(u"; "_s), textFormat(0.9));
    }
}

void insertNotes(QTextCursor &cursor, const FilingAnalysis &analysis, qsizetype index)
{
    // Every note the schedule's rows cite, in order of letter.
    QStringList letters;
    for (const Row &row : analysis.filing.schedules[index].rows) {
        for (const QString &letter : row.notes) {
            if (analysis.filing.note(letter) && !letters.contains(letter))
                letters << letter;
        }
    }
    std::sort(letters.begin(), letters.end());
    if (letters.isEmpty())
        return;
    paragraph(cursor, tr("Notes cited"), textFormat(1.25, true), 14);
    for (const QString &letter : std::as_const(letters)) {
        const Note *note = analysis.filing.note(letter);
        paragraph(cursor, note->heading(), textFormat(1.0, true), 6);
        QTextBlockFormat text;
        text.setBottomMargin(4);
        text.setAlignment(Qt::AlignJustify);
        cursor.insertBlock(text);
        cursor.insertText(note->text, textFormat(0.9));
    }
}

std::shared_ptr<QTextDocument> newDocument()
{
    auto document = std::make_shared<QTextDocument>();
    document->setDocumentMargin(0);
    QFont font = QGuiApplication::font();
    font.setPointSizeF(9);
    font.setStyleStrategy(QFont::PreferNoShaping);
    document->setDefaultFont(font);
    return document;
}

Report frame(const FilingAnalysisPtr &analysis, qsizetype index, const ReportBuilder::Options &options,
             const QString &kind)
{
    const Schedule &schedule = analysis->filing.schedules[index];
    Report report;
    report.document = newDocument();
    const QString company = schedule.company.isEmpty() ? analysis->filing.company : schedule.company;
    report.title = u"%1 \u2014 %2"_s.arg(company, kind);
    report.header = u"%1 \u2014 %2"_s.arg(company, schedule.title);
    ScheduleTableModel model;
    model.setSchedule(analysis, index);
    report.subheader = u"%1 \u00b7 %2"_s.arg(periodsOf(schedule), model.unitsText());
    report.source = analysis->filing.fileName();
    report.printed = options.printed;
    report.document->setMetaInformation(QTextDocument::DocumentTitle, report.title);
    return report;
}

} // namespace

qsizetype ReportBuilder::reconciliationSchedule(const FilingAnalysis &analysis)
{
    return analysis.traces.isEmpty() ? -1 : analysis.traces.constFirst().block.schedule;
}

std::optional<Report> ReportBuilder::reconciliation(const FilingAnalysisPtr &analysis, const Options &options,
                                                    QString *error)
{
    const qsizetype index = reconciliationSchedule(*analysis);
    if (index < 0) {
        if (error)
            *error = tr("%1 has no GAAP to non-GAAP reconciliation to report").arg(analysis->filing.fileName());
        return std::nullopt;
    }
    const Schedule &schedule = analysis->filing.schedules[index];
    Report report = frame(analysis, index, options, schedule.title);
    QTextCursor cursor(report.document.get());
    ScheduleTableModel model;
    model.setSchedule(analysis, index);
    insertTitle(cursor, *analysis, schedule, model.unitsText());
    insertTable(cursor, analysis, index);
    ReportChartObject *charts = nullptr;
    if (options.charts.draw) {
        charts = new ReportChartObject(options.charts.draw, report.document.get());
        report.makePainter = options.charts.makePainter;
        for (const ChartData::Kind kind : {ChartData::Kind::BridgeOperatingIncome, ChartData::Kind::BridgeNetIncome}) {
            const ChartData chart = ChartBuilder::build(*analysis, kind);
            if (!chart.isAvailable())
                continue;
            QTextBlockFormat block;
            block.setTopMargin(12);
            block.setAlignment(Qt::AlignHCenter);
            cursor.insertBlock(block);
            charts->insert(cursor, chart);
        }
    }
    insertNotes(cursor, *analysis, index);
    insertTraces(cursor, *analysis, index);
    insertTieOut(cursor, *analysis, schedule, index, tr("Tie-out"));
    if (charts)
        charts->registerHandler();
    return report;
}

Report ReportBuilder::schedule(const FilingAnalysisPtr &analysis, qsizetype index, const Options &options)
{
    const Schedule &schedule = analysis->filing.schedules[index];
    Report report = frame(analysis, index, options, schedule.title);
    QTextCursor cursor(report.document.get());
    ScheduleTableModel model;
    model.setSchedule(analysis, index);
    insertTitle(cursor, *analysis, schedule, model.unitsText());
    insertTable(cursor, analysis, index);
    insertTieOut(cursor, *analysis, schedule, index, tr("Tie-out"));
    return report;
}

Report ReportBuilder::allSchedules(const FilingAnalysisPtr &analysis, const Options &options)
{
    const Filing &filing = analysis->filing;
    Report report;
    report.document = newDocument();
    const QString company = filing.company.isEmpty() ? filing.fileName() : filing.company;
    report.title = u"%1 \u2014 %2"_s.arg(company, tr("Schedules"));
    report.header = filing.title.isEmpty() ? company : u"%1 \u2014 %2"_s.arg(company, filing.title);
    const QString count = filing.schedules.size() == 1
                              ? tr("1 schedule")
                              : tr("%1 schedules").arg(AmountFormat::count(filing.schedules.size()));
    report.subheader =
        filing.date.isValid() ? u"%1 \u00b7 %2"_s.arg(QLocale().toString(filing.date, u"d MMMM yyyy"_s), count) : count;
    report.source = filing.fileName();
    report.printed = options.printed;
    report.document->setMetaInformation(QTextDocument::DocumentTitle, report.title);

    QTextCursor cursor(report.document.get());
    for (qsizetype index = 0; index < filing.schedules.size(); ++index) {
        ScheduleTableModel model;
        model.setSchedule(analysis, index);
        insertTitle(cursor, *analysis, filing.schedules[index], model.unitsText(), index > 0);
        insertTable(cursor, analysis, index);
    }
    return report;
}

Report ReportBuilder::tieOut(const QList<FilingAnalysisPtr> &analyses, const Options &options)
{
    Report report;
    report.document = newDocument();
    TieOutCount total;
    for (const FilingAnalysisPtr &analysis : analyses)
        total.add(TieOutCount::of(analysis->tieOut.checks));
    const auto companyOf = [](const Filing &filing) {
        return filing.company.isEmpty() ? filing.fileName() : filing.company;
    };
    if (analyses.size() == 1) {
        const Filing &filing = analyses.constFirst()->filing;
        report.title = u"%1 \u2014 %2"_s.arg(companyOf(filing), tr("Tie-out"));
        report.header =
            filing.title.isEmpty() ? companyOf(filing) : u"%1 \u2014 %2"_s.arg(companyOf(filing), filing.title);
        report.source = filing.fileName();
    } else {
        report.title = tr("Tie-out of %1 filings").arg(analyses.size());
        report.header = report.title;
        QStringList files;
        for (const FilingAnalysisPtr &analysis : analyses)
            files << analysis->filing.fileName();
        report.source = files.join(u", "_s);
    }
    report.subheader = total.summary();
    report.printed = options.printed;
    report.document->setMetaInformation(QTextDocument::DocumentTitle, report.title);

    // Each filing from the top of a page: its company, file and date, its
    // count, then each schedule's checks, failures first.
    QTextCursor cursor(report.document.get());
    for (qsizetype f = 0; f < analyses.size(); ++f) {
        const FilingAnalysis &analysis = *analyses[f];
        const Filing &filing = analysis.filing;
        // Each filing in a block of its own, from the top of a page but the first.
        QTextBlockFormat first;
        if (f > 0) {
            first.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.insertBlock(first);
        } else {
            cursor.setBlockFormat(first);
        }
        cursor.insertText(companyOf(filing), textFormat(1.1, false, Quiet));
        paragraph(cursor, filing.title.isEmpty() ? filing.fileName() : filing.title, textFormat(1.5, true));
        const QString dated =
            filing.date.isValid()
                ? u"%1 \u00b7 %2"_s.arg(filing.fileName(), QLocale().toString(filing.date, u"d MMMM yyyy"_s))
                : filing.fileName();
        paragraph(cursor, dated, textFormat(1.0, false, Quiet));
        const TieOutCount count = TieOutCount::of(analysis.tieOut.checks);
        paragraph(cursor, count.summary() + u'.',
                  textFormat(1.0, count.failed > 0, count.failed > 0 ? FailInk : QColor()), 6);
        QSet<qsizetype> checked;
        for (const Check &check : analysis.tieOut.checks)
            checked.insert(check.target.schedule);
        for (qsizetype index = 0; index < filing.schedules.size(); ++index) {
            if (checked.contains(index))
                insertTieOut(cursor, analysis, filing.schedules[index], index, filing.schedules[index].title);
        }
    }
    return report;
}

Report ReportBuilder::forShown(const FilingAnalysisPtr &analysis, qsizetype schedule, const Options &options)
{
    const qsizetype reconciled = reconciliationSchedule(*analysis);
    if (reconciled >= 0 && (schedule < 0 || schedule == reconciled))
        return *reconciliation(analysis, options, nullptr);
    return ReportBuilder::schedule(analysis, std::max<qsizetype>(0, schedule), options);
}
