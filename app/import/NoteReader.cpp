// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteReader.h"

#include "MarkupText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString NoteReader::romanNumeral(int n)
{
    static const QStringList Numerals = {u"i"_s,   u"ii"_s,   u"iii"_s, u"iv"_s, u"v"_s,  u"vi"_s,
                                         u"vii"_s, u"viii"_s, u"ix"_s,  u"x"_s,  u"xi"_s, u"xii"_s};
    return n >= 1 && n <= Numerals.size() ? Numerals[n - 1] : QString();
}

namespace {

// A note from its heading's letter and title and the text after it.
Note noteOf(const QString &letter, QString title, const QString &text)
{
    Note note;
    note.letter = letter;
    note.title = title.simplified();
    if (note.title.endsWith(u'.'))
        note.title.chop(1);
    note.text = text.simplified();
    note.clauses = NoteReader::clausesOf(note.text);
    return note;
}

} // namespace

std::optional<Note> NoteReader::read(QStringView raw)
{
    // The heading is bold and ends at the closing "**": "Note A: Title." or "Note 1 - Title".
    static const QRegularExpression heading(
        uR"(^\s*\*\*\s*Note\s+([A-Z0-9]{1,3})\s*[:.\x{2013}\x{2014}-]\s*(.*?)\*\*\s*)"_s,
        QRegularExpression::DotMatchesEverythingOption);
    const auto match = heading.match(raw);
    if (!match.hasMatch())
        return std::nullopt;
    return noteOf(match.captured(1), MarkupText::plain(match.capturedView(2)),
                  MarkupText::plain(raw.sliced(match.capturedEnd(0))));
}

std::optional<Note> NoteReader::readPlain(const QString &text)
{
    static const QRegularExpression heading(
        uR"(^Note\s+([A-Z0-9]{1,3})\s*[:.\x{2013}\x{2014}-]\s*([^.]{3,150})\.\s+(\S.*)$)"_s,
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = heading.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return noteOf(match.captured(1), match.captured(2), match.captured(3));
}

QList<NoteClause> NoteReader::clausesOf(const QString &text)
{
    QList<NoteClause> clauses;
    qsizetype from = 0;
    for (int n = 1;; ++n) {
        const QString marker = u'(' + romanNumeral(n) + u')';
        if (marker.size() < 3)
            break;
        const qsizetype at = text.indexOf(marker, from);
        if (at < 0)
            break;
        NoteClause clause;
        clause.numeral = romanNumeral(n);
        clause.offset = at;
        clauses.append(clause);
        from = at + marker.size();
    }
    // A clause runs to the next clause, or for the last one to the end of
    // its sentence; "; and" and ";" between clauses are not part of them.
    for (qsizetype k = 0; k < clauses.size(); ++k) {
        NoteClause &clause = clauses[k];
        qsizetype start = clause.offset + clause.numeral.size() + 2;
        while (start < text.size() && text[start].isSpace())
            ++start;
        qsizetype end = k + 1 < clauses.size() ? clauses[k + 1].offset : text.indexOf(u". "_s, start);
        if (end < 0)
            end = text.endsWith(u'.') ? text.size() - 1 : text.size();
        QString body = text.mid(start, end - start).trimmed(); // start is at a non-space
        static const QRegularExpression conjunction(uR"(\s+\b(and|or)$)"_s);
        body.remove(conjunction);
        while (body.endsWith(u';') || body.endsWith(u','))
            body.chop(1);
        if (body.endsWith(u'.'))
            body.chop(1);
        clause.text = body.trimmed();
        clause.length = start + clause.text.size() - clause.offset;
    }
    return clauses;
}
