// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The filings this process has read, by canonical path, so that another
// name for the same file (a relative path, a symbolic link) is recognised
// too. The importer marks every file it opens; OutputFile refuses to write
// over one, since Tieout never writes to an input.
class InputFiles
{
public:
    static void mark(const QString &path);
    static bool contains(const QString &path);
};
