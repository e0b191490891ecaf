// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Where an export is first offered to go, and remembering where it went:
// the folder last written to, and a file name made from the title.
class ExportPath
{
public:
    // "…/Operating expenses.png" in the last export folder; characters a
    // file name cannot hold become spaces.
    static QString suggested(const QString &title, const QString &suffix);
    // The folder of a file just written, offered next time.
    static void remember(const QString &path);
};
