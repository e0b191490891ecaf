// SPDX-License-Identifier: GPL-3.0-or-later
#include "AmountFormat.h"

using namespace Qt::StringLiterals;

QString AmountFormat::groupedDigits(const Amount &nonNegative, bool group)
{
    QString plain = nonNegative.toPlainString();
    const qsizetype point = plain.indexOf(u'.');
    const qsizetype integerEnd = point < 0 ? plain.size() : point;
    if (group) {
        for (qsizetype i = integerEnd - 3; i > 0; i -= 3)
            plain.insert(i, u',');
    }
    return plain;
}

QString AmountFormat::count(qint64 n)
{
    const QString digits = groupedDigits(Amount::fromInteger(n).abs(), true);
    return n < 0 ? u'-' + digits : digits;
}

QString AmountFormat::format(const Amount &amount) const
{
    if (amount.isNil())
        return nilText;
    Amount value = amount;
    if (decimals != AsPrinted) {
        if (const auto rounded = amount.rounded(decimals))
            value = *rounded;
    }
    const bool negative = value.isNegative();
    QString body = groupedDigits(value.abs(), groupThousands);
    if (percent)
        body += u'%';
    if (negative && parentheses)
        body = u'(' + body + u')';
    else if (negative)
        body.prepend(u'-');
    if (currency)
        body.prepend(u"$ "_s);
    return body;
}

QString AmountFormat::change(const Amount &change, QChar minus)
{
    const QString digits = groupedDigits(change.abs(), true);
    if (change.isZero())
        return digits;
    return (change.isNegative() ? QString(minus) : QStringLiteral("+")) + digits;
}
