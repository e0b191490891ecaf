// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiOptions.h"

#include "chartdata/ChartData.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

std::optional<GuiOptions> GuiOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    const QCommandLineOption selfTest(
        u"self-test"_s,
        QCoreApplication::translate("GuiOptions", "Start the GUI on the filings, check it, print one line and exit."));
    const QCommandLineOption screenshot(
        u"screenshot"_s, QCoreApplication::translate("GuiOptions", "Render the main window to a PNG and exit."),
        u"FILE"_s);
    const QCommandLineOption size(u"size"_s, QCoreApplication::translate("GuiOptions", "Screenshot size."), u"WxH"_s,
                                  u"1600x1000"_s);
    const QCommandLineOption schedule(
        u"schedule"_s, QCoreApplication::translate("GuiOptions", "Show the schedule whose title contains TITLE."),
        u"TITLE"_s);
    const QCommandLineOption selectRow(
        u"select-row"_s, QCoreApplication::translate("GuiOptions", "Select the N-th row with this label."),
        u"LABEL[#N]"_s);
    const QCommandLineOption note(
        u"note"_s, QCoreApplication::translate("GuiOptions", "Show this note (and clause) in the notes view."),
        u"LETTER[:CLAUSE]"_s);
    const QCommandLineOption page(
        u"page"_s,
        QCoreApplication::translate("GuiOptions",
                                    "Show the notes, the narrative or the tie-out list of the filing shown."),
        u"notes|narrative|facts|calculations|restatements|history|tie-out"_s);
    const QCommandLineOption chart(
        u"chart"_s,
        QCoreApplication::translate("GuiOptions",
                                    "Show this chart in the Charts dock; \"selection\" charts the selected row."),
        u"ID"_s);
    const QCommandLineOption dark(
        u"dark"_s, QCoreApplication::translate("GuiOptions", "Use a dark palette, to see or take screenshots of the "
                                                             "dark look on a desktop that has none."));
    parser.addOptions({selfTest, screenshot, size, schedule, selectRow, note, page, chart, dark});
    parser.addPositionalArgument(u"FILE"_s, QCoreApplication::translate("GuiOptions", "Filings to open."),
                                 u"[FILE...]"_s);
    QStringList withProgram = arguments;
    withProgram.prepend(u"tieout"_s);
    if (!parser.parse(withProgram)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    GuiOptions options;
    options.files = parser.positionalArguments();
    options.selfTest = parser.isSet(selfTest);
    options.dark = parser.isSet(dark);
    options.screenshot = parser.value(screenshot);
    options.schedule = parser.value(schedule);

    static const QRegularExpression sizePattern(uR"(^(\d{2,5})x(\d{2,5})$)"_s);
    const QRegularExpressionMatch sized = sizePattern.match(parser.value(size));
    if (!sized.hasMatch()) {
        *error = QCoreApplication::translate("GuiOptions", "--size expects WIDTHxHEIGHT, such as 1600x1000, not \"%1\"")
                     .arg(parser.value(size));
        return std::nullopt;
    }
    options.size = QSize(sized.captured(1).toInt(), sized.captured(2).toInt());

    const QString row = parser.value(selectRow);
    // "Net income#2@3": the second "Net income" row, its third period's cell.
    static const QRegularExpression numbered(uR"(^(.*?)(?:#(\d+))?(?:@(\d+))?$)"_s);
    const QRegularExpressionMatch match = numbered.match(row);
    options.selectLabel = match.captured(1);
    options.selectOccurrence = match.capturedLength(2) > 0 ? match.captured(2).toInt() : 1;
    options.selectPeriod = match.capturedLength(3) > 0 ? match.captured(3).toInt() : 0;
    if (options.selectOccurrence < 1) {
        *error = QCoreApplication::translate("GuiOptions", "--select-row counts rows from 1: \"%1\"").arg(row);
        return std::nullopt;
    }
    options.page = parser.value(page);
    if (!options.page.isEmpty()
        && !QStringList{u"notes"_s, u"narrative"_s, u"facts"_s, u"calculations"_s, u"restatements"_s, u"history"_s,
                        u"tie-out"_s}
                .contains(options.page)) {
        *error = QCoreApplication::translate(
                     "GuiOptions",
                     "--page expects notes, narrative, facts, calculations, restatements, history or tie-out, not "
                     "\"%1\"")
                     .arg(options.page);
        return std::nullopt;
    }
    options.chart = parser.value(chart);
    if (!options.chart.isEmpty() && options.chart != u"selection" && !ChartData::kindOf(options.chart)) {
        *error = QCoreApplication::translate("GuiOptions", "--chart expects one of %1 or selection, not \"%2\"")
                     .arg(ChartData::standardIds().join(u", "_s), options.chart);
        return std::nullopt;
    }
    const QStringList noteParts = parser.value(note).split(u':');
    options.note = noteParts.value(0);
    options.clause = noteParts.value(1);
    return options;
}
