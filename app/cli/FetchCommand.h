// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `tieout fetch TICKER|CIK|URL`: brings a company's latest earnings
// releases and reports from EDGAR into the cache (or --out DIR) and
// prints the files to open, which `tieout check` and the others accept.
class FetchCommand
{
public:
    static int run(const QStringList &arguments);
};
