// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/Filing.h"

#include <QString>

#include <optional>

class SourceText;

// Tells by content, never by name, what a text is: an earnings release, a
// prospectus supplement, or not a filing Tieout can read (and why).
class FormatDetector
{
public:
    struct Detection
    {
        std::optional<Filing::Kind> kind;
        QString reason; // why not, when there is no kind
        int line = 0;   // where the reason applies, 0 for the whole file
    };

    static Detection detect(const SourceText &source);
};
