// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// The names a workbook's sheets take, as Excel allows them: at most 31
// characters, none of : \ / ? * [ ], not starting or ending with an
// apostrophe, never "History" (Excel's own), and unique, case ignored:
// "Balance Sheets (2)" for a second.
class SheetNames
{
public:
    static constexpr qsizetype MaxLength = 31;

    // A name for each title in order; `taken` are names already used (the
    // "Tie-out" sheet), which no title gets.
    static QStringList of(const QStringList &titles, const QStringList &taken = {});
    // A sheet named in a formula or a link: 'Balance Sheets'!C12, the
    // apostrophes of the name doubled.
    static QString quoted(const QString &name);
};
