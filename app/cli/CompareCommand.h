// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `tieout compare [--json] FILE...`: every figure a later filing reports
// differently for a period an earlier one reported, every "as previously
// reported" and "as restated" pair that differs, and the facts one filing
// states that another reports. Exit 1 when any figure differs, as `check`
// does for a total that does not tie.
class CompareCommand
{
public:
    static int run(const QStringList &arguments);
};
