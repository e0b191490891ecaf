// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkupText.h"

#include <algorithm>
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
    // The longest tag is 8 characters: look no further, or a line of '<'
    // would be read once for each of them.
    const qsizetype close = raw.first(qMin(raw.size(), pos + 9)).indexOf(u'>', pos + 1);
    if (close < 0)
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

// The next occurrence of a pattern at or after a position. clean() asks in
// increasing order, so one forward scan answers every question: a line of
// a thousand '[' is read once, not a thousand times.
class NextOccurrence
{
public:
    NextOccurrence(QStringView text, QStringView pattern) : m_text(text), m_pattern(pattern) { }

    qsizetype from(qsizetype pos)
    {
        // No occurrence lies between the last start and the last answer.
        if (m_searched && pos >= m_from && (m_found < 0 || m_found >= pos))
            return m_found;
        m_searched = true;
        m_from = pos;
        m_found = m_text.indexOf(m_pattern, pos);
        return m_found;
    }

private:
    QStringView m_text;
    QStringView m_pattern;
    bool m_searched = false;
    qsizetype m_from = 0;
    qsizetype m_found = -1;
};

// Whether a bold run opens at `pos` with something printed: "**Public",
// "**\$400,000,000".
bool opensBoldWord(QStringView raw, qsizetype pos)
{
    return pos + 2 < raw.size() && raw.at(pos) == u'*' && raw.at(pos + 1) == u'*' && !raw.at(pos + 2).isSpace()
           && raw.at(pos + 2) != u'*';
}

// Where the italics a single '*' opens would close: a '*' preceded by a
// non-space, unless a "**" comes first. Worked out for every position in one
// pass from the end, the first time a '*' asks, so a line of "*a *a *a …"
// stays linear.
class ItalicCloses
{
public:
    explicit ItalicCloses(QStringView raw) : m_raw(raw) { }

    // The close for a '*' at `pos`, or -1 when it is a literal asterisk (a
    // footnote marker, or one with a space or another '*' after it).
    qsizetype closeFor(qsizetype pos)
    {
        if (pos + 1 >= m_raw.size() || m_raw.at(pos + 1).isSpace() || m_raw.at(pos + 1) == u'*')
            return -1;
        if (pos > 0 && (m_raw.at(pos - 1) == u'*' || m_raw.at(pos - 1).isLetterOrNumber()))
            return -1;
        if (m_closeFrom.isEmpty())
            resolve();
        return m_closeFrom.at(qMin(pos + 2, m_raw.size()));
    }

private:
    void resolve()
    {
        m_closeFrom.resize(m_raw.size() + 1);
        m_closeFrom[m_raw.size()] = -1;
        for (qsizetype i = m_raw.size() - 1; i >= 0; --i) {
            if (m_raw.at(i) != u'*' || i == 0)
                m_closeFrom[i] = m_closeFrom[i + 1];
            else if (i + 1 < m_raw.size() && m_raw.at(i + 1) == u'*')
                m_closeFrom[i] = -1;
            else
                m_closeFrom[i] = m_raw.at(i - 1).isSpace() ? m_closeFrom[i + 1] : i;
        }
    }

    QStringView m_raw;
    QList<qsizetype> m_closeFrom; // the answer for a search starting at each position
};

} // namespace

CleanText MarkupText::clean(QStringView raw)
{
    CleanText out;
    // Nothing that could be markup: the text as it is, each character where
    // it stands. Most cells of a table are plain figures.
    const bool plain = std::none_of(raw.cbegin(), raw.cend(),
                                    [](QChar c) { return c == u'\\' || c == u'*' || c == u'<' || c == u'['; });
    if (plain) {
        out.text = raw.toString();
        return out;
    }
    out.text.reserve(raw.size());
    out.origin.reserve(raw.size() + 1);
    auto put = [&out](QChar c, qsizetype from) {
        out.text.append(c);
        out.origin.append(from);
    };

    ItalicCloses italics(raw);
    NextOccurrence linkMiddle(raw, u"](");
    NextOccurrence closeParen(raw, u")");
    NextOccurrence closeAngle(raw, u">");
    NextOccurrence autolinkSpace(raw, u" ");
    NextOccurrence urlSpace(raw, u" ");
    QList<qsizetype> italicCloses;
    qsizetype pendingLinkClose = -1; // the ']' of a "[text](url)" being emitted
    qsizetype linkResume = -1;       // where to continue after its "(url)"

    for (qsizetype pos = 0; pos < raw.size();) {
        const QChar c = raw.at(pos);
        if (pos == pendingLinkClose) {
            pos = linkResume;
            pendingLinkClose = -1;
            // A bold run straight after a link is a second piece the
            // conversion joined to it ("a@x.net**Public Relations**").
            if (opensBoldWord(raw, pos))
                put(u' ', pos);
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
            // "Contact:****Michelle": one bold run closed and the next opened
            // at once, two pieces the conversion joined; a space between.
            if (!out.text.isEmpty() && !out.text.back().isSpace() && opensBoldWord(raw, pos + 2))
                put(u' ', pos);
            pos += 2;
            continue;
        }
        if (c == u'*') {
            if (const qsizetype close = italics.closeFor(pos); close > 0) {
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
            const qsizetype close = isAutolinkScheme(raw.sliced(pos + 1)) ? closeAngle.from(pos + 1) : -1;
            const qsizetype spaceAt = close > 0 ? autolinkSpace.from(pos) : -1;
            if (close > 0 && !(spaceAt >= 0 && spaceAt < close)) {
                for (qsizetype i = pos + 1; i < close; ++i)
                    put(raw.at(i), i);
                pos = close + 1;
                continue;
            }
        }
        if (c == u'[' && pendingLinkClose < 0) {
            const qsizetype close = linkMiddle.from(pos + 1);
            const qsizetype urlEnd = close > 0 ? closeParen.from(close + 2) : -1;
            const qsizetype spaceAt = urlEnd > 0 ? urlSpace.from(close + 2) : -1;
            if (close > 0 && urlEnd > 0 && !(spaceAt >= 0 && spaceAt < urlEnd)) {
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
