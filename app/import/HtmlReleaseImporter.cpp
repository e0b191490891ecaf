// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlReleaseImporter.h"

#include "HtmlDocument.h"
#include "HtmlTableReader.h"
#include "ImportContext.h"
#include "PeriodLabel.h"
#include "RowClassifier.h"
#include "SourceText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// One <DOCUMENT> of an EDGAR submission: its type ("EX-99.1"), file name,
// and where its <TEXT> is.
struct EdgarDocument
{
    QString type;
    QString fileName;
    qsizetype textStart = 0;
    qsizetype textEnd = 0;
    int line = 0; // 0-based, of <DOCUMENT>
};

QList<EdgarDocument> edgarDocuments(const SourceText &source)
{
    static const QRegularExpression documentTag(u"<DOCUMENT>"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression field(uR"(<(TYPE|FILENAME)>([^<\n]*))"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const QString &text = source.text();
    QList<EdgarDocument> documents;
    qsizetype at = 0;
    while (true) {
        const QRegularExpressionMatch open = documentTag.match(text, at);
        if (!open.hasMatch())
            break;
        EdgarDocument document;
        document.line = source.lineAt(open.capturedStart());
        const qsizetype textTag = text.indexOf(u"<TEXT>"_s, open.capturedEnd(), Qt::CaseInsensitive);
        const qsizetype end = text.indexOf(u"</DOCUMENT>"_s, open.capturedEnd(), Qt::CaseInsensitive);
        const qsizetype limit = end < 0 ? text.size() : end;
        auto fields = field.globalMatch(QStringView(text).first(textTag < 0 ? limit : textTag), open.capturedEnd());
        while (fields.hasNext()) {
            const QRegularExpressionMatch match = fields.next();
            (match.captured(1).toUpper() == u"TYPE" ? document.type : document.fileName) = match.captured(2).trimmed();
        }
        if (textTag >= 0 && textTag < limit) {
            document.textStart = textTag + 6;
            const qsizetype close = text.indexOf(u"</TEXT>"_s, document.textStart, Qt::CaseInsensitive);
            document.textEnd = close >= 0 && close < limit ? close : limit;
            documents.append(document);
        }
        at = limit;
        if (end < 0)
            break;
    }
    return documents;
}

// "(in thousands, except per share data)", "(unaudited)", "Dollars in
// millions": a table's units, never a sentence of the body that happens to
// say "billion" (a caption is short and does not end as a sentence does).
bool isCaption(const QString &text)
{
    static const QRegularExpression parenthesised(uR"(^\(.*\)$)"_s);
    static const QRegularExpression units(uR"(^unaudited$|\bin (thousands|millions|billions)\b)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    if (text.size() < 200 && parenthesised.match(text).hasMatch())
        return true;
    return text.size() < 80 && !text.endsWith(u'.') && units.match(text).hasMatch();
}

// Lines that stand above a release's tables but name neither the table nor
// the company: "Exhibit 99.1", a page number ("- 6 -", "3").
bool isFurniture(const QString &text)
{
    static const QRegularExpression furniture(uR"(^(exhibit\s+[0-9.]+|[-\s]*[0-9]+[-\s]*|page\s+[0-9]+.*)$)"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    return furniture.match(text).hasMatch();
}

class Reader
{
public:
    Reader(const SourceText &source, const QString &fileName) : m_context(fileName, source) { }

    ImportResult run();

private:
    void readDocument(qsizetype from, qsizetype to);
    void takeTable(const HtmlDocument &document, const HtmlBlock &block);
    void takeParagraph(const HtmlBlock &block);
    void finish();

    ImportContext m_context;
    Filing m_filing;
    QList<HtmlBlock> m_pending; // paragraphs since the last table
    bool m_lastWasTable = false;
};

ImportResult Reader::run()
{
    m_filing.kind = Filing::Kind::EarningsRelease;
    m_filing.path = m_context.fileName();
    m_filing.text = m_context.source().text();

    const QList<EdgarDocument> documents = edgarDocuments(m_context.source());
    if (documents.isEmpty()) {
        readDocument(0, m_filing.text.size());
    } else {
        // A submission holds the 8-K and its exhibits: the release is an EX-99.
        bool read = false;
        for (const EdgarDocument &document : documents) {
            const bool exhibit = document.type.startsWith(u"EX-99"_s, Qt::CaseInsensitive);
            if (exhibit || (documents.size() == 1)) {
                readDocument(document.textStart, document.textEnd);
                read = true;
            }
        }
        for (const EdgarDocument &document : documents) {
            if (read && !document.type.startsWith(u"EX-99"_s, Qt::CaseInsensitive) && documents.size() > 1)
                m_context.warn(
                    document.line, 0,
                    u"not opened: %1 (%2), only the EX-99 exhibits are read"_s.arg(document.type, document.fileName));
        }
        if (!read)
            readDocument(documents.constFirst().textStart, documents.constFirst().textEnd);
    }
    finish();

    if (m_filing.schedules.isEmpty())
        m_context.fail(-1, 0,
                       u"no schedule found: expected an HTML table with a column of figures under its periods"_s);
    return m_context.result(std::move(m_filing));
}

void Reader::readDocument(qsizetype from, qsizetype to)
{
    // A browser shows nothing after a comment that is never closed; say where it opened.
    const QStringView text = QStringView(m_context.source().text()).sliced(from, to - from);
    const qsizetype comment = text.lastIndexOf(u"<!--");
    if (comment >= 0 && text.indexOf(u"-->", comment + 4) < 0)
        m_context.warnAt(m_context.source().locateOffset(from + comment, 4),
                         u"comment never closed: expected \"-->\"; nothing after it is read"_s);
    const HtmlDocument document = HtmlDocument::parse(m_context.source(), from, to);
    if (m_filing.title.isEmpty() && !document.title.isEmpty())
        m_filing.subtitle << document.title;
    for (const HtmlBlock &block : document.blocks) {
        if (block.table >= 0) {
            takeTable(document, block);
        } else {
            m_pending.append(block);
            m_lastWasTable = false;
        }
    }
    for (const HtmlBlock &block : std::as_const(m_pending))
        takeParagraph(block);
    m_pending.clear();
}

void Reader::takeTable(const HtmlDocument &document, const HtmlBlock &block)
{
    const HtmlTable &table = document.tables.at(block.table);
    std::optional<HtmlTableReader::Result> read = HtmlTableReader::read(m_context, table);
    if (!read) {
        // No column of figures: its rows are text.
        for (const HtmlRow &row : table.rows) {
            HtmlBlock line;
            for (const HtmlCell &cell : row.cells) {
                if (cell.text.isEmpty())
                    continue;
                if (!line.location.isValid())
                    line.location = cell.location;
                line.text += (line.text.isEmpty() ? QString() : u" "_s) + cell.text;
            }
            if (!line.text.isEmpty())
                m_pending.append(line);
        }
        return;
    }

    // The title block: the short bold or centred lines right above, with
    // the captions among them; else the table's own first rows.
    QStringList title;
    QStringList captions;
    QString intro;
    SourceLocation titleAt;
    qsizetype taken = 0;
    for (qsizetype i = m_pending.size() - 1; i >= 0 && taken < 5; --i, ++taken) {
        const HtmlBlock &above = m_pending[i];
        if (isFurniture(above.text))
            continue;
        // One sentence may stand between the title block and its table
        // ("Stock-based compensation is included in the following …:").
        const bool titled = !title.isEmpty() || !captions.isEmpty();
        if (!titled && intro.isEmpty() && !above.bold && !above.centered && !isCaption(above.text)
            && above.text.size() < 400 && i > 0 && (m_pending[i - 1].bold || m_pending[i - 1].centered)) {
            intro = above.text;
            continue;
        }
        if (above.text.size() > 300 || !(above.bold || above.centered || isCaption(above.text)))
            break;
        // A title block written as one paragraph with line breaks.
        const QStringList lines = above.text.split(u'\n');
        for (qsizetype l = lines.size() - 1; l >= 0; --l) {
            if (isCaption(lines[l]))
                captions.prepend(lines[l]);
            else if (!isFurniture(lines[l]))
                title.prepend(lines[l]);
        }
        titleAt = above.location;
    }
    for (const QString &line : std::as_const(read->heading)) {
        if (isCaption(line))
            captions << line;
        else if (title.isEmpty() || taken == 0)
            title << line;
    }
    for (qsizetype i = 0; i < m_pending.size() - taken; ++i)
        takeParagraph(m_pending[i]);
    m_pending.clear();

    TablePart &part = read->part;
    if (title.isEmpty() && captions.isEmpty() && m_lastWasTable && !m_filing.schedules.isEmpty()
        && Period::sameLabels(m_filing.schedules.constLast().periods, part.periods)) {
        // The same table after a page break: one schedule.
        Schedule &schedule = m_filing.schedules.last();
        schedule.rows.append(std::move(part.rows));
        schedule.hasNoteColumn = schedule.hasNoteColumn || part.noteColumn;
        return;
    }

    Schedule schedule;
    if (title.size() >= 2) {
        schedule.company = title.takeFirst();
    }
    schedule.title = title.join(u' ');
    schedule.location = titleAt.isValid() ? titleAt : block.location;
    if (schedule.title.isEmpty()) {
        schedule.title = u"Table %1"_s.arg(m_filing.schedules.size() + 1);
        m_context.warnAt(
            block.location,
            u"table without a title: expected bold or centred lines above it; shown as \"%1\""_s.arg(schedule.title));
    }
    schedule.captions = captions;
    schedule.intro = intro;
    schedule.scale = Schedule::scaleOf(captions);
    schedule.shareScale = Schedule::shareScaleOf(captions);
    schedule.periods = part.periods;
    schedule.rows = std::move(part.rows);
    schedule.hasNoteColumn = part.noteColumn;
    m_filing.schedules.append(std::move(schedule));
    m_lastWasTable = true;
}

void Reader::takeParagraph(const HtmlBlock &block)
{
    Paragraph paragraph;
    paragraph.text = block.text;
    paragraph.location = block.location;
    paragraph.heading = block.bold && block.text.size() < 160;
    if (m_filing.title.isEmpty() && (block.bold || block.centered) && !isCaption(block.text) && !isFurniture(block.text)
        && block.text.size() < 300) {
        m_filing.title = block.text.section(u'\n', 0, 0);
        paragraph.heading = true;
    } else if (!m_filing.date.isValid() && m_filing.narrative.size() < 12) {
        m_filing.date = PeriodLabel::findDate(block.text.left(300));
    }
    m_filing.narrative.append(paragraph);
}

void Reader::finish()
{
    for (Schedule &schedule : m_filing.schedules)
        RowClassifier::classify(schedule.rows);
    m_filing.company = m_filing.mostNamedCompany();
    if (m_filing.title.isEmpty())
        m_filing.title = m_filing.company.isEmpty() ? m_filing.fileName() : m_filing.company;
}

} // namespace

bool HtmlReleaseImporter::isHtml(QStringView text)
{
    const QStringView start = text.trimmed().first(std::min<qsizetype>(text.trimmed().size(), 8192));
    if (!start.startsWith(u'<'))
        return false;
    static const QRegularExpression markup(uR"(<(!doctype html|html|body|document>|sec-document>|table|div|p[ >]))"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    return markup.match(start).hasMatch();
}

ImportResult HtmlReleaseImporter::import(const SourceText &source, const QString &fileName)
{
    return Reader(source, fileName).run();
}
