// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `tieout trace [--json] [FILE]`: every non-GAAP adjustment's trace to its
// notes and sources. With no FILE, the bundled earnings release(s).
class TraceCommand
{
public:
    static int run(const QStringList &arguments);
};
