// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportResult.h"

QString ImportResult::firstError() const
{
    for (const Diagnostic &d : diagnostics) {
        if (d.isError())
            return d.toString();
    }
    return {};
}
