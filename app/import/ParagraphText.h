// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class SourceText;
struct TextBlock;

// The raw text of a paragraph block and what its shape says: a schedule's
// title block is made of bold lines ("**Acme Corp.**") and captions in
// parentheses ("(in thousands)"); a heading is bold or starts with '#'.
class ParagraphText
{
public:
    ParagraphText(const SourceText &source, const TextBlock &block);

    const QStringList &lines() const { return m_lines; }
    QString raw() const { return m_lines.join(u'\n'); }
    QString clean() const; // markup removed, lines joined by spaces
    // The same, but a line the conversion ended with a hard break ("  ")
    // stays a line of its own, joined by "\n": a headline over its subtitles.
    QString cleanWithBreaks() const;

    bool isTitleBlock() const;
    bool isAllBold() const;
    bool isHeading() const;
    // The bold lines of a title block, markup removed, and its captions.
    QStringList boldLines() const;
    QStringList captions() const;

    static bool isBoldLine(QStringView line);
    static bool isCaptionLine(const QString &line);

private:
    static QString cleanLines(QStringList lines);

    QStringList m_lines;      // trimmed, hard-break spaces removed
    QList<bool> m_hardBreaks; // whether each line ended with one
};
