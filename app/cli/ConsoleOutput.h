// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Writes UTF-8 text to standard output and standard error. Subcommands print
// through it so the output is the same whatever the locale.
class ConsoleOutput
{
public:
    static void out(const QString &text);
    static void err(const QString &text);
};
