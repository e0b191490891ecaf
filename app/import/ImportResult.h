// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/Diagnostic.h"
#include "filing/Filing.h"

#include <optional>

// A filing, or why there is none. Warnings are in both the diagnostics and
// the filing; a filing is only present when there was no error.
struct ImportResult
{
    std::optional<Filing> filing;
    Diagnostics diagnostics;

    bool ok() const { return filing.has_value(); }
    // The first error's text, for a one-line answer.
    QString firstError() const;
};
