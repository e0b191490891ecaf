// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TraceTarget.h"

// A place of the window the analyst can go back to: a row, a cell or a
// note of one of the open filings.
struct Place
{
    int filing = -1;
    TraceTarget target;

    bool isValid() const { return filing >= 0 && target.isPlace(); }
    bool operator==(const Place &) const = default;
};
