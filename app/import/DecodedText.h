// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/Diagnostic.h"

#include <QString>

// A file's bytes turned into text, with what the decoding had to say.
struct DecodedText
{
    QString text;            // no byte-order mark; line ends as in the file
    QString encoding;        // "UTF-8", "UTF-16LE", "Windows-1252", …
    Diagnostics diagnostics; // an error means there is no text to read

    bool ok() const;
};
