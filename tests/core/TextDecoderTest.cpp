// SPDX-License-Identifier: GPL-3.0-or-later
// Encodings: UTF-8 with or without a byte-order mark, UTF-16 with one, and
// Windows-1252 with a warning. A BOM and CRLF line ends import exactly like
// the original file.
#include "import/TextDecoder.h"
#include "import/SourceText.h"
#include "support/TestData.h"
#include "json/FilingJson.h"

#include <QJsonDocument>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

// Everything the importer read, with the file's name left out.
QByteArray readingOf(const QByteArray &bytes)
{
    const ImportResult result = FilingImporter::importBytes(bytes, u"same-name.txt"_s);
    EXPECT_TRUE(result.ok()) << qPrintable(result.firstError());
    if (!result.filing)
        return {};
    QJsonObject json = FilingJson::toJson(*result.filing);
    json.remove(u"warnings"_s); // the encoding warning differs by design
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

// The text the source view shows.
QString sourceOf(const QByteArray &bytes)
{
    const ImportResult result = FilingImporter::importBytes(bytes, u"same-name.txt"_s);
    return result.filing ? result.filing->text : QString();
}

} // namespace

TEST(TextDecoder, AByteOrderMarkImportsExactlyLikeTheOriginal)
{
    const QByteArray original = TestData::releaseBytes();
    EXPECT_EQ(readingOf("\xEF\xBB\xBF" + original), readingOf(original));
}

TEST(TextDecoder, CrlfLineEndsImportExactlyLikeTheOriginal)
{
    QByteArray crlf = TestData::releaseBytes();
    crlf.replace("\n", "\r\n");
    EXPECT_EQ(readingOf(crlf), readingOf(TestData::releaseBytes()));
    EXPECT_EQ(sourceOf(crlf), sourceOf(TestData::releaseBytes()));
}

TEST(TextDecoder, OldMacLineEndsImportExactlyLikeTheOriginal)
{
    QByteArray cr = TestData::releaseBytes();
    cr.replace("\n", "\r");
    EXPECT_EQ(readingOf(cr), readingOf(TestData::releaseBytes()));
    // And a mix of all three in one file.
    // (A lone "\r" before an empty line would read as "\r\n", one line end,
    // so the lone "\r" only ends lines followed by text.)
    const QList<QByteArray> lines = TestData::releaseBytes().split('\n');
    QByteArray mixed;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        mixed += lines[i];
        if (i + 1 == lines.size())
            break;
        const bool textFollows = !lines[i + 1].isEmpty();
        mixed += (i % 3 == 1) ? QByteArray("\r\n") : (i % 3 == 2 && textFollows) ? QByteArray("\r") : QByteArray("\n");
    }
    EXPECT_EQ(readingOf(mixed), readingOf(TestData::releaseBytes()));
    EXPECT_EQ(sourceOf(mixed), sourceOf(TestData::releaseBytes()));
}

TEST(SourceText, KeepsTheTextOnceAndReadsItsLinesInPlace)
{
    const QString text = u"Acme\tQ1\r\n\r\nlast\rline\n"_s;
    const SourceText source(text);
    ASSERT_EQ(source.lineCount(), 4); // the final line end opens no line
    EXPECT_EQ(source.line(0), u"Acme\tQ1"_s);
    EXPECT_EQ(source.line(1), u""_s);
    EXPECT_EQ(source.line(2), u"last"_s);
    EXPECT_EQ(source.line(3), u"line"_s);
    EXPECT_EQ(source.text(), u"Acme\tQ1\n\nlast\nline\n"_s);
    // Every line is a view into the one text, not a copy.
    EXPECT_EQ(source.line(3).data(), source.text().constData() + 14);

    const QString plain = u"one\ntwo"_s;
    const SourceText shared(plain);
    EXPECT_EQ(shared.text().constData(), plain.constData()); // no "\r": not even copied
    EXPECT_EQ(shared.lineCount(), 2);
    EXPECT_EQ(shared.line(1), u"two"_s);
    EXPECT_EQ(SourceText(QString()).lineCount(), 1);
    EXPECT_EQ(shared.locate(1, 1, 2), (SourceLocation{2, 2, 2}));
}

TEST(TextDecoder, Utf16WithAByteOrderMarkImportsLikeTheOriginal)
{
    const QString text = QString::fromUtf8(TestData::releaseBytes());
    QStringEncoder little(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QStringEncoder big(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
    const QByteArray le = little.encode(text);
    const QByteArray be = big.encode(text);
    EXPECT_EQ(readingOf(le), readingOf(TestData::releaseBytes()));
    EXPECT_EQ(readingOf(be), readingOf(TestData::releaseBytes()));
}

TEST(TextDecoder, Windows1252IsReadWithAWarning)
{
    // "Caf\xE9" and a curly apostrophe 0x92, as a Windows editor saves them.
    const DecodedText decoded = TextDecoder::decode("Caf\xE9 Corp\x92s results\n", u"w.txt"_s);
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded.encoding, u"Windows-1252"_s);
    EXPECT_EQ(decoded.text, u"Caf\u00E9 Corp\u2019s results\n"_s);
    ASSERT_EQ(decoded.diagnostics.size(), 1);
    EXPECT_EQ(decoded.diagnostics[0].toString(),
              u"w.txt:1:4: warning: not UTF-8 (byte 3 is 0xE9); read as Windows-1252"_s);
}

TEST(TextDecoder, ControlCharactersAreBinaryData)
{
    const DecodedText decoded = TextDecoder::decode("line one\nab\x01"
                                                    "cd\n",
                                                    u"b.txt"_s);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.diagnostics[0].toString(),
              u"b.txt:2:3: error: This is not a text or HTML document: it contains binary data at line 2, column 3 "
              u"(control character U+0001)"_s);
}

TEST(TextDecoder, ABinaryFileIsNamedAsNotATextDocumentWithItsPlace)
{
    // The first bytes of a JPEG photograph: FF D8 FF E0, then the NUL that
    // gives it away, the fifth byte of the first line.
    const DecodedText decoded =
        TextDecoder::decode(QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01", 12), u"photo.jpg"_s);
    ASSERT_FALSE(decoded.ok());
    ASSERT_EQ(decoded.diagnostics.size(), 1);
    const Diagnostic &error = decoded.diagnostics[0];
    EXPECT_EQ(error.file, u"photo.jpg"_s);
    EXPECT_EQ(error.line, 1);
    EXPECT_EQ(error.column, 5);
    EXPECT_EQ(error.message, u"This is not a text or HTML document: it contains binary data at line 1, column 5"_s);
}

TEST(TextDecoder, Utf16WithoutAByteOrderMarkIsToldApartFromBinaryData)
{
    // "Acme\n" in UTF-16LE, saved without its byte-order mark: a NUL after
    // every letter, the first one the second byte.
    const DecodedText decoded = TextDecoder::decode(QByteArray("A\0c\0m\0e\0\n\0", 10), u"u.txt"_s);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.diagnostics[0].toString(),
              u"u.txt:1:2: error: This looks like UTF-16 text without a byte-order mark (a NUL byte at line 1, "
              u"column 2): save it as UTF-8, or as UTF-16 with a byte-order mark"_s);
}

TEST(TextDecoder, FindsTheFirstInvalidUtf8Byte)
{
    EXPECT_EQ(TextDecoder::firstInvalidUtf8("plain"), -1);
    EXPECT_EQ(TextDecoder::firstInvalidUtf8("\xE2\x80\x93 dash"), -1);
    EXPECT_EQ(TextDecoder::firstInvalidUtf8("ab\xE2\x80"), 2);    // truncated sequence
    EXPECT_EQ(TextDecoder::firstInvalidUtf8("a\xC0\xAF"), 1);     // overlong
    EXPECT_EQ(TextDecoder::firstInvalidUtf8("a\xED\xA0\x80"), 1); // a surrogate
}
