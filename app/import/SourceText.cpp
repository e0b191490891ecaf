// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceText.h"

#include "CharScan.h"

#include <algorithm>

namespace {

// Lines end with "\n", "\r\n" or a lone "\r" (old Mac files): each reads as
// the same lines with the same columns, so the text is kept with "\n" alone.
QString withNewlines(const QString &text)
{
    if (!text.contains(u'\r'))
        return text; // shared, not copied
    QString lines;
    lines.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c != u'\r') {
            lines.append(c);
            continue;
        }
        lines.append(u'\n');
        if (i + 1 < size && text.at(i + 1) == u'\n')
            ++i;
    }
    return lines;
}

} // namespace

SourceText::SourceText(const QString &text) : m_text(withNewlines(text))
{
    const qsizetype size = m_text.size();
    m_surrogates = CharScan::any(m_text, [](char16_t c) { return (c & 0xF800) == 0xD800; });
    m_starts.append(0);
    for (qsizetype at = m_text.indexOf(u'\n'); at >= 0; at = m_text.indexOf(u'\n', at + 1)) {
        // A final line end does not open another line.
        if (at + 1 < size)
            m_starts.append(at + 1);
    }
}

SourceText::SourceText(const QString &text, const QByteArray &bytes) : SourceText(text)
{
    // Only a text its line ends left as it was is still those bytes. A
    // second byte-order mark, which the decoder may skip as well, leaves
    // them converted: where the text starts in them is then not certain.
    const QByteArrayView mark("\xEF\xBB\xBF");
    const qsizetype start = bytes.startsWith(mark) ? mark.size() : 0;
    if (m_text.isSharedWith(text) && !QByteArrayView(bytes).sliced(start).startsWith(mark)) {
        m_utf8 = bytes;
        m_utf8Start = start;
    }
}

QByteArray SourceText::utf8(qsizetype from, qsizetype to) const
{
    const QStringView text(m_text);
    if (m_utf8.isEmpty())
        return text.sliced(from, to - from).toUtf8();
    // How many bytes UTF-8 takes for a piece of the text: one for ASCII,
    // two up to U+07FF, four for a surrogate pair, three for the rest.
    const auto length = [](QStringView piece) {
        qsizetype bytes = 0;
        for (const QChar c : piece)
            bytes += c.unicode() < 0x80 ? 1 : c.unicode() < 0x800 ? 2 : c.isSurrogate() ? 2 : 3;
        return bytes;
    };
    const qsizetype begin = m_utf8Start + length(text.first(from));
    const qsizetype end = m_utf8.size() - length(text.sliced(to));
    return QByteArray::fromRawData(m_utf8.constData() + begin, end - begin);
}

QStringView SourceText::line(int index) const
{
    const qsizetype start = m_starts.at(index);
    qsizetype end = index + 1 < m_starts.size() ? m_starts.at(index + 1) - 1 : m_text.size();
    if (end > start && end == m_text.size() && m_text.at(end - 1) == u'\n')
        --end;
    return QStringView(m_text).sliced(start, end - start);
}

int SourceText::columnOf(QStringView line, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, line.size());
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        // The low half of a surrogate pair is part of the character before it.
        if (!line.at(i).isLowSurrogate())
            ++column;
    }
    return column;
}

SourceLocation SourceText::locate(int index, qsizetype offset, qsizetype length) const
{
    if (index < 0 || index >= lineCount())
        return {};
    const QStringView text = line(index);
    if (!m_surrogates) {
        const qsizetype start = qBound(qsizetype(0), offset, text.size());
        const qsizetype end = qBound(start, offset + length, text.size());
        return {index + 1, int(start) + 1, int(end - start)};
    }
    const int column = columnOf(text, offset);
    const int endColumn = columnOf(text, offset + length);
    return {index + 1, column, endColumn - column};
}

int SourceText::lineAt(qsizetype at) const
{
    const auto after = std::upper_bound(m_starts.cbegin(), m_starts.cend(), at);
    return int(std::max<qsizetype>(0, after - m_starts.cbegin() - 1));
}

SourceLocation SourceText::locateOffset(qsizetype at, qsizetype length) const
{
    const int index = lineAt(at);
    return locate(index, at - m_starts.value(index), length);
}
