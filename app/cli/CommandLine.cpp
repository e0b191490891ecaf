// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "CheckCommand.h"
#include "CompareCommand.h"
#include "ConsoleOutput.h"
#include "ExportChartCommand.h"
#include "ExportXlsxCommand.h"
#include "FetchCommand.h"
#include "InspectCommand.h"
#include "ReportCommand.h"
#include "TraceCommand.h"

#include "GuiOptions.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>

#include <cstring>

using namespace Qt::StringLiterals;

QStringList CommandLine::subcommands()
{
    return {u"inspect"_s, u"check"_s,   u"trace"_s, u"export-chart"_s,
            u"report"_s,  u"compare"_s, u"fetch"_s, u"export-xlsx"_s};
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

namespace {

// Qt's own options, which QGuiApplication takes out of the arguments before
// the window reads them; those that take a value, and those that do not.
const QStringList &qtOptionsWithValue()
{
    static const QStringList options{u"platform"_s,        u"platformpluginpath"_s,
                                     u"platformtheme"_s,   u"plugin"_s,
                                     u"qwindowgeometry"_s, u"geometry"_s,
                                     u"qwindowicon"_s,     u"icon"_s,
                                     u"qwindowtitle"_s,    u"title"_s,
                                     u"session"_s,         u"name"_s,
                                     u"display"_s,         u"style"_s,
                                     u"stylesheet"_s,      u"visual"_s,
                                     u"ncols"_s,           u"cmap"_s};
    return options;
}

const QStringList &qtFlags()
{
    static const QStringList flags{u"reverse"_s, u"widgetcount"_s, u"nograb"_s,
                                   u"dograb"_s,  u"testability"_s, u"qmljsdebugger"_s};
    return flags;
}

// "-platform" and "--platform" alike, as Qt reads them; empty for anything else.
QString qtOptionName(const QString &argument)
{
    if (!argument.startsWith(u'-') || argument == u"-" || argument == u"--")
        return {};
    QString name = argument.mid(argument.startsWith(u"--") ? 2 : 1);
    name = name.left(name.indexOf(u'='));
    return qtOptionsWithValue().contains(name) || qtFlags().contains(name) ? name : QString();
}

QString commandList()
{
    QStringList commands = CommandLine::subcommands();
    const QString last = commands.takeLast();
    return QCoreApplication::translate("CommandLine", "%1 and %2").arg(commands.join(u", "_s), last);
}

} // namespace

bool CommandLine::hasDisplay(int argc, char **argv)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true;
    for (int i = 1; i < argc; ++i) {
        if (qtOptionName(QString::fromLocal8Bit(argv[i])) == u"platform")
            return true;
    }
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return true;
#endif
}

QString CommandLine::guiRefusal(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        const QString qt = qtOptionName(argument);
        if (qt.isEmpty()) {
            arguments << argument;
        } else if (qtOptionsWithValue().contains(qt) && !argument.contains(u'=')) {
            ++i; // and its value
        }
    }
    QString error;
    const std::optional<GuiOptions> options = GuiOptions::parse(arguments, &error);
    if (!options)
        return u"tieout: "_s + error;
    for (const QString &file : options->files) {
        const QFileInfo info(file);
        if (!info.exists()) {
            return QCoreApplication::translate("CommandLine", "tieout: %1 is neither a command nor a file; the "
                                                              "commands are %2")
                .arg(file, commandList());
        }
        if (info.isDir())
            return QCoreApplication::translate("CommandLine", "tieout: %1 is a folder: expected a filing's text file")
                .arg(file);
        if (!info.isReadable())
            return QCoreApplication::translate("CommandLine", "tieout: %1 cannot be read: permission denied").arg(file);
    }
    if (!hasDisplay(argc, argv)) {
        return QCoreApplication::translate("CommandLine",
                                           "tieout: the window needs a display, and none is set (DISPLAY, "
                                           "WAYLAND_DISPLAY); %1 work without one")
            .arg(commandList());
    }
    return {};
}

QString CommandLine::usage()
{
    return uR"(Usage: tieout [FILE...]
       tieout inspect [--json] [FILE...]
       tieout check [--json] [FILE...]
       tieout trace [--json] [FILE]
       tieout export-chart --chart ID [--width W] [--height H] [--scale S] --out OUT [FILE...]
       tieout report [--paper A4|Letter] [--landscape] [--no-chart] --out FILE.pdf [FILE]
       tieout compare [--json] FILE...
       tieout fetch [--form 8-K|10-Q|10-K] [--latest N] [--out DIR] [--user-agent "NAME EMAIL"]
                    [--edgar-url URL] TICKER|CIK|URL
       tieout export-xlsx [--schedule TITLE] --out FILE.xlsx [FILE...]

Tieout shows the schedules of an earnings release, a prospectus supplement or
an inline XBRL 10-Q, 10-K or 8-K (alone, in its filing folder or its -xbrl.zip)
as financial tables, checks that their totals tie (and an inline XBRL filing's
own calculations) and traces every non-GAAP adjustment to its note. With no
FILE it opens the bundled filings.

Options:
  -h, --help       Show this help and exit.
  -v, --version    Show the version and exit.

Window options (for scripts and documentation):
  --self-test                Open the filings, check the window shows them, exit.
  --screenshot FILE          Render the window to a PNG and exit.
  --size WxH                 The window's size for --screenshot (default 1600x1000).
  --schedule TITLE           Show the schedule whose title contains TITLE.
  --select-row LABEL[#N][@P] Select the N-th row with this label (its cell in
                             period P, from 1).
  --note LETTER[:CLAUSE]     Show this note, and clause, in the notes view.
  --page notes|narrative|facts|calculations|restatements|history|tie-out
                             Show that page of the filing shown.
  --chart ID                 Show this chart in the Charts panel ("selection":
                             the selected row's).

Subcommands (headless):
  inspect          Print what was read from each FILE, facts included (--json: as JSON).
  check            Check that every total ties within rounding, and an inline XBRL
                   filing's calculations; exit 1 if any fails.
  trace            Trace every non-GAAP adjustment to its notes and sources.
  export-chart     Draw a chart (segments, revenue-mix, opex, bridge-operating-income,
                   bridge-net-income) to PNG, JPG, PDF or SVG, after OUT's extension.
  report           Write the GAAP to non-GAAP reconciliation report as PDF.
  compare          List every figure a later filing reports differently for the same
                   period, and "as restated" columns that differ; exit 1 if any.
  fetch            Fetch a company's latest earnings releases, 10-Qs and 10-Ks from
                   SEC EDGAR (cached) and print the files to open.
  export-xlsx      Write an Excel workbook: a sheet per schedule, totals as live
                   formulas over their terms, and a Tie-out sheet.

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
    if (command == u"compare")
        return CompareCommand::run(arguments.mid(1));
    if (command == u"fetch")
        return FetchCommand::run(arguments.mid(1));
    if (command == u"export-xlsx")
        return ExportXlsxCommand::run(arguments.mid(1));
    if (arguments.contains(u"--version"_s) || arguments.contains(u"-v"_s)) {
        ConsoleOutput::out(u"%1 %2 (Qt %3)\n"_s.arg(QCoreApplication::applicationName(),
                                                    QCoreApplication::applicationVersion(),
                                                    QString::fromLatin1(qVersion())));
        return 0;
    }
    ConsoleOutput::out(usage());
    return 0;
}
