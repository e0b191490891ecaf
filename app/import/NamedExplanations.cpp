// SPDX-License-Identifier: GPL-3.0-or-later
#include "NamedExplanations.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Longer than this, a bold opening is a sentence, not a name.
constexpr qsizetype MaxHeading = 100;
// Shorter than this, the text under a heading explains nothing.
constexpr qsizetype MinText = 40;

// "Restructuring costs:", "(1) Stock-based compensation —": the name alone.
QString nameOf(QString heading)
{
    static const QRegularExpression numbering(uR"(^(\(?[0-9a-z]{1,2}\)|[0-9]{1,2}\.|[\x{2022}\x{00B7}*-])\s*)"_s);
    static const QRegularExpression trailing(uR"([\s.:;,\x{2013}\x{2014}-]+$)"_s);
    heading.remove(numbering);
    heading.remove(trailing);
    return heading;
}

// What explains an adjustment says why it is left out.
bool explainsAnAdjustment(const QString &text)
{
    static const QRegularExpression words(uR"(\bexclu|\bnon-gaap\b|\badjustments?\b|\bnot (be )?indicative\b)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    return text.size() >= MinText && words.match(text).hasMatch();
}

bool isHeading(const QString &name)
{
    return !name.isEmpty() && name.size() <= MaxHeading && !name.contains(u'\n') && name.count(u' ') < 12
           && name.at(0).isLetter();
}

// The words of a label that carry its meaning, lower-cased.
QStringList wordsOf(const QString &text)
{
    static const QStringList small = {u"and"_s, u"the"_s, u"for"_s, u"add"_s, u"less"_s, u"net"_s};
    const auto isLetter = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
    QStringList words;
    // Runs of three ASCII letters or more, scanned rather than matched: a
    // 10-K's thousands of labels are read.
    for (qsizetype at = 0; at < text.size();) {
        if (!isLetter(text[at])) {
            ++at;
            continue;
        }
        const qsizetype start = at;
        while (at < text.size() && isLetter(text[at]))
            ++at;
        if (at - start < 3)
            continue;
        const QString word = text.mid(start, at - start).toLower();
        if (!small.contains(word))
            words << word;
    }
    return words;
}

// Every word of the shorter, less a plural's "es", begins a word of the
// longer, and the shorter
// has at least half as many: "Amortization of intangibles" names
// "Amortization of purchased intangible assets", "Stock-based compensation
// expenses" names "Stock-based compensation"; "General" names no "Selling,
// general and administrative".
bool names(QStringList name, QStringList label)
{
    if (name.size() > label.size())
        std::swap(name, label);
    return !name.isEmpty() && 2 * name.size() >= label.size()
           && std::all_of(name.cbegin(), name.cend(), [&label](const QString &word) {
                  return std::any_of(label.cbegin(), label.cend(), [&word](const QString &other) {
                      return other.startsWith(QStringView(word).left(qMax<qsizetype>(4, word.size() - 2)));
                  });
              });
}

} // namespace

QList<Note> NamedExplanations::notesNaming(const QList<Schedule> &schedules) const
{
    QList<Note> named;
    if (m_notes.isEmpty())
        return named;
    // Each label's words once, however many notes are looked for: a 10-K
    // has thousands of lines and dozens of named paragraphs.
    QList<QStringList> labels;
    for (const Schedule &schedule : schedules) {
        for (const Row &row : schedule.rows) {
            if (row.hasValues())
                labels.append(wordsOf(row.label));
        }
    }
    for (const Note &note : m_notes) {
        const QStringList name = wordsOf(note.title);
        if (std::any_of(labels.cbegin(), labels.cend(), [&](const QStringList &label) { return names(name, label); }))
            named.append(note);
    }
    return named;
}

void NamedExplanations::take(const HtmlBlock &block)
{
    const QString waiting = std::exchange(m_heading, QString());
    if (block.table >= 0 || !block.marker.isEmpty())
        return; // a footnote is the note of the rows citing it
    if (block.bold) {
        // A bold line: the heading of the paragraph under it, if one follows.
        m_heading = nameOf(block.text);
        if (!isHeading(m_heading))
            m_heading.clear();
        return;
    }
    if (!block.leadIn.isEmpty() && block.text.startsWith(block.leadIn)) {
        const QString name = nameOf(block.leadIn);
        static const QRegularExpression punctuation(uR"(^[\s.:;,\x{2013}\x{2014}-]+)"_s);
        const QString text = block.text.mid(block.leadIn.size()).remove(punctuation);
        if (isHeading(name) && explainsAnAdjustment(text)) {
            add(name, text, block.location);
            return;
        }
    }
    if (!waiting.isEmpty() && explainsAnAdjustment(block.text))
        add(waiting, block.text, block.location);
}

void NamedExplanations::add(const QString &heading, const QString &text, const SourceLocation &location)
{
    for (const Note &note : std::as_const(m_notes)) {
        if (note.letter == heading)
            return; // the first paragraph under a name is its explanation
    }
    Note note;
    note.letter = heading;
    note.title = heading;
    note.text = text;
    note.location = location;
    m_notes.append(note);
}
