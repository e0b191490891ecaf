// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextDecoder.h"

#include "CharScan.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

bool DecodedText::ok() const
{
    for (const Diagnostic &d : diagnostics) {
        if (d.isError())
            return false;
    }
    return true;
}

namespace {

// A control character other than tab, line feed, form feed and carriage
// return does not occur in a converted filing; it means binary data.
// Without a branch, so that CharScan's blocks are vector instructions.
bool isBinaryControl(char16_t c)
{
    return (c < 0x20) & (c != u'\t') & (c != u'\n') & (c != u'\r') & (c != u'\f');
}

// Line and column (1-based, in bytes) of a byte, for the bytes of a file
// that is not yet text: a line ends with "\n", "\r\n" or a lone "\r", as
// SourceText reads it.
struct ByteLocation
{
    int line = 1;
    int column = 1;
};

ByteLocation locate(const QByteArray &bytes, qsizetype offset)
{
    ByteLocation at;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        const char c = bytes.at(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= bytes.size() || bytes.at(i + 1) != '\n'))) {
            ++at.line;
            lineStart = i + 1;
        }
    }
    at.column = int(offset - lineStart) + 1;
    return at;
}

// What an analyst reads when a file is not a filing's text at all: where
// the binary data begins, in the words of the line and column the source
// view would show.
QString binaryData(int line, int column)
{
    return u"This is not a text or HTML document: it contains binary data at line %1, column %2"_s.arg(line).arg(
        column);
}

// UTF-16 saved without a byte-order mark reads as text with a NUL beside
// every ASCII character: NUL bytes at one parity only, across the start of
// the file.
bool looksLikeUtf16(const QByteArray &bytes)
{
    const qsizetype sample = qMin<qsizetype>(bytes.size(), 512) & ~qsizetype(1);
    if (sample < 4)
        return false;
    qsizetype even = 0;
    qsizetype odd = 0;
    for (qsizetype i = 0; i < sample; ++i) {
        if (bytes.at(i) == '\0')
            ++(i % 2 ? odd : even);
    }
    const qsizetype pairs = sample / 2;
    return (even == 0 && odd * 10 >= pairs * 9) || (odd == 0 && even * 10 >= pairs * 9);
}

QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes, bool *failed)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    *failed = decoder.hasError();
    return text;
}

} // namespace

qsizetype TextDecoder::firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        int extra = 0;
        char32_t minimum = 0;
        char32_t value = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            minimum = 0x80;
            value = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            minimum = 0x800;
            value = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            minimum = 0x10000;
            value = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= size)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            value = (value << 6) | (data[i + k] & 0x3F);
        }
        if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

QString TextDecoder::fromWindows1252(const QByteArray &bytes)
{
    static const char16_t high[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    };
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        *out++ = (c >= 0x80 && c < 0xA0) ? QChar(high[c - 0x80]) : QChar(char16_t(c));
    }
    return text;
}

DecodedText TextDecoder::decode(const QByteArray &bytes, const QString &fileName)
{
    DecodedText result;
    if (bytes.isEmpty()) {
        result.diagnostics << Diagnostic::error(fileName, 0, 0, u"empty file: expected the text of a filing"_s);
        return result;
    }

    bool failed = false;
    const QByteArrayView view(bytes);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        result.encoding = u"UTF-8"_s;
        result.text = decodeWith(QStringConverter::Utf8, view.sliced(3), &failed);
    } else if (bytes.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4))) {
        result.encoding = u"UTF-32LE"_s;
        result.text = decodeWith(QStringConverter::Utf32LE, view.sliced(4), &failed);
    } else if (bytes.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4))) {
        result.encoding = u"UTF-32BE"_s;
        result.text = decodeWith(QStringConverter::Utf32BE, view.sliced(4), &failed);
    } else if (bytes.startsWith("\xFF\xFE")) {
        result.encoding = u"UTF-16LE"_s;
        result.text = decodeWith(QStringConverter::Utf16LE, view.sliced(2), &failed);
    } else if (bytes.startsWith("\xFE\xFF")) {
        result.encoding = u"UTF-16BE"_s;
        result.text = decodeWith(QStringConverter::Utf16BE, view.sliced(2), &failed);
    } else {
        if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
            const ByteLocation at = locate(bytes, nul);
            const QString message =
                looksLikeUtf16(bytes)
                    ? u"This looks like UTF-16 text without a byte-order mark (a NUL byte at line %1, column "
                      u"%2): save it as UTF-8, or as UTF-16 with a byte-order mark"_s.arg(at.line)
                          .arg(at.column)
                    : binaryData(at.line, at.column);
            result.diagnostics << Diagnostic::error(fileName, at.line, at.column, message);
            return result;
        }
        // Qt's decoder validates as it goes; the first bad byte is looked
        // for only in a file that has one.
        result.text = decodeWith(QStringConverter::Utf8, view, &failed);
        const qsizetype invalid = failed ? firstInvalidUtf8(bytes) : -1;
        if (invalid < 0) {
            result.encoding = u"UTF-8"_s;
        } else {
            failed = false;
            result.encoding = u"Windows-1252"_s;
            result.text = fromWindows1252(bytes);
            const ByteLocation at = locate(bytes, invalid);
            result.diagnostics << Diagnostic::warning(
                fileName, at.line, at.column,
                u"not UTF-8 (byte %1 is 0x%2); read as Windows-1252"_s.arg(invalid).arg(
                    QString::number(static_cast<unsigned char>(bytes[invalid]), 16).toUpper()));
        }
    }
    if (failed) {
        result.diagnostics << Diagnostic::error(
            fileName, 0, 0,
            u"invalid %1 data: expected text in the encoding its byte-order mark names"_s.arg(result.encoding));
        result.text.clear();
        return result;
    }

    // Looked for at speed first; its line and column only where there is one.
    if (!CharScan::any(result.text, isBinaryControl))
        return result;
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < result.text.size(); ++i) {
        const char16_t c = result.text.at(i).unicode();
        if (c == u'\n' || (c == u'\r' && (i + 1 >= result.text.size() || result.text.at(i + 1) != u'\n'))) {
            ++line;
            lineStart = i + 1;
        } else if (isBinaryControl(c)) {
            const int column = int(i - lineStart) + 1;
            result.diagnostics << Diagnostic::error(
                fileName, line, column,
                binaryData(line, column)
                    + u" (control character U+%1)"_s.arg(
                        QString::number(int(c), 16).toUpper().rightJustified(4, u'0')));
            result.text.clear();
            return result;
        }
    }
    return result;
}
