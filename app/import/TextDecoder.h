// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DecodedText.h"

#include <QByteArray>
#include <QString>

// Reads UTF-8 (with or without a byte-order mark) and UTF-16/32 with a
// byte-order mark. Anything else that is text is read as Windows-1252 with a
// warning; binary data is refused with the line and column of the first
// byte that gave it away, and UTF-16 without a byte-order mark is named.
class TextDecoder
{
public:
    static DecodedText decode(const QByteArray &bytes, const QString &fileName);

    // Windows-1252 differs from Latin-1 only in 0x80–0x9F.
    static QString fromWindows1252(const QByteArray &bytes);
    // Offset of the first byte that is not valid UTF-8, or -1.
    static qsizetype firstInvalidUtf8(const QByteArray &bytes);
};
