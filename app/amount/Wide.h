// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// 128-bit integers for exact intermediate results: aligning two 64-bit
// mantissas to common decimals can need up to 37 digits.
__extension__ typedef __int128 Wide;
__extension__ typedef unsigned __int128 UnsignedWide;

namespace WideMath {
// 10^n for 0 <= n <= 38.
Wide pow10(int n);
bool fitsInt64(Wide value);
// Division rounded half away from zero; denominator must not be zero.
Wide divideRounded(Wide numerator, Wide denominator);
// Aligns a mantissa from `from` decimals to `to` >= from decimals.
Wide scaleUp(qint64 mantissa, int from, int to);
// The digits of a value at `decimals` places: "-1064", "0.11".
QString toPlainString(Wide mantissa, int decimals);
} // namespace WideMath
