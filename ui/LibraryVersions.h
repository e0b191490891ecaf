// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Versions of the libraries Tieout is built with, for the About box. Kept
// apart so that only this file parses qcustomplot.h for a version string.
class LibraryVersions
{
public:
    static QString qt();
    static QString qcustomplot();
};
