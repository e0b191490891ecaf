// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/SourceLocation.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

// A decoded file and where each of its lines starts, with the arithmetic
// that turns an offset into a 1-based column counted in characters, not
// UTF-16 units. The text is kept once: lines are views into it, so a large
// file costs its decoded size and a number per line, not a string per line.
class SourceText
{
public:
    explicit SourceText(const QString &text);
    // `bytes` are the file the text was decoded from, kept when they are
    // that text in UTF-8 (a byte-order mark aside), so that a reader of
    // UTF-8 takes them as they are.
    SourceText(const QString &text, const QByteArray &bytes);

    int lineCount() const { return int(m_starts.size()); }
    // Where a line starts in text().
    qsizetype startOf(int index) const { return m_starts.at(index); }
    // The line without its line end.
    QStringView line(int index) const;
    // The whole text, every line ended by "\n" ("\r\n" and a lone "\r"
    // read as "\n"); the same string as was given when it has no "\r".
    const QString &text() const { return m_text; }

    // Column (1-based, in code points) of a UTF-16 offset into a line.
    static int columnOf(QStringView line, qsizetype offset);
    // Where the span [offset, offset+length) of line `index` (0-based) is.
    SourceLocation locate(int index, qsizetype offset, qsizetype length = 0) const;
    // The 0-based line holding offset `at` of text().
    int lineAt(qsizetype at) const;
    // Where the span [at, at+length) of text() is.
    SourceLocation locateOffset(qsizetype at, qsizetype length = 0) const;

    // text()[from, to) in UTF-8: the file's own bytes where they are that
    // (no copy of a 10-K's megabytes; valid while this SourceText is),
    // else converted.
    QByteArray utf8(qsizetype from, qsizetype to) const;

private:
    QString m_text;
    QByteArray m_utf8;         // the file's bytes when they are m_text in UTF-8
    qsizetype m_utf8Start = 0; // past a byte-order mark
    QList<qsizetype> m_starts;
    // A text of the Basic Multilingual Plane only (nearly every filing) counts
    // a column per UTF-16 unit, so a place on a line of megabytes (an HTML
    // filing written on one line) is found without counting up to it.
    bool m_surrogates = false;
};
