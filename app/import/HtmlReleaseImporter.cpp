// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlReleaseImporter.h"

#include "FootnoteMarker.h"
#include "HtmlDocument.h"
#include "HtmlTableReader.h"
#include "ImportContext.h"
#include "NamedExplanations.h"
#include "NoteReader.h"
#include "PeriodLabel.h"
#include "RowClassifier.h"
#include "SourceText.h"
#include "TaggedTables.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <tuple>

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
// the company: "Exhibit 99.1", a page number ("- 6 -", "3"), a link back
// to the table of contents, a table's number ("Table 9 (continued)"),
// "For Immediate Release".
bool isFurniture(const QString &text)
{
    static const QRegularExpression furniture(
        uR"(^(exhibit\s+[0-9.]+|[-\s]*[0-9]+[-\s]*|page\s+[0-9]+.*|table of contents|table\s+[0-9]+[a-z]?( \(continued\))?|for immediate release)$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return furniture.match(text).hasMatch();
}

// A report's table of contents: most of its lines open with "Part I" or
// "Item 1A.", and its figures are page numbers, nothing to foot.
bool isTableOfContents(const HtmlTable &table)
{
    static const QRegularExpression entry(uR"(^(part\s+[ivx]+\b|item\s+[0-9]+[a-z]?\.?(\s|$)))"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    int lines = 0;
    int entries = 0;
    for (const HtmlRow &row : table.rows) {
        const auto first = std::find_if(row.cells.cbegin(), row.cells.cend(),
                                        [](const HtmlCell &cell) { return !cell.text.isEmpty(); });
        if (first == row.cells.cend())
            continue;
        ++lines;
        entries += entry.match(first->text).hasMatch() ? 1 : 0;
    }
    return lines >= 3 && 2 * entries > lines;
}

// A company as it heads its statements: "Oracle Corporation", "The
// Buckle, Inc.", "East West Bancorp, Inc. and Subsidiaries".
qsizetype indexOfCompany(const QStringList &lines)
{
    static const QRegularExpression company(
        uR"(\b(inc|incorporated|corp|corporation|company|co|ltd|limited|plc|llc|l\.?p|n\.v|s\.a|ag|se|holdings|group|bancorp))"
        uR"(\.?,?(\s+and\s+(consolidated\s+)?subsidiaries)?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].size() < 100 && company.match(lines[i]).hasMatch())
            return i;
    }
    return -1;
}

// The sentence that leads into a table when nothing titles it ("The
// following table details revenue by product division:"), without its
// footnote number: the table's title, as a reader takes it.
QString leadInOf(const QString &paragraph)
{
    QString text = paragraph.simplified();
    static const QRegularExpression pointsDown(
        uR"(\b(following|below)\b.*\btables?\b|\btables?\b.*\b(below|follows?)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (text.endsWith(u'.') && !text.endsWith(u"..") && pointsDown.match(text.right(300)).hasMatch())
        text.back() = u':'; // "The following tables show … targets."
    if (!text.endsWith(u':') || text.size() < 12)
        return {};
    static const QRegularExpression sentenceEnd(uR"([.;]\s+(?=[A-Z(]))"_s);
    qsizetype start = 0;
    for (const QRegularExpressionMatch &match : sentenceEnd.globalMatch(text))
        start = match.capturedEnd();
    QString sentence = text.sliced(start).chopped(1).trimmed();
    static const QRegularExpression marker(uR"(^(\(\w{1,3}\)|\*+|\w{1,2}\.)\s+)"_s);
    sentence.remove(marker);
    // "Segment Information – The operating results … were as follows": a
    // run-in heading is the title.
    static const QRegularExpression runIn(
        uR"(^((?:[A-Z][\w&’'-]*\s+(?:(?:and|of|the|for|to|in)\s+)?){1,6})[\x{2013}\x{2014}]\s+)"_s);
    if (const QRegularExpressionMatch match = runIn.match(sentence); match.hasMatch())
        return match.captured(1).trimmed();
    // "… as follows (differences … are in Corporate)": the aside is no title.
    static const QRegularExpression aside(uR"(\s+\([^()]{30,}\)$)"_s);
    sentence.remove(aside);
    // "Reconciliations of adjusted results … are as follows": the subject is the title.
    static const QRegularExpression follows(uR"(\s+(is|are|was|were)\s+(as follows|presented below|shown below)$)"_s);
    sentence.remove(follows);
    while (sentence.endsWith(u',') || sentence.endsWith(u';'))
        sentence.chop(1);
    return sentence.size() <= 240 ? sentence : QString();
}

// The lines that title a table and the captions that give its units.
struct TitleBlock
{
    QStringList lines;
    QStringList captions;
    QString intro;       // one sentence between the block and its table
    SourceLocation at;   // of the title's first line
    qsizetype taken = 0; // paragraphs it took from those above the table
};

class Reader
{
public:
    Reader(const SourceText &source, const QString &fileName) : m_context(fileName, source) { }
    Reader(const SourceText &source, const QString &fileName, HtmlReleaseImporter::Tagged tagged)
        : m_context(fileName, source), m_tagged(std::move(tagged))
    { }

    ImportResult run();

private:
    void readDocument(qsizetype from, qsizetype to);
    void takeTable(const HtmlDocument &document, const HtmlBlock &tableBlock);
    TitleBlock titleAbove() const;
    QString leadInAbove(qsizetype taken) const;
    void nameSchedule(Schedule &schedule, TitleBlock &block, const QString &leadIn, const TablePart &part) const;
    void takeUnits(Schedule &schedule);
    void linkFootnotes();
    QString noteFor(const Footnote &footnote, const QString &key, qsizetype schedule);
    void takeParagraph(const HtmlBlock &block);
    void finish();

    ImportContext m_context;
    Filing m_filing;
    QList<HtmlBlock> m_pending; // paragraphs since the last table
    NamedExplanations m_explanations;
    bool m_lastWasTable = false;
    qint64 m_statedScale = 1; // the units last stated over a table of this document
    qint64 m_statedShareScale = 0;
    bool m_footnotesOpen = false; // the paragraphs read are footnotes under the last table
    bool m_titleIsHeadline = false;
    std::optional<HtmlReleaseImporter::Tagged> m_tagged;
    QList<qsizetype> m_coverPlaces; // of a tagged document's dei: facts
};

ImportResult Reader::run()
{
    m_filing.kind = Filing::Kind::EarningsRelease;
    m_filing.path = m_context.fileName();
    m_filing.text = m_context.source().text();

    const QList<EdgarDocument> documents = m_tagged ? QList<EdgarDocument>{} : edgarDocuments(m_context.source());
    if (m_tagged) {
        readDocument(m_tagged->from, m_tagged->to);
    } else if (documents.isEmpty()) {
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

    if (m_tagged) {
        m_filing.kind = Filing::Kind::InlineXbrl;
        m_filing.xbrl = std::move(m_tagged->instance);
        if (m_filing.schedules.isEmpty() && !m_filing.xbrl.facts.isEmpty())
            return m_context.result(std::move(m_filing));
    }
    if (m_filing.schedules.isEmpty())
        m_context.fail(-1, 0,
                       u"no schedule found: expected an HTML table with a column of figures under its periods"_s);
    return m_context.result(std::move(m_filing));
}

void Reader::readDocument(qsizetype from, qsizetype to)
{
    HtmlDocument document;
    if (m_tagged) {
        // Well-formed XML, as its reader found it: no comment left open.
        document = HtmlDocument::read(m_context.source(), m_tagged->markup);
        m_tagged->markup = MarkupTree(); // read: its memory is the document's now
        TaggedTables::bind(document, m_tagged->instance);
        m_coverPlaces = TaggedTables::coverPlaces(m_tagged->instance);
    } else {
        // A browser shows nothing after a comment that is never closed; say where it opened.
        const QStringView text = QStringView(m_context.source().text()).sliced(from, to - from);
        const qsizetype comment = text.lastIndexOf(u"<!--");
        if (comment >= 0 && text.indexOf(u"-->", comment + 4) < 0)
            m_context.warnAt(m_context.source().locateOffset(from + comment, 4),
                             u"comment never closed: expected \"-->\"; nothing after it is read"_s);
        document = HtmlDocument::parse(m_context.source(), from, to);
    }
    m_statedScale = 1;
    m_statedShareScale = 0;
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

// The title block: the short bold or centred lines right above the table,
// with the captions among them.
TitleBlock Reader::titleAbove() const
{
    TitleBlock block;
    qsizetype seen = 0;
    for (qsizetype i = m_pending.size() - 1; i >= 0 && seen < 5; --i, ++seen) {
        const HtmlBlock &above = m_pending[i];
        if (isFurniture(above.text))
            continue;
        // One paragraph may stand between the title block and its table
        // ("Stock-based compensation is included in the following …:").
        const bool titled = !block.lines.isEmpty() || !block.captions.isEmpty();
        if (!titled && block.intro.isEmpty() && !above.bold && !above.centered && !isCaption(above.text)
            && above.text.size() < 1200 && i > 0 && (m_pending[i - 1].bold || m_pending[i - 1].centered)) {
            block.intro = above.text;
            continue;
        }
        if (above.text.size() > 300 || !(above.bold || above.centered || isCaption(above.text)))
            break;
        // A title block written as one paragraph with line breaks.
        const QStringList lines = above.text.split(u'\n');
        for (qsizetype l = lines.size() - 1; l >= 0; --l) {
            if (isCaption(lines[l]))
                block.captions.prepend(lines[l]);
            else if (!isFurniture(lines[l]))
                block.lines.prepend(lines[l]);
        }
        block.at = above.location;
        block.taken = seen + 1;
    }
    if (block.lines.isEmpty() && block.captions.isEmpty()) {
        block.intro.clear();
        block.taken = 0;
    }
    return block;
}

void Reader::takeTable(const HtmlDocument &document, const HtmlBlock &tableBlock)
{
    const HtmlTable &table = document.tables.at(tableBlock.table);
    // A cover page's tables (its facts are the document and entity
    // information) and a table of contents are read as text.
    const bool text = isTableOfContents(table) || (m_tagged && TaggedTables::isCoverTable(table, m_coverPlaces));
    std::optional<HtmlTableReader::Result> read = text ? std::nullopt : HtmlTableReader::read(m_context, table);
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

    TitleBlock block = titleAbove();
    const bool fromAbove = !block.lines.isEmpty();
    for (const QString &line : std::as_const(read->heading)) {
        if (isCaption(line))
            block.captions << line;
        else if (line.size() > 160 || line.endsWith(u'.'))
            block.intro += (block.intro.isEmpty() ? QString() : u"\n"_s) + line; // a sentence, not a title
        else if (!fromAbove && !isFurniture(line))
            block.lines << line;
    }
    for (qsizetype i = 0; i < m_pending.size() - block.taken; ++i)
        takeParagraph(m_pending[i]);
    const QString leadIn = block.lines.isEmpty() ? leadInAbove(block.taken) : QString();
    m_pending.clear();
    TablePart &part = read->part;
    if (block.lines.isEmpty() && block.captions.isEmpty() && m_lastWasTable && !m_filing.schedules.isEmpty()
        && Period::sameLabels(m_filing.schedules.constLast().periods, part.periods)) {
        // The same table after a page break: one schedule.
        Schedule &schedule = m_filing.schedules.last();
        schedule.rows.append(std::move(part.rows));
        schedule.hasNoteColumn = schedule.hasNoteColumn || part.noteColumn;
        schedule.footnotes.append(part.footnotes);
        m_footnotesOpen = true;
        return;
    }

    Schedule schedule;
    schedule.location = block.at.isValid() ? block.at : tableBlock.location;
    nameSchedule(schedule, block, leadIn, part);
    if (schedule.title.isEmpty()) {
        static const QString continued = u" (continued)"_s;
        // A title that says it continues, as printed ("NOTE 9. … (Continued)"), says it once.
        const auto continuing = [](const QString &title) {
            return title.endsWith(u"(continued)"_s, Qt::CaseInsensitive) ? title
                                                                         : QString(title).remove(continued) + continued;
        };
        schedule.title = m_lastWasTable && !m_filing.schedules.isEmpty()
                             ? continuing(m_filing.schedules.constLast().title)
                             : u"Table %1"_s.arg(m_filing.schedules.size() + 1);
        m_context.warnAt(
            tableBlock.location,
            u"table without a title: expected bold or centred lines above it; shown as \"%1\""_s.arg(schedule.title));
    }
    schedule.captions = block.captions;
    schedule.intro = block.intro;
    takeUnits(schedule);
    schedule.periods = part.periods;
    PeriodLabel::dateFromTitle(schedule.periods, schedule.title);
    schedule.rows = std::move(part.rows);
    if (m_tagged) {
        TaggedTables::datePeriods(schedule, m_tagged->instance);
        TaggedTables::scaleFromFacts(schedule, m_tagged->instance);
    }
    schedule.hasNoteColumn = part.noteColumn;
    schedule.footnotes = part.footnotes;
    m_filing.schedules.append(std::move(schedule));
    m_lastWasTable = true;
    m_footnotesOpen = true;
}

// When no title block stands above a table: the sentence leading into it,
// else the heading of the section it stands in ("Financial Position").
QString Reader::leadInAbove(qsizetype taken) const
{
    for (qsizetype i = m_pending.size() - 1 - taken; i >= 0; --i) {
        if (!isFurniture(m_pending[i].text)) {
            const QString leadIn = leadInOf(m_pending[i].text);
            if (!leadIn.isEmpty())
                return leadIn;
            break;
        }
    }
    for (qsizetype i = m_pending.size() - 1 - taken; i >= 0; --i) {
        const HtmlBlock &above = m_pending[i];
        if ((above.bold || above.centered) && above.text.size() < 120 && !above.text.contains(u'\n')
            && !isFurniture(above.text) && !isCaption(above.text))
            return above.text;
    }
    return {};
}

// The company and title from the title block; else from the sentence
// leading in, or the table's first row when it is a heading
// ("Noninterest Expense"). Empty when nothing names the table.
void Reader::nameSchedule(Schedule &schedule, TitleBlock &block, const QString &leadIn, const TablePart &part) const
{
    // The company's name heads the block; lines above it are the page's
    // running head ("Item 1. Financial Statements.").
    const qsizetype company = indexOfCompany(block.lines);
    if (company >= 0 && company + 1 < block.lines.size()) {
        schedule.company = block.lines[company];
        block.lines.remove(0, company + 1);
    }
    schedule.title = block.lines.join(u' ');
    if (schedule.title.isEmpty()) {
        // "… was as follows (shares in millions):": the units are a caption.
        schedule.title = leadIn;
        if (const QString units = Schedule::takeUnits(schedule.title); !units.isEmpty())
            block.captions << units;
    }
    if (schedule.title.isEmpty() && !part.rows.isEmpty() && !part.rows.constFirst().hasValues()
        && (part.rows.size() < 2 || part.rows[1].hasValues()))
        schedule.title = part.rows.constFirst().label;
    if (schedule.title.endsWith(u':'))
        schedule.title.chop(1);
}

// A release states its units once over a statement and not again over the
// footnote tables and note tables that follow: those are in the units last
// stated.
void Reader::takeUnits(Schedule &schedule)
{
    schedule.scale = Schedule::scaleOf(schedule.captions);
    schedule.shareScale = Schedule::shareScaleOf(schedule.captions);
    if (Schedule::statesUnits(schedule.captions)) {
        m_statedScale = schedule.scale;
        m_statedShareScale = schedule.shareScale;
    } else {
        schedule.scale = m_statedScale;
        if (schedule.shareScale == 0)
            schedule.shareScale = m_statedShareScale;
    }
}

void Reader::takeParagraph(const HtmlBlock &block)
{
    // The footnotes right under a table are its own.
    if (m_footnotesOpen && !m_filing.schedules.isEmpty() && !isFurniture(block.text)) {
        const FootnoteMarker::Split footnote = block.marker.isEmpty() ? FootnoteMarker::split(block.text, true)
                                                                      : FootnoteMarker::Split{block.marker, block.text};
        if (footnote.marker.isEmpty())
            m_footnotesOpen = false;
        else
            m_filing.schedules.last().footnotes.append({footnote.marker, footnote.text, block.location});
    }
    if (!m_footnotesOpen)
        m_explanations.take(block);
    if (std::optional<Note> note = NoteReader::readPlain(block.text)) {
        note->location = block.location;
        if (!m_filing.note(note->letter))
            m_filing.notes.append(*note);
    }
    Paragraph paragraph;
    paragraph.text = block.text;
    paragraph.location = block.location;
    paragraph.heading = block.bold && block.text.size() < 160;
    // The headline: the first bold or centred line, unless one a little
    // further down says what a headline says ("Adobe Reports Record Q1
    // Revenue" under a box of investor contacts).
    static const QRegularExpression headline(uR"(\b(reports?|announces?|results|quarter|fiscal)\b)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    const bool titleLike = (block.bold || block.centered) && !isCaption(block.text) && !isFurniture(block.text)
                           && block.text.size() < 300 && !block.text.endsWith(u':');
    const bool isHeadline = titleLike && headline.match(block.text.section(u'\n', 0, 0)).hasMatch();
    if (titleLike
        && (m_filing.title.isEmpty()
            || (isHeadline && !m_titleIsHeadline && m_filing.narrative.size() < 12 && m_filing.schedules.isEmpty()))) {
        m_filing.title = block.text.section(u'\n', 0, 0);
        m_titleIsHeadline = isHeadline;
        paragraph.heading = true;
    } else if (!m_filing.date.isValid() && m_filing.narrative.size() < 12) {
        m_filing.date = PeriodLabel::findDate(block.text.left(300));
    }
    m_filing.narrative.append(paragraph);
}

// Links each table's rows to the footnotes under it, as notes the trace
// can open: a marker cited by a row ("Stock-based compensation (3)", a
// superscript) and printed under the table ("(3) Stock-based compensation
// was included …") becomes a note; the marker leaves the label. A footnote
// may hold a table of its own, and the footnotes after it are still the
// first table's.
void Reader::linkFootnotes()
{
    QList<QSet<QString>> cites(m_filing.schedules.size());
    for (qsizetype s = 0; s < m_filing.schedules.size(); ++s) {
        const Schedule &schedule = m_filing.schedules[s];
        QString title = schedule.title;
        for (const QString &key : FootnoteMarker::takeTrailing(title))
            cites[s].insert(key);
        for (const Row &row : schedule.rows) {
            QString label = row.label;
            for (const QString &key : FootnoteMarker::takeTrailing(label) + row.notes)
                cites[s].insert(key);
        }
    }
    // Where the footnote a table cites is printed: under it, or under the
    // next tables of its section: a table its footnotes hold, or the rest
    // of a table split in two, whose footnotes are shared. Never under
    // another table citing a footnote of that number itself.
    static const QString continued = u" (continued)"_s;
    const auto footnoteFor = [&](qsizetype s, const QString &key) -> std::pair<qsizetype, qsizetype> {
        const QString title = QString(m_filing.schedules[s].title).remove(continued);
        for (qsizetype t = s; t < std::min(s + 4, m_filing.schedules.size()); ++t) {
            if (t > s && cites[t].contains(key) && QString(m_filing.schedules[t].title).remove(continued) != title)
                break;
            const QList<Footnote> &footnotes = m_filing.schedules[t].footnotes;
            for (qsizetype f = 0; f < footnotes.size(); ++f) {
                if (FootnoteMarker::keys(footnotes[f].marker) == QStringList{key})
                    return {t, f};
            }
        }
        return {-1, -1};
    };
    QList<QSet<QString>> used(m_filing.schedules.size()); // footnote keys cited, by the table printing them
    QList<QString *> unprinted;                           // markers cited whose footnote is not found
    for (qsizetype s = 0; s < m_filing.schedules.size(); ++s) {
        // In the order the footnotes are printed, as the notes view lists them.
        QList<std::tuple<qsizetype, qsizetype, QString>> found;
        for (const QString &key : std::as_const(cites[s])) {
            if (const auto [t, f] = footnoteFor(s, key); t >= 0)
                found.append({t, f, key});
        }
        std::sort(found.begin(), found.end());
        QHash<QString, QString> letterOf; // footnote key -> the note's letter
        for (const auto &[t, f, key] : std::as_const(found)) {
            used[t].insert(key);
            letterOf.insert(key, noteFor(m_filing.schedules[t].footnotes[f], key, t));
        }
        const auto allKnown = [&letterOf](const QStringList &keys) {
            return !keys.isEmpty()
                   && std::all_of(keys.cbegin(), keys.cend(), [&](const QString &k) { return letterOf.contains(k); });
        };
        Schedule &schedule = m_filing.schedules[s];
        QString title = schedule.title;
        if (allKnown(FootnoteMarker::takeTrailing(title)))
            schedule.title = title;
        for (Row &row : schedule.rows) {
            QString label = row.label;
            if (const QStringList keys = FootnoteMarker::takeTrailing(label); allKnown(keys)) {
                row.label = label;
                row.notes << keys;
            }
            for (QString &key : row.notes) {
                if (letterOf.contains(key)) {
                    key = letterOf.value(key);
                    schedule.hasNoteColumn = true;
                } else {
                    unprinted.append(&key);
                }
            }
        }
    }
    // A marker whose footnote is not found is not another table's note of
    // that number: the trace says it is not printed.
    for (QString *key : std::as_const(unprinted)) {
        if (m_filing.note(*key))
            *key = u"%1 (not found)"_s.arg(*key);
    }
    // A bare number under a table is a footnote only when a table cites it.
    for (qsizetype t = 0; t < m_filing.schedules.size(); ++t) {
        m_filing.schedules[t].footnotes.removeIf([&](const Footnote &footnote) {
            const QStringList keys = FootnoteMarker::keys(footnote.marker);
            return !keys.isEmpty() && footnote.marker == keys.join(QString()) && keys.constFirst().front().isDigit()
                   && !used[t].contains(keys.constFirst());
        });
    }
}

// The letter of the note a footnote becomes: its marker's key, unless
// another table's footnote of that number says something else.
QString Reader::noteFor(const Footnote &footnote, const QString &key, qsizetype schedule)
{
    for (const QString &letter : {key, u"%1, table %2"_s.arg(key).arg(schedule + 1)}) {
        if (const Note *existing = m_filing.note(letter)) {
            if (existing->text == footnote.text)
                return letter;
            continue;
        }
        Note note;
        note.letter = letter;
        // Its first sentence names it.
        static const QRegularExpression sentenceEnd(uR"([.:;](\s|$))"_s);
        const QRegularExpressionMatch end = sentenceEnd.match(footnote.text);
        note.title = end.hasMatch() && end.capturedStart() <= 120 ? footnote.text.left(end.capturedStart())
                                                                  : footnote.text.left(120).trimmed();
        note.text = footnote.text;
        note.clauses = NoteReader::clausesOf(note.text);
        note.location = footnote.location;
        m_filing.notes.append(note);
        return letter;
    }
    return key;
}

void Reader::finish()
{
    linkFootnotes();
    for (const Note &note : m_explanations.notesNaming(m_filing.schedules)) {
        if (!m_filing.note(note.letter))
            m_filing.notes.append(note);
    }
    for (Schedule &schedule : m_filing.schedules) {
        if (m_tagged) {
            TaggedTables::columnUnits(schedule, m_tagged->instance);
            RowClassifier::classify(schedule.rows, TaggedTables::rowUnits(schedule, m_tagged->instance));
        } else {
            RowClassifier::classify(schedule.rows);
        }
    }
    m_filing.company = m_filing.mostNamedCompany();
    if (!m_titleIsHeadline) {
        // No bold headline: a short line near the top that reports or
        // announces (Apple's "Apple Reports Third Quarter Results" is plain
        // text), else the first table's title when it does (Caterpillar
        // titles its highlights with the headline).
        static const QRegularExpression headline(uR"(\b(reports?|announces?)\b)"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
        // Not a cover page's check box ("☒ QUARTERLY REPORT PURSUANT TO …").
        static const QRegularExpression box(uR"([\x{2610}-\x{2612}])"_s);
        const auto reads = [](const QString &line) {
            return line.size() < 160 && !line.contains(u'\n') && !line.endsWith(u'.') && headline.match(line).hasMatch()
                   && !box.match(line).hasMatch();
        };
        QString found;
        for (qsizetype i = 0; i < std::min<qsizetype>(m_filing.narrative.size(), 12) && found.isEmpty(); ++i)
            found = reads(m_filing.narrative[i].text) ? m_filing.narrative[i].text : QString();
        if (found.isEmpty() && !m_filing.schedules.isEmpty() && reads(m_filing.schedules.constFirst().title))
            found = m_filing.schedules.constFirst().title;
        if (!found.isEmpty())
            m_filing.title = found;
    }
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

ImportResult HtmlReleaseImporter::import(const SourceText &source, const QString &fileName, Tagged tagged)
{
    return Reader(source, fileName, std::move(tagged)).run();
}
