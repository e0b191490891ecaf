// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportXlsxCommand.h"

#include "ConsoleOutput.h"
#include "SubcommandOptions.h"
#include "import/FilingImporter.h"
#include "workbook/WorkbookWriter.h"

#include <QCommandLineParser>
#include <QDir>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    return SubcommandOptions::fail(u"export-xlsx"_s, message);
}

// The schedule a title names: the one of that title, case ignored, or the
// one title that holds it; -1 with the reason when none or several do.
qsizetype scheduleNamed(const Filing &filing, const QString &title, QString *error)
{
    QList<qsizetype> holding;
    for (qsizetype s = 0; s < filing.schedules.size(); ++s) {
        const QString &candidate = filing.schedules[s].title;
        if (candidate.compare(title, Qt::CaseInsensitive) == 0)
            return s;
        if (candidate.contains(title, Qt::CaseInsensitive))
            holding.append(s);
    }
    if (holding.size() == 1)
        return holding.constFirst();
    QStringList titles;
    for (const qsizetype s : holding.isEmpty() ? QList<qsizetype>() : holding)
        titles << u"  "_s + filing.schedules[s].title;
    if (holding.isEmpty()) {
        for (const Schedule &schedule : filing.schedules)
            titles << u"  "_s + schedule.title;
        *error =
            u"%1 has no schedule titled \"%2\"; its schedules:\n%3"_s.arg(filing.fileName(), title, titles.join(u'\n'));
    } else {
        *error = u"\"%1\" names %2 schedules of %3; say which:\n%4"_s.arg(title)
                     .arg(holding.size())
                     .arg(filing.fileName(), titles.join(u'\n'));
    }
    return -1;
}

} // namespace

int ExportXlsxCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Write filings as an Excel workbook: a sheet per schedule laid out as shown, every total the tie-out "
        "explains as a live formula over its terms (the filed figure its cached result), tagged figures' concepts "
        "as comments, and a Tie-out sheet listing every check with a link to its figure."_s);
    parser.addHelpOption();
    const QCommandLineOption schedule(
        u"schedule"_s, u"Only the schedule of each filing with this title (or the one title holding it)."_s,
        u"TITLE"_s);
    const QCommandLineOption out(u"out"_s, u"The workbook to write."_s, u"FILE.xlsx"_s);
    parser.addOptions({schedule, out});
    parser.addPositionalArgument(u"FILE"_s, u"Filings to write; none: the bundled filings."_s, u"[FILE...]"_s);
    if (const std::optional<int> stop = SubcommandOptions::parse(parser, arguments))
        return *stop;
    if (!parser.isSet(out))
        return fail(u"--out FILE.xlsx is required"_s);
    const QString path = parser.value(out);
    if (!path.endsWith(u".xlsx"_s, Qt::CaseInsensitive))
        return fail(u"--out names an .xlsx file, not \"%1\""_s.arg(path));

    const QStringList files =
        parser.positionalArguments().isEmpty() ? FilingImporter::bundledFilings() : parser.positionalArguments();
    QList<WorkbookWriter::Part> parts;
    for (const QString &file : files) {
        const ImportResult result = FilingImporter::importFile(file);
        for (const Diagnostic &d : result.diagnostics)
            ConsoleOutput::err(d.toString() + u'\n');
        if (!result.filing)
            return 2;
        WorkbookWriter::Part part{FilingAnalysis::analyze(*result.filing), {}};
        if (parser.isSet(schedule)) {
            QString error;
            const qsizetype index = scheduleNamed(part.analysis->filing, parser.value(schedule), &error);
            if (index < 0)
                return fail(error);
            part.schedules = {index};
        }
        parts.append(part);
    }
    const WorkbookWriter::Result written = WorkbookWriter::write(parts, path);
    if (!written.ok())
        return fail(written.error);
    // A 10-K has hundreds of tables: the first few are named.
    constexpr qsizetype named = 8;
    QString sheets = written.sheets.mid(0, named).join(u", "_s);
    if (written.sheets.size() > named)
        sheets += u", … %1 more"_s.arg(written.sheets.size() - named);
    ConsoleOutput::out(u"%1: %2 sheet(s) (%3), %4 formula(s), %5 check line(s)\n"_s.arg(QDir::toNativeSeparators(path))
                           .arg(written.sheets.size())
                           .arg(sheets)
                           .arg(written.formulas)
                           .arg(written.checks));
    return 0;
}
