// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "CheckCommand.h"
#include "ConsoleOutput.h"
#include "ExportChartCommand.h"
#include "InspectCommand.h"
#include "ReportCommand.h"
#include "TraceCommand.h"

#include <QCoreApplication>
#include <QLibraryInfo>

#include <cstring>

using namespace Qt::StringLiterals;

QStringList CommandLine::subcommands()
{
    return {u"inspect"_s, u"check"_s, u"trace"_s, u"export-chart"_s, u"report"_s};
}

bool CommandLine::drawsWidgets(int argc, char **argv)
{
    return argc >= 2 && (!std::strcmp(argv[1], "export-chart") || !std::strcmp(argv[1], "report"));
}

bool CommandLine::wantsGui(int argc, char **argv)
{
    if (argc < 2)
        return true;
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (!std::strcmp(arg, "--help") || !std::strcmp(arg, "-h") || !std::strcmp(arg, "--version")
            || !std::strcmp(arg, "-v"))
            return false;
    }
    return !subcommands().contains(QString::fromLocal8Bit(argv[1]));
}

QString CommandLine::usage()
{
    return uR"(Usage: tieout [FILE...]
       tieout inspect [--json] [FILE...]
       tieout check [--json] [FILE...]
       tieout trace [--json] [FILE]
       tieout export-chart --chart ID [--width W] [--height H] [--scale S] --out OUT [FILE...]
       tieout report [--paper A4|Letter] [--landscape] [--no-chart] --out FILE.pdf [FILE]

Tieout shows the schedules of an earnings release or a prospectus supplement
as financial tables, checks that their totals tie and traces every non-GAAP
adjustment to its note. With no FILE it opens the bundled filings.

Options:
  -h, --help       Show this help and exit.
  -v, --version    Show the version and exit.

Window options (for scripts and documentation):
  --self-test                Open the filings, check the window shows them, exit.
  --screenshot FILE          Render the window to a PNG and exit.
  --size WxH                 The window's size for --screenshot (default 1600x1000).
  --schedule TITLE           Show the schedule whose title contains TITLE.
  --select-row LABEL[#N]     Select the N-th row with this label.
  --note LETTER[:CLAUSE]     Show this note, and clause, in the notes view.
  --page notes|narrative|tie-out
                             Show that page of the filing shown.
  --chart ID                 Show this chart in the Charts panel ("selection":
                             the selected row's).

Subcommands (headless):
  inspect          Print what was read from each FILE (--json: as JSON).
  check            Check that every total ties within rounding; exit 1 if any fails.
  trace            Trace every non-GAAP adjustment to its notes and sources.
  export-chart     Draw a chart (segments, revenue-mix, opex, bridge-operating-income,
                   bridge-net-income) to PNG, JPG, PDF or SVG, after OUT's extension.
  report           Write the GAAP to non-GAAP reconciliation report as PDF.

Run "tieout COMMAND --help" for a command's options; "man tieout" for more.
)"_s;
}

int CommandLine::runConsole(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == u"inspect")
        return InspectCommand::run(arguments.mid(1));
    if (command == u"check")
        return CheckCommand::run(arguments.mid(1));
    if (command == u"trace")
        return TraceCommand::run(arguments.mid(1));
    if (command == u"export-chart")
        return ExportChartCommand::run(arguments.mid(1));
    if (command == u"report")
        return ReportCommand::run(arguments.mid(1));
    if (arguments.contains(u"--version"_s) || arguments.contains(u"-v"_s)) {
        ConsoleOutput::out(u"%1 %2 (Qt %3)\n"_s.arg(QCoreApplication::applicationName(),
                                                    QCoreApplication::applicationVersion(),
                                                    QString::fromLatin1(qVersion())));
        return 0;
    }
    ConsoleOutput::out(usage());
    return 0;
}
