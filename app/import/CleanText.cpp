// SPDX-License-Identifier: GPL-3.0-or-later
#include "CleanText.h"

#include <utility>

namespace {

// [begin, end) of `text` without white space at either end.
std::pair<qsizetype, qsizetype> withoutSpaces(const QString &text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && text.at(begin).isSpace())
        ++begin;
    while (end > begin && text.at(end - 1).isSpace())
        --end;
    return {begin, end};
}

} // namespace

qsizetype CleanText::rawOffset(qsizetype i) const
{
    if (origin.isEmpty())
        return start + qBound(qsizetype(0), i, text.size());
    return origin.at(qBound(qsizetype(0), i, origin.size() - 1));
}

void CleanText::moveBy(qsizetype delta)
{
    start += delta;
    for (qsizetype &at : origin)
        at += delta;
}

CleanText CleanText::trimmed() &&
{
    const auto [begin, end] = withoutSpaces(text);
    if (begin > 0 || end < text.size() || (!origin.isEmpty() && origin.size() != text.size() + 1))
        return std::as_const(*this).trimmed();
    return std::move(*this);
}

CleanText CleanText::trimmed() const &
{
    const auto [begin, end] = withoutSpaces(text);
    CleanText result;
    result.text = text.mid(begin, end - begin);
    result.emphasis = emphasis;
    if (origin.isEmpty()) {
        result.start = start + begin;
        return result;
    }
    result.origin = origin.mid(begin, end - begin);
    result.origin.append(rawOffset(end));
    return result;
}

CleanText CleanText::mid(qsizetype from) const
{
    CleanText result;
    result.text = text.mid(from);
    result.emphasis = emphasis;
    if (origin.isEmpty()) {
        result.start = rawOffset(from);
        return result;
    }
    result.origin = origin.mid(qMin(from, origin.size()));
    if (result.origin.isEmpty())
        result.origin.append(rawOffset(text.size()));
    return result;
}
