// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// `tieout export-xlsx [--schedule TITLE] --out FILE.xlsx [FILE...]`: the
// filings as one Excel workbook (WorkbookWriter), each schedule a sheet, or
// only the schedule of each filing that TITLE names.
class ExportXlsxCommand
{
public:
    static int run(const QStringList &arguments);
};
