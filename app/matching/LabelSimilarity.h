// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

// How alike two labels are, for ranking trace candidates and picking a
// note's clause: the share of the first label's words found in the second,
// after lower-casing, dropping small words and a plural's "s" or "es".
class LabelSimilarity
{
public:
    static QSet<QString> words(const QString &text);
    // 0 (nothing in common) to 1 (every word of `label` is in `other`).
    static double coverage(const QString &label, const QString &other);
    // The same on words already found: one label is often compared with many.
    static double coverage(const QSet<QString> &label, const QSet<QString> &other);
};
