// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

// What every subcommand does with its options before its own work: parse
// them, print --help, and say what is wrong on standard error as
// "tieout COMMAND: message", with status 2.
class SubcommandOptions
{
public:
    static constexpr int Usage = 2;

    // Parses `arguments` (the command's name first); the status to exit with
    // when the command stops here: 0 after --help, Usage after an error.
    static std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);
    // Says "tieout COMMAND: message" and returns Usage.
    static int fail(const QString &command, const QString &message);
};
