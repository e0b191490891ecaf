// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/Emphasis.h"

#include <QList>
#include <QString>

// Text with its markup removed, remembering for each character where it
// stood in the raw text, so that a value can point at its own column.
struct CleanText
{
    QString text;
    // origin[i]: raw offset of text[i]; one extra entry: the raw end. Empty
    // when no markup was removed, so that each character stands `start` on
    // from where it is: most cells of a table are plain figures.
    QList<qsizetype> origin;
    qsizetype start = 0;
    Emphasis emphasis; // any bold or underline seen

    // Raw offset of clean offset `i` (the raw end past the last character).
    qsizetype rawOffset(qsizetype i) const;
    // Every raw offset moved by `delta`: a cell cleaned on its own, placed in its line.
    void moveBy(qsizetype delta);
    // Whitespace removed at both ends, origins kept in step.
    CleanText trimmed() const &;
    // The same, reusing this text's storage: most cells have nothing to trim.
    CleanText trimmed() &&;
    // The part from clean offset `from` on, origins kept.
    CleanText mid(qsizetype from) const;
};
