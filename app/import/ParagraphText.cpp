// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParagraphText.h"

#include "MarkupText.h"
#include "SourceText.h"
#include "TextBlock.h"

using namespace Qt::StringLiterals;

ParagraphText::ParagraphText(const SourceText &source, const TextBlock &block)
{
    for (int i = block.first; i <= block.last; ++i) {
        const QStringView line = source.line(i);
        m_lines << line.trimmed().toString();
        m_hardBreaks << line.endsWith(u"  ");
    }
}

QString ParagraphText::clean() const
{
    return cleanLines(m_lines);
}

QString ParagraphText::cleanWithBreaks() const
{
    QStringList pieces;
    qsizetype from = 0;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (i + 1 == m_lines.size() || m_hardBreaks[i]) {
            pieces << cleanLines(m_lines.mid(from, i + 1 - from));
            from = i + 1;
        }
    }
    pieces.removeAll(QString());
    return pieces.join(u'\n');
}

QString ParagraphText::cleanLines(QStringList lines)
{
    // A Markdown heading's '#' marks are layout, not text.
    for (QString &line : lines) {
        qsizetype hashes = 0;
        while (hashes < line.size() && line.at(hashes) == u'#')
            ++hashes;
        if (hashes > 0 && hashes < line.size() && line.at(hashes) == u' ')
            line = line.mid(hashes + 1);
    }
    return MarkupText::plain(lines.join(u'\n')).simplified();
}

bool ParagraphText::isBoldLine(QStringView line)
{
    return line.size() > 4 && line.startsWith(u"**"_s) && line.endsWith(u"**"_s);
}

bool ParagraphText::isCaptionLine(const QString &line)
{
    return line.size() > 2 && line.startsWith(u'(') && line.endsWith(u')');
}

bool ParagraphText::isTitleBlock() const
{
    bool bold = false;
    for (const QString &line : m_lines) {
        if (isBoldLine(line))
            bold = true;
        else if (!isCaptionLine(line))
            return false;
    }
    return bold;
}

bool ParagraphText::isAllBold() const
{
    for (const QString &line : m_lines) {
        if (!isBoldLine(line))
            return false;
    }
    return !m_lines.isEmpty();
}

bool ParagraphText::isHeading() const
{
    if (m_lines.size() == 1 && m_lines.constFirst().startsWith(u'#'))
        return true;
    return m_lines.size() == 1 && isAllBold() && clean().size() <= 80;
}

QStringList ParagraphText::boldLines() const
{
    QStringList result;
    for (const QString &line : m_lines) {
        if (isBoldLine(line))
            result << MarkupText::plain(line).simplified();
    }
    return result;
}

QStringList ParagraphText::captions() const
{
    QStringList result;
    for (const QString &line : m_lines) {
        if (isCaptionLine(line))
            result << MarkupText::plain(line).simplified();
    }
    return result;
}
