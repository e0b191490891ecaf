// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentTexts.h"

#include <QHashFunctions>

namespace {
// 8192 places (192 KB): a company's statements, a few hundred labels,
// survive the ten thousand customers of a long schedule in part and are
// stored once more when they are not.
constexpr qsizetype placeCount = 1 << 13;
} // namespace

RecentTexts::RecentTexts() : m_places(placeCount) { }

QString RecentTexts::shared(const QString &text)
{
    QString &place = m_places[qsizetype(qHash(text) & (placeCount - 1))];
    if (place != text)
        place = text;
    return place;
}
