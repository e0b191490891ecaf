// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `tieout check [--json] FILE...`: every tie-out with its verdict, failures
// first, then "N checks, N passed, N failed". Exit 0 when all pass, 1 when
// any fails, 2 when an input cannot be read.
class CheckCommand
{
public:
    static int run(const QStringList &arguments);
};
