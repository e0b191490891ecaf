// SPDX-License-Identifier: GPL-3.0-or-later
#include "Diagnostic.h"

using namespace Qt::StringLiterals;

QString Diagnostic::toString() const
{
    QString where = file;
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    return where + (isError() ? u": error: "_s : u": warning: "_s) + message;
}

Diagnostic Diagnostic::error(const QString &file, int line, int column, const QString &message, const QString &found)
{
    return {Severity::Error, file, line, column, message, found};
}

Diagnostic Diagnostic::warning(const QString &file, int line, int column, const QString &message, const QString &found)
{
    return {Severity::Warning, file, line, column, message, found};
}
