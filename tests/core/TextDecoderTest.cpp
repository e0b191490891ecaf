// SPDX-License-Identifier: GPL-3.0-or-later
// Encodings: UTF-8 with or without a byte-order mark, UTF-16 with one, and
// Windows-1252 with a warning. A BOM and CRLF line ends import exactly like
// the original file.
#include "export/FilingJson.h"
#include "import/TextDecoder.h"
#include "support/TestData.h"

#include <QFile>
#include <QJsonDocument>
#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray bundledBytes()
{
    QFile file(TestData::bundled(u"earnings"_s));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

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

} // namespace

TEST(TextDecoder, AByteOrderMarkImportsExactlyLikeTheOriginal)
{
    const QByteArray original = bundledBytes();
    EXPECT_EQ(readingOf("\xEF\xBB\xBF" + original), readingOf(original));
}

TEST(TextDecoder, CrlfLineEndsImportExactlyLikeTheOriginal)
{
    QByteArray crlf = bundledBytes();
    crlf.replace("\n", "\r\n");
    EXPECT_EQ(readingOf(crlf), readingOf(bundledBytes()));
}

TEST(TextDecoder, OldMacLineEndsImportExactlyLikeTheOriginal)
{
    QByteArray cr = bundledBytes();
    cr.replace("\n", "\r");
    EXPECT_EQ(readingOf(cr), readingOf(bundledBytes()));
    // And a mix of all three in one file.
    // (A lone "\r" before an empty line would read as "\r\n", one line end,
    // so the lone "\r" only ends lines followed by text.)
    const QList<QByteArray> lines = bundledBytes().split('\n');
    QByteArray mixed;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        mixed += lines[i];
        if (i + 1 == lines.size())
            break;
        const bool textFollows = !lines[i + 1].isEmpty();
        mixed += (i % 3 == 1) ? QByteArray("\r\n") : (i % 3 == 2 && textFollows) ? QByteArray("\r") : QByteArray("\n");
    }
    EXPECT_EQ(readingOf(mixed), readingOf(bundledBytes()));
}

TEST(TextDecoder, Utf16WithAByteOrderMarkImportsLikeTheOriginal)
{
    const QString text = QString::fromUtf8(bundledBytes());
    QStringEncoder little(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QStringEncoder big(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
    const QByteArray le = little.encode(text);
    const QByteArray be = big.encode(text);
    EXPECT_EQ(readingOf(le), readingOf(bundledBytes()));
    EXPECT_EQ(readingOf(be), readingOf(bundledBytes()));
}

TEST(TextDecoder, Windows1252IsReadWithAWarning)
{
    // "Caf\xE9" and a curly apostrophe 0x92, as a Windows editor saves them.
    const DecodedText decoded = TextDecoder::decode("Caf\xE9 Corp\x92s results\n", u"w.txt"_s);
    ASSERT_TRUE(decoded.ok());
    EXPECT_EQ(decoded.encoding, u"Windows-1252"_s);
    EXPECT_EQ(decoded.text, u"Caf\u00E9 Corp\u2019s results\n"_s);
    ASSERT_EQ(decoded.diagnostics.size(), 1);
    EXPECT_EQ(decoded.diagnostics[0].toString(), u"w.txt:1:4: warning: not UTF-8 (byte 3 is 0xE9); read as Windows-1252"_s);
}

TEST(TextDecoder, ControlCharactersAreBinaryData)
{
    const DecodedText decoded = TextDecoder::decode("line one\nab\x01" "cd\n", u"b.txt"_s);
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(decoded.diagnostics[0].toString(), u"b.txt:2:3: error: binary data (control character U+0001): expected text"_s);
}

TEST(TextDecoder, FindsTheFirstInvalidUtf8Byte)
{
    EXPECT_EQ(TextDecoder::firstInvalidUtf8("plain"), -1);
    EXPECT_EQ(TextDecoder::firstInvalidUtf8("\xE2\x80\x93 dash"), -1);
    EXPECT_EQ(TextDecoder::firstInvalidUtf8("ab\xE2\x80"), 2);       // truncated sequence
    EXPECT_EQ(TextDecoder::firstInvalidUtf8("a\xC0\xAF"), 1);        // overlong
    EXPECT_EQ(TextDecoder::firstInvalidUtf8("a\xED\xA0\x80"), 1);    // a surrogate
}
