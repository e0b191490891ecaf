// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProspectusImporter.h"

#include "CellReader.h"
#include "ImportContext.h"
#include "MarkupText.h"
#include "ParagraphText.h"
#include "PeriodLabel.h"
#include "RowClassifier.h"
#include "SourceText.h"
#include "TableLine.h"
#include "TextBlock.h"
#include "amount/AmountParser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// The bold runs of a paragraph, in order: "**A****B**" is two runs.
QStringList boldRuns(const QString &raw)
{
    QStringList runs;
    const QStringList parts = raw.split(u"**"_s);
    for (qsizetype i = 1; i < parts.size(); i += 2) {
        const QString run = MarkupText::plain(parts[i]).trimmed();
        if (!run.isEmpty())
            runs << run;
    }
    return runs;
}

Amount amountOf(const QString &text)
{
    const AmountParseResult parsed = AmountParser::parse(text);
    return parsed.ok ? parsed.amount : Amount();
}

RowUnit unitOfColumn(const QString &heading)
{
    if (heading.contains(u"percent"_s, Qt::CaseInsensitive) || heading.contains(u'%'))
        return RowUnit::Percent;
    if (heading.contains(u"shares"_s, Qt::CaseInsensitive))
        return RowUnit::Shares;
    if (heading.contains(u"principal"_s, Qt::CaseInsensitive) || heading.contains(u'$'))
        return RowUnit::Money;
    return RowUnit::None;
}

class Reader
{
public:
    Reader(const SourceText &source, const QString &fileName) : m_context(fileName, source) { }
    ImportResult run();

private:
    void readFacts(const QList<TextBlock> &paragraphs);
    Schedule readTable(const TextBlock &block);
    void readFootnotes(Schedule &schedule, const QList<TextBlock> &after);
    SourceLocation locate(const QString &needle) const;

    ImportContext m_context;
    Filing m_filing;
};

SourceLocation Reader::locate(const QString &needle) const
{
    const SourceText &source = m_context.source();
    for (int i = 0; i < source.lineCount(); ++i) {
        const qsizetype at = source.line(i).indexOf(needle);
        if (at >= 0)
            return source.locate(i, at, needle.size());
    }
    return {};
}

ImportResult Reader::run()
{
    m_filing.kind = Filing::Kind::ProspectusSupplement;
    m_filing.path = m_context.fileName();
    m_filing.text = m_context.source().text();

    const QList<TextBlock> blocks = TextBlock::split(m_context.source());
    qsizetype tableAt = -1;
    for (qsizetype i = 0; i < blocks.size() && tableAt < 0; ++i) {
        if (blocks[i].isTable())
            tableAt = i;
    }
    readFacts(blocks.mid(0, tableAt < 0 ? blocks.size() : tableAt));

    if (tableAt < 0) {
        m_context.fail(
            0, 0, u"no selling-holders table found: expected tab-separated lines under a heading such as \"Name\""_s);
    } else {
        Schedule schedule = readTable(blocks[tableAt]);
        // The paragraph above the table usually names it: the table captioned "…".
        static const QRegularExpression captioned(uR"(captioned\s+["\x{201C}]([^"\x{201D}]+)["\x{201D}])"_s);
        for (qsizetype i = tableAt - 1; i >= 0 && schedule.title.isEmpty(); --i) {
            const auto match = captioned.match(ParagraphText(m_context.source(), blocks[i]).clean());
            if (match.hasMatch())
                schedule.title = match.captured(1);
        }
        if (schedule.title.isEmpty())
            schedule.title = u"Table 1"_s;
        readFootnotes(schedule, blocks.mid(tableAt + 1));
        RowClassifier::classify(schedule.rows);
        m_filing.schedules.append(schedule);
        for (qsizetype i = tableAt + 1; i < blocks.size(); ++i) {
            if (blocks[i].isTable())
                m_context.warn(blocks[i].first, 0, u"a second table in a prospectus supplement is not read"_s);
        }
    }

    return m_context.result(std::move(m_filing));
}

void Reader::readFacts(const QList<TextBlock> &paragraphs)
{
    OfferingFacts facts;
    QStringList runs;
    QString allText;
    static const QRegularExpression formLine(uR"(^Form\s+(\S+)$)"_s);
    for (const TextBlock &block : paragraphs) {
        const ParagraphText text(m_context.source(), block);
        runs << boldRuns(text.raw());
        const QString clean = text.clean();
        allText += clean + u'\n';
        if (const auto m = formLine.match(clean); m.hasMatch() && facts.formType.isEmpty())
            facts.formType = m.captured(1);
        else if (!m_filing.date.isValid() && clean.size() < 40 && PeriodLabel::findDate(clean).isValid())
            m_filing.date = PeriodLabel::findDate(clean);
        if (facts.issuer.isEmpty() && runs.isEmpty() && !clean.isEmpty() && !formLine.match(clean).hasMatch())
            facts.issuer = clean; // the first line names the registrant
    }

    static const QRegularExpression money(uR"(^\$\s?[\d,]+(\.\d+)?$)"_s);
    static const QRegularExpression securityAndShares(uR"(^(.*?)\s+and\s+([\d,]+)\s+Shares\b)"_s,
                                                      QRegularExpression::DotMatchesEverythingOption
                                                          | QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i < runs.size(); ++i) {
        if (!money.match(runs[i]).hasMatch() || !facts.principal.isNil())
            continue;
        facts.principal = amountOf(runs[i]);
        facts.principalLocation = locate(runs[i].mid(1).trimmed());
        if (i > 0)
            facts.issuer = runs[i - 1];
        if (i + 1 < runs.size()) {
            const QString next = runs[i + 1].simplified();
            if (const auto m = securityAndShares.match(next); m.hasMatch()) {
                facts.security = m.captured(1);
                facts.sharesIssuable = amountOf(m.captured(2));
                facts.sharesIssuableLocation = locate(m.captured(2));
            } else {
                facts.security = next;
            }
        }
    }
    if (!runs.isEmpty())
        m_filing.title = runs.constFirst().section(u'\n', 0, 0).simplified();
    m_filing.company = facts.issuer;
    m_filing.offering = facts;
}

Schedule Reader::readTable(const TextBlock &block)
{
    Schedule schedule;
    schedule.location = m_context.source().locate(block.first, 0);
    const QList<TableLine> lines = TableLine::read(m_context.source(), block);
    qsizetype i = 0;
    QList<TableLine> header;
    while (i < lines.size() && TableLine::isHeader(lines[i], i == 0))
        header.append(lines[i++]);

    qsizetype width = 0;
    for (const TableLine &line : lines)
        width = qMax(width, line.cells.size());
    // Headings are stacked: each column's label is its header cells read top to bottom.
    static const QRegularExpression footnoteMark(uR"(\((\d{1,2})\)$)"_s);
    for (qsizetype c = 1; c < width; ++c) {
        Period column;
        for (const TableLine &line : header) {
            if (!line.isEmptyAt(c))
                column.labelLines << line.textAt(c);
        }
        for (const QString &part : column.labelLines) {
            if (const auto m = footnoteMark.match(part); m.hasMatch())
                column.footnotes << m.captured(0);
        }
        column.unit = unitOfColumn(column.label());
        if (!header.isEmpty())
            column.location = m_context.source().locate(header.constFirst().lineIndex, 0);
        schedule.periods.append(column);
    }
    if (header.isEmpty())
        m_context.warn(block.first, 0, u"holders table without a header: expected column headings above its rows"_s);

    for (; i < lines.size(); ++i) {
        const TableLine &line = lines[i];
        if (line.isEmptyAt(0) && line.usedWidth() == 0)
            continue;
        Row row;
        const TableLine::Cell &label = line.cells.constFirst();
        row.label = m_context.shared(label.clean.text);
        row.emphasis = label.clean.emphasis;
        row.location = m_context.source().locate(line.lineIndex, label.clean.rawOffset(0), label.clean.text.size());
        for (qsizetype c = 1; c < width; ++c)
            row.cells.append(CellReader::read(m_context, line, c));
        if (line.usedWidth() < width && !line.isEmptyAt(0))
            m_context.warn(line.lineIndex, m_context.source().line(line.lineIndex).size(),
                           u"row ends early: expected %1 values, found %2"_s.arg(width - 1).arg(line.usedWidth() - 1));
        schedule.rows.append(row);
    }
    return schedule;
}

void Reader::readFootnotes(Schedule &schedule, const QList<TextBlock> &after)
{
    static const QRegularExpression numbered(uR"(^(?:[-\x{2022}]\s*)?(\(\d{1,2}\))\s+(.*)$)"_s);
    static const QRegularExpression starred(uR"(^(\*+)\s+(.*)$)"_s);
    for (const TextBlock &block : after) {
        if (block.isTable())
            continue;
        for (int i = block.first; i <= block.last; ++i) {
            const QString raw = m_context.source().line(i).trimmed().toString();
            const QString clean = MarkupText::plain(raw).simplified();
            QRegularExpressionMatch m = numbered.match(raw);
            if (!m.hasMatch())
                m = starred.match(raw);
            if (m.hasMatch()) {
                Footnote footnote;
                footnote.marker = m.captured(1);
                footnote.text = MarkupText::plain(m.captured(2)).simplified();
                footnote.location = m_context.source().locate(i, m.capturedStart(1), m.capturedLength(1));
                schedule.footnotes.append(footnote);
            } else if (!schedule.footnotes.isEmpty() && !clean.isEmpty() && clean.at(0).isLower()) {
                // A footnote the conversion broke across a blank line.
                schedule.footnotes.last().text += u' ' + clean;
            } else if (!clean.isEmpty()) {
                m_filing.narrative.append({clean, m_context.source().locate(i, 0, raw.size()), false});
            }
        }
    }

    OfferingFacts &facts = *m_filing.offering;
    static const QRegularExpression price(uR"(conversion price of (?:approximately )?\$\s?([\d,]+(?:\.\d+)?))"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression outstanding(
        uR"(([\d,]{5,}) shares of (?:our )?common stock outstanding as of ([A-Z][a-z]+\.? \d{1,2}, \d{4}))"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (const Footnote &footnote : std::as_const(schedule.footnotes)) {
        if (const auto m = price.match(footnote.text); m.hasMatch() && facts.conversionPrice.isNil()) {
            facts.conversionPrice = amountOf(m.captured(1));
            facts.conversionPriceLocation = locate(m.captured(1));
        }
        if (const auto m = outstanding.match(footnote.text); m.hasMatch() && facts.sharesOutstanding.isNil()) {
            facts.sharesOutstanding = amountOf(m.captured(1));
            facts.sharesOutstandingDate = PeriodLabel::findDate(m.captured(2));
            facts.sharesOutstandingLocation = locate(m.captured(1));
        }
    }
}

} // namespace

ImportResult ProspectusImporter::import(const SourceText &source, const QString &fileName)
{
    return Reader(source, fileName).run();
}
