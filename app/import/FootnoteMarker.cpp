// SPDX-License-Identifier: GPL-3.0-or-later
#include "FootnoteMarker.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// One marker: a number or one or two letters in brackets, or asterisks.
const QString One = uR"((?:\([0-9]{1,2}\)|\([a-zA-Z]{1,2}\)|\[[0-9]{1,2}\]|\*{1,3}|[\x{2020}\x{2021}]{1,2}))"_s;

} // namespace

QStringList FootnoteMarker::keys(const QString &marker)
{
    static const QRegularExpression key(uR"(\*{1,3}|[\x{2020}\x{2021}]{1,2}|[0-9]{1,2}|[a-zA-Z]{1,2})"_s);
    QStringList keys;
    for (const QRegularExpressionMatch &match : key.globalMatch(marker))
        keys << match.captured();
    return keys;
}

FootnoteMarker::Split FootnoteMarker::split(const QString &paragraph, bool bareNumbers)
{
    static const QRegularExpression marked(u"^("_s + One + uR"()\s*(\S.*)$)"_s,
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression numbered(uR"(^([0-9]{1,2})[.)]?\s+([A-Z(\x{201C}"].*)$)"_s,
                                             QRegularExpression::DotMatchesEverythingOption);
    QRegularExpressionMatch match = marked.match(paragraph);
    if (!match.hasMatch() && bareNumbers)
        match = numbered.match(paragraph);
    if (!match.hasMatch())
        return {};
    return {match.captured(1), match.captured(2).trimmed()};
}

QStringList FootnoteMarker::takeTrailing(QString &label)
{
    // Never a formula's operand: "Total revenue (e)=(a)+(d)".
    static const QRegularExpression trailing(u"(?<![=+\\-/])\\s*("_s + One + u"(?:[\\s,]*"_s + One + u")*)$"_s);
    const QRegularExpressionMatch match = trailing.match(label);
    if (!match.hasMatch() || match.capturedStart() == 0)
        return {};
    // "(1)" after a word: "Total (1)", "Transformation(1)"; but a figure's
    // parentheses ("(32)") never reach a label.
    const QStringList found = keys(match.captured(1));
    label.truncate(match.capturedStart());
    return found;
}
