// SPDX-License-Identifier: GPL-3.0-or-later
#include "EarningsReleaseImporter.h"

#include "ImportContext.h"
#include "NoteReader.h"
#include "ParagraphText.h"
#include "PeriodLabel.h"
#include "ReleaseTableReader.h"
#include "RowClassifier.h"
#include "SourceText.h"
#include "TextBlock.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

class Reader
{
public:
    Reader(const SourceText &source, const QString &fileName) : m_context(fileName, source) { }

    ImportResult run();

private:
    void takeTable(const TextBlock &block);
    void takeParagraphs(qsizetype count);
    void takeParagraph(const TextBlock &block);
    Schedule scheduleFromTitle(const TextBlock &title, const TextBlock *intro);
    void finish();
    void checkNoteReferences();

    ImportContext m_context;
    Filing m_filing;
    QList<TextBlock> m_pending; // paragraphs since the last table
    bool m_lastWasTable = false;
};

ImportResult Reader::run()
{
    m_filing.kind = Filing::Kind::EarningsRelease;
    m_filing.path = m_context.fileName();
    m_filing.text = m_context.source().text();

    for (const TextBlock &block : TextBlock::split(m_context.source())) {
        if (block.isTable()) {
            takeTable(block);
        } else {
            m_pending.append(block);
            m_lastWasTable = false;
        }
    }
    takeParagraphs(m_pending.size());
    finish();

    if (m_filing.schedules.isEmpty()) {
        m_context.fail(-1, 0, u"no schedule found: expected a table whose header names its periods"_s);
    }
    return m_context.result(std::move(m_filing));
}

void Reader::takeTable(const TextBlock &block)
{
    std::optional<TablePart> part = ReleaseTableReader::read(m_context, block);
    if (!part) {
        takeParagraphs(m_pending.size());
        return;
    }

    // The paragraphs right above: a title block, perhaps followed by one
    // sentence introducing the table.
    const qsizetype n = m_pending.size();
    const auto isTitle = [this](const TextBlock &b) { return ParagraphText(m_context.source(), b).isTitleBlock(); };
    qsizetype titleAt = -1;
    if (n >= 1 && isTitle(m_pending[n - 1]))
        titleAt = n - 1;
    else if (n >= 2 && isTitle(m_pending[n - 2]))
        titleAt = n - 2;

    if (titleAt < 0 && n == 0 && m_lastWasTable && !m_filing.schedules.isEmpty()
        && Period::sameLabels(m_filing.schedules.constLast().periods, part->periods)) {
        // The same table after a page break: join it.
        Schedule &schedule = m_filing.schedules.last();
        schedule.rows.append(std::move(part->rows));
        schedule.hasNoteColumn = schedule.hasNoteColumn || part->noteColumn || part->sharedLetters;
        return;
    }

    Schedule schedule;
    if (titleAt >= 0) {
        takeParagraphs(titleAt);
        const TextBlock title = m_pending.takeFirst();
        std::optional<TextBlock> intro;
        if (!m_pending.isEmpty())
            intro = m_pending.takeFirst();
        schedule = scheduleFromTitle(title, intro ? &*intro : nullptr);
    } else {
        takeParagraphs(m_pending.size());
        schedule.title = m_filing.schedules.isEmpty() || !m_lastWasTable
                             ? u"Table %1"_s.arg(m_filing.schedules.size() + 1)
                             : m_filing.schedules.constLast().title + u" (continued)"_s;
        schedule.location = m_context.source().locate(block.first, 0);
        m_context.warn(
            block.first, 0,
            u"table without a title: expected bold title lines above it; shown as \"%1\""_s.arg(schedule.title));
    }
    schedule.periods = part->periods;
    schedule.rows = std::move(part->rows);
    schedule.hasNoteColumn = part->noteColumn || part->sharedLetters;
    m_filing.schedules.append(std::move(schedule));
    m_lastWasTable = true;
}

Schedule Reader::scheduleFromTitle(const TextBlock &title, const TextBlock *intro)
{
    const ParagraphText text(m_context.source(), title);
    Schedule schedule;
    QStringList bold = text.boldLines();
    if (bold.size() >= 2)
        schedule.company = bold.takeFirst();
    schedule.title = bold.join(u' ');
    schedule.captions = text.captions();
    schedule.scale = Schedule::scaleOf(schedule.captions);
    schedule.shareScale = Schedule::shareScaleOf(schedule.captions);
    // The title's own line: the last bold line.
    int titleLine = title.first;
    for (int i = title.first; i <= title.last; ++i) {
        if (ParagraphText::isBoldLine(m_context.source().line(i).trimmed()))
            titleLine = i;
    }
    const QStringView line = m_context.source().line(titleLine);
    schedule.location = m_context.source().locate(titleLine, 0, line.trimmed().size());
    if (intro)
        schedule.intro = ParagraphText(m_context.source(), *intro).clean();
    return schedule;
}

void Reader::takeParagraphs(qsizetype count)
{
    for (qsizetype i = 0; i < count && !m_pending.isEmpty(); ++i)
        takeParagraph(m_pending.takeFirst());
}

void Reader::takeParagraph(const TextBlock &block)
{
    const ParagraphText text(m_context.source(), block);
    if (std::optional<Note> note = NoteReader::read(text.raw())) {
        note->location = m_context.source().locate(block.first, 0, text.lines().constFirst().size());
        if (m_filing.note(note->letter))
            m_context.warn(block.first, 0, u"a second Note %1: the first one is used"_s.arg(note->letter));
        else
            m_filing.notes.append(*note);
        return;
    }
    Paragraph paragraph;
    paragraph.text = text.cleanWithBreaks();
    paragraph.heading = text.isHeading();
    paragraph.location = m_context.source().locate(block.first, 0, m_context.source().line(block.first).size());
    if (m_filing.title.isEmpty() && text.isAllBold() && !paragraph.text.isEmpty()) {
        // The headline: the first all-bold paragraph that is not a
        // "Contact:" label such as the investor-relations block above it.
        static const QRegularExpression label(uR"(^\*\*[^*]*:\*\*)"_s);
        if (!label.match(text.lines().constFirst()).hasMatch()) {
            const QStringList lines = text.boldLines();
            m_filing.title = lines.constFirst();
            m_filing.subtitle = lines.mid(1);
            paragraph.heading = true;
        }
    } else if (!m_filing.title.isEmpty() && !m_filing.date.isValid() && !paragraph.heading) {
        // The dateline follows the headline: "CITY, ST – April 23, 2007 -- …".
        m_filing.date = PeriodLabel::findDate(paragraph.text.left(200));
    }
    if (!paragraph.text.isEmpty())
        m_filing.narrative.append(paragraph);
}

void Reader::finish()
{
    for (Schedule &schedule : m_filing.schedules)
        RowClassifier::classify(schedule.rows);
    m_filing.company = m_filing.mostNamedCompany();
    checkNoteReferences();
    if (m_filing.title.isEmpty())
        m_filing.title = m_filing.company.isEmpty() ? m_filing.fileName() : m_filing.company;
}

void Reader::checkNoteReferences()
{
    for (const Schedule &schedule : std::as_const(m_filing.schedules)) {
        for (const Row &row : schedule.rows) {
            for (const QString &letter : row.notes) {
                if (m_filing.note(letter))
                    continue;
                m_context.warnAt(row.noteLocation,
                                 u"row \"%1\" cites Note %2, but the filing has no Note %2"_s.arg(row.label, letter),
                                 letter);
            }
        }
    }
}

} // namespace

ImportResult EarningsReleaseImporter::import(const SourceText &source, const QString &fileName)
{
    return Reader(source, fileName).run();
}
