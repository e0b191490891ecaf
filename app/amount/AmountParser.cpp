// SPDX-License-Identifier: GPL-3.0-or-later
#include "AmountParser.h"

#include "Wide.h"

using namespace Qt::StringLiterals;

namespace {

bool isDash(QStringView text)
{
    return text == u"-" || text == u"\u2014" || text == u"\u2013" || text == u"--";
}

AmountParseResult failure(QString message, qsizetype offset)
{
    AmountParseResult result;
    result.error = std::move(message);
    result.errorOffset = offset;
    return result;
}

QString describe(QChar c)
{
    if (c.isPrint())
        return u"'%1'"_s.arg(c);
    return u"U+%1"_s.arg(c.unicode(), 4, 16, QChar(u'0')).toUpper();
}

} // namespace

AmountParseResult AmountParser::parse(QStringView text)
{
    AmountParseResult result;
    qsizetype pos = 0;
    qsizetype end = text.size();
    auto skipSpaces = [&] {
        while (pos < end && text[pos].isSpace())
            ++pos;
    };
    while (end > 0 && text[end - 1].isSpace())
        --end;
    skipSpaces();

    const QStringView trimmed = text.mid(pos, end - pos);
    if (trimmed.isEmpty()) {
        result.ok = true;
        return result;
    }
    if (isDash(trimmed)) {
        result.ok = true;
        result.dash = true;
        return result;
    }

    bool negative = false;
    qsizetype openParen = -1;
    // "$ (1,064)", "($1,064)", "-1,064", "$-1,064": a sign or parenthesis and
    // a dollar sign may come in either order.
    for (int guard = 0; guard < 3 && pos < end; ++guard) {
        const QChar c = text[pos];
        if (c == u'$' && !result.currency) {
            result.currency = true;
        } else if (c == u'(' && openParen < 0 && !negative) {
            openParen = pos;
            negative = true;
        } else if ((c == u'-' || c == u'\u2212') && !negative) {
            negative = true;
        } else {
            break;
        }
        ++pos;
        skipSpaces();
    }

    Wide mantissa = 0;
    int digits = 0; // significant digits seen
    int decimals = 0;
    int groupLength = -1; // digits since the last thousands separator, -1 before one
    int leadingGroup = 0; // digits before the first separator
    bool inFraction = false;
    bool sawDigit = false;
    qsizetype lastComma = -1;

    for (; pos < end; ++pos) {
        const QChar c = text[pos];
        if (c >= u'0' && c <= u'9') {
            sawDigit = true;
            if (inFraction && decimals + 1 > Amount::MaxDecimals)
                return failure(u"too many decimals: at most %1 are supported"_s.arg(Amount::MaxDecimals), pos);
            if (mantissa != 0 || c != u'0')
                ++digits;
            if (digits > MaxDigits && inFraction)
                return failure(u"too many digits: at most %1 significant digits are kept exactly"_s.arg(MaxDigits),
                               pos);
            if (digits > MaxDigits)
                return failure(u"number too large: more than %1 significant digits"_s.arg(MaxDigits), pos);
            mantissa = mantissa * 10 + (c.unicode() - u'0');
            if (inFraction)
                ++decimals;
            else if (groupLength >= 0)
                ++groupLength;
            else
                ++leadingGroup;
            continue;
        }
        if (c == u',' && !inFraction) {
            if (!sawDigit || (groupLength >= 0 && groupLength != 3) || (groupLength < 0 && leadingGroup > 3))
                return failure(u"misplaced thousands separator"_s, pos);
            groupLength = 0;
            lastComma = pos;
            continue;
        }
        if (c == u'.' && !inFraction) {
            if (groupLength >= 0 && groupLength != 3)
                return failure(u"misplaced thousands separator"_s, lastComma);
            inFraction = true;
            continue;
        }
        break;
    }
    if (!sawDigit) {
        if (pos < end)
            return failure(u"expected a number, found %1"_s.arg(describe(text[pos])), pos);
        return failure(u"expected a number"_s, pos);
    }
    if (!inFraction && groupLength >= 0 && groupLength != 3)
        return failure(u"misplaced thousands separator"_s, lastComma);

    skipSpaces();
    if (pos < end && text[pos] == u'%') {
        result.percent = true;
        ++pos;
        skipSpaces();
    }
    if (openParen >= 0) {
        if (pos >= end || text[pos] != u')')
            return failure(u"unbalanced parenthesis: expected ')'"_s, pos < end ? pos : end);
        ++pos;
        skipSpaces();
        // "(0.6)%" prints the sign after the parenthesis.
        if (pos < end && text[pos] == u'%' && !result.percent) {
            result.percent = true;
            ++pos;
            skipSpaces();
        }
    }
    if (pos < end) {
        const QChar c = text[pos];
        if (c == u')')
            return failure(u"unbalanced parenthesis: no matching '('"_s, pos);
        // "1 234": a space between digits splits two numbers, or groups
        // thousands in a way no filing in this format does.
        if (c.isDigit() && text[pos - 1].isSpace())
            return failure(u"space inside a number: expected one number, with ',' between thousands"_s, pos - 1);
        return failure(u"unexpected %1 in a number"_s.arg(describe(c)), pos);
    }

    const auto amount = Amount::of(static_cast<qint64>(negative ? -mantissa : mantissa), decimals);
    if (!amount)
        return failure(u"number too large"_s, 0);
    result.ok = true;
    result.amount = *amount;
    return result;
}
