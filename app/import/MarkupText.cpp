// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkupText.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct InlineTag
{
    QStringView name;
    EmphasisFlag emphasis;
};

constexpr std::array<InlineTag, 9> InlineTags{{
        {u"u", EmphasisFlag::Underline},
        {u"b", EmphasisFlag::Bold},
        {u"strong", EmphasisFlag::Bold},
        {u"i", EmphasisFlag::None},
        {u"em", EmphasisFlag::None},
        {u"sup", EmphasisFlag::None},
        {u"sub", EmphasisFlag::None},
        {u"br", EmphasisFlag::None},
        {u"br/", EmphasisFlag::None},
}};

// Length of an inline formatting tag at `pos` ("<u>", "</b>", "<br/>"), or 0.
qsizetype inlineTagAt(QStringView raw, qsizetype pos, Emphasis *emphasis)
{
    if (raw.at(pos) != u'<')
        return 0;
    const qsizetype close = raw.indexOf(u'>', pos + 1);
    if (close < 0 || close - pos > 8)
        return 0;
    QStringView name = raw.sliced(pos + 1, close - pos - 1);
    if (name.startsWith(u'/'))
        name = name.sliced(1);
    for (const InlineTag &tag : InlineTags) {
        if (name.compare(tag.name, Qt::CaseInsensitive) == 0) {
            if (tag.emphasis != EmphasisFlag::None)
                *emphasis |= tag.emphasis;
            return close - pos + 1;
        }
    }
    return 0;
}

// Markdown's backslash escapes: any ASCII punctuation or symbol.
bool isEscapable(QChar c)
{
    return c.unicode() < 128 && QStringView(u"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~").contains(c);
}

bool isAutolinkScheme(QStringView rest)
{
    return rest.startsWith(u"http://") || rest.startsWith(u"https://") || rest.startsWith(u"mailto:")
            || rest.startsWith(u"ftp://");
}

// A single '*' opens italics when a non-space follows it and a closing '*'
// preceded by a non-space comes later; a lone "*" (a footnote marker) stays.
qsizetype italicCloseFor(QStringView raw, qsizetype pos)
{
    if (pos + 1 >= raw.size() || raw.at(pos + 1).isSpace() || raw.at(pos + 1) == u'*')
        return -1;
    if (pos > 0 && (raw.at(pos - 1) == u'*' || raw.at(pos - 1).isLetterOrNumber()))
        return -1;
    for (qsizetype i = pos + 2; i < raw.size(); ++i) {
        if (raw.at(i) != u'*')
            continue;
        const bool doubled = (i + 1 < raw.size() && raw.at(i + 1) == u'*');
        if (doubled)
            return -1;
        if (!raw.at(i - 1).isSpace())
            return i;
    }
    return -1;
}

} // namespace

CleanText MarkupText::clean(QStringView raw)
{
    CleanText out;
    out.text.reserve(raw.size());
    out.origin.reserve(raw.size() + 1);
    auto put = [&out](QChar c, qsizetype from) {
        out.text.append(c);
        out.origin.append(from);
    };

    QList<qsizetype> italicCloses;
    qsizetype pendingLinkClose = -1;   // the ']' of a "[text](url)" being emitted
    qsizetype linkResume = -1;         // where to continue after its "(url)"

    for (qsizetype pos = 0; pos < raw.size();) {
        const QChar c = raw.at(pos);
        if (pos == pendingLinkClose) {
            pos = linkResume;
            pendingLinkClose = -1;
            continue;
        }
        if (!italicCloses.isEmpty() && pos == italicCloses.constLast()) {
            italicCloses.removeLast();
            ++pos;
            continue;
        }
        if (c == u'\\' && pos + 1 < raw.size() && isEscapable(raw.at(pos + 1))) {
            put(raw.at(pos + 1), pos);
            pos += 2;
            continue;
        }
        if (c == u'*' && pos + 1 < raw.size() && raw.at(pos + 1) == u'*') {
            out.emphasis |= EmphasisFlag::Bold;
            pos += 2;
            continue;
        }
        if (c == u'*') {
            if (const qsizetype close = italicCloseFor(raw, pos); close > 0) {
                italicCloses.append(close);
                ++pos;
                continue;
            }
        }
        if (c == u'<') {
            if (const qsizetype length = inlineTagAt(raw, pos, &out.emphasis); length > 0) {
                pos += length;
                continue;
            }
            const qsizetype close = raw.indexOf(u'>', pos + 1);
            if (close > 0 && isAutolinkScheme(raw.sliced(pos + 1)) && !raw.sliced(pos, close - pos).contains(u' ')) {
                for (qsizetype i = pos + 1; i < close; ++i)
                    put(raw.at(i), i);
                pos = close + 1;
                continue;
            }
        }
        if (c == u'[' && pendingLinkClose < 0) {
            const qsizetype close = raw.indexOf(u"](", pos + 1);
            const qsizetype urlEnd = close > 0 ? raw.indexOf(u')', close + 2) : -1;
            if (close > 0 && urlEnd > 0 && !raw.sliced(close + 2, urlEnd - close - 2).contains(u' ')) {
                pendingLinkClose = close;
                linkResume = urlEnd + 1;
                ++pos;
                continue;
            }
        }
        put(c, pos);
        ++pos;
    }
    out.origin.append(raw.size());
    return out;
}
