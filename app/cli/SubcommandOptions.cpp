// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubcommandOptions.h"

#include "ConsoleOutput.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

std::optional<int> SubcommandOptions::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments))
        return fail(arguments.value(0), parser.errorText());
    if (parser.isSet(u"help"_s)) {
        ConsoleOutput::out(parser.helpText());
        return 0;
    }
    return std::nullopt;
}

int SubcommandOptions::fail(const QString &command, const QString &message)
{
    ConsoleOutput::err(u"tieout %1: %2\n"_s.arg(command, message));
    return Usage;
}
