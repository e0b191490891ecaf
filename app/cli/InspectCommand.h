// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `tieout inspect [--json] FILE...`: prints what was read from each file.
// With no FILE it reads the bundled filings. Exit 0, or 2 when an input
// cannot be read (the errors go to standard error, like a compiler's).
class InspectCommand
{
public:
    static int run(const QStringList &arguments);
};
