// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SourceLocation.h"

#include <QString>

// A footnote under a table: "(1) Based on $400,000,000 principal amount …",
// or the legend of a marker ("* Less than 1%").
struct Footnote
{
    QString marker; // "(1)", "*"
    QString text;
    SourceLocation location;
};
