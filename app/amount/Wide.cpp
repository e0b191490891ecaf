// SPDX-License-Identifier: GPL-3.0-or-later
#include "Wide.h"

#include <QString>

#include <limits>

namespace WideMath {

Wide pow10(int n)
{
    Q_ASSERT(n >= 0 && n <= 38);
    Wide result = 1;
    for (int i = 0; i < n; ++i)
        result *= 10;
    return result;
}

bool fitsInt64(Wide value)
{
    return value >= std::numeric_limits<qint64>::min() && value <= std::numeric_limits<qint64>::max();
}

Wide divideRounded(Wide numerator, Wide denominator)
{
    Q_ASSERT(denominator != 0);
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    Wide quotient = numerator / denominator;
    const Wide remainder = numerator % denominator;
    const Wide twice = (remainder < 0 ? -remainder : remainder) * 2;
    if (twice >= denominator)
        quotient += numerator < 0 ? -1 : 1;
    return quotient;
}

Wide scaleUp(qint64 mantissa, int from, int to)
{
    Q_ASSERT(to >= from);
    return Wide(mantissa) * pow10(to - from);
}

QString toPlainString(Wide mantissa, int decimals)
{
    const bool negative = mantissa < 0;
    // Work on the magnitude as unsigned so the most negative value is safe.
    UnsignedWide magnitude =
        negative ? static_cast<UnsignedWide>(-(mantissa + 1)) + 1 : static_cast<UnsignedWide>(mantissa);
    QString digits;
    do {
        digits.prepend(QChar(u'0' + static_cast<int>(magnitude % 10)));
        magnitude /= 10;
    } while (magnitude != 0);
    if (decimals > 0) {
        while (digits.size() <= decimals)
            digits.prepend(u'0');
        digits.insert(digits.size() - decimals, u'.');
    }
    if (negative)
        digits.prepend(u'-');
    return digits;
}

} // namespace WideMath
