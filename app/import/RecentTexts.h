// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// Texts seen lately, so that an equal text can share their storage: a
// release repeats its labels in every schedule and every quarter. The table
// has a fixed number of places and a new text takes the place of the one
// its hash falls on, so it stays in the cache however long the file is; a
// set of every label grows with the file and each look-up then misses the
// cache. A text that lost its place is only stored twice, never wrong.
class RecentTexts
{
public:
    RecentTexts();

    // The text seen before that equals this one, else this one, kept.
    QString shared(const QString &text);

private:
    QList<QString> m_places;
};
