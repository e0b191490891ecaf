// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// An error or a warning about an input, with where it is and what was
// expected, so the user can act on it. A filing with warnings opens; one with
// errors does not.
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;
    int line = 0;    // 1-based; 0 when the problem is the whole file
    int column = 0;  // 1-based, in characters
    QString message; // what is wrong and what was expected
    QString found;   // the text at fault, when there is one

    bool isError() const { return severity == Severity::Error; }
    // "file:12:5: error: message", like a compiler.
    QString toString() const;

    static Diagnostic error(const QString &file, int line, int column, const QString &message,
                            const QString &found = {});
    static Diagnostic warning(const QString &file, int line, int column, const QString &message,
                              const QString &found = {});
};

using Diagnostics = QList<Diagnostic>;
