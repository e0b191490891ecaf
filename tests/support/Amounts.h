// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "amount/Amount.h"

// An exact amount typed in a test: exact(1064) is 1,064; exact(11, 2) is 0.11.
inline Amount exact(qint64 mantissa, int decimals = 0)
{
    return Amount::of(mantissa, decimals).value();
}
