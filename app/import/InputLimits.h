// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/Diagnostic.h"

#include <QString>
#include <QStringView>

#include <optional>

// How much of a file Tieout reads, checked in one pass over the decoded text
// before any line is split or parsed, so that a file far beyond what any
// filing holds is refused at once with where it went over, rather than
// filling memory or time. The limits sit well above the largest real filings
// (an annual report is a few MB, its widest table a dozen columns).
class InputLimits
{
public:
    static constexpr qint64 MaxFileSize = qint64(128) * 1024 * 1024; // bytes
    static constexpr int MaxLines = 5'000'000;
    static constexpr int MaxLineLength = 1'000'000; // characters in one line
    static constexpr int MaxCells = 256;            // tab-separated cells in one line

    // The first limit the text goes over, as an error at the line and column
    // where it does; nullopt when the text is within every limit.
    // HTML (`markup`) is not split into lines or tab-separated cells: a
    // filing agent may write a whole document on one line of megabytes.
    static std::optional<Diagnostic> check(QStringView text, const QString &fileName, bool markup = false);
};
