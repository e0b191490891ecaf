// SPDX-License-Identifier: GPL-3.0-or-later
#include "InlineXbrlReader.h"

#include "ImportContext.h"
#include "IxtTransform.h"
#include "LinkbaseReader.h"
#include "XhtmlTreeBuilder.h"

#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString InlineNamespace = u"http://www.xbrl.org/2013/inlineXBRL"_s;
const QString InlineNamespace10 = u"http://www.xbrl.org/2008/inlineXBRL"_s;
const QString InstanceNamespace = u"http://www.xbrl.org/2003/instance"_s;
const QString DimensionNamespace = u"http://xbrl.org/2006/xbrldi"_s;
const QString SchemaInstanceNamespace = u"http://www.w3.org/2001/XMLSchema-instance"_s;

// Far more than any filing needs (scales run from −4 to 9), and within what
// an exact amount of 18 digits can move.
constexpr int MaxScale = 30;
// Warnings of one kind beyond this many are counted, not listed.
constexpr int MaxListed = 10;

// The local name of a QName as an attribute writes it: "ixt:num-dot-decimal" → "num-dot-decimal".
QStringView localName(QStringView qname)
{
    const qsizetype colon = qname.indexOf(u':');
    return colon < 0 ? qname : qname.sliced(colon + 1);
}

// A decimal string ("1234.50", digits and at most one point) times 10^scale,
// negated when asked: exact, or nullopt when it does not fit an Amount.
std::optional<Amount> scaled(QStringView decimal, int scale, bool negate)
{
    QString digits;
    int fraction = 0;
    bool point = false;
    for (const QChar c : decimal) {
        if (c == u'.') {
            point = true;
            continue;
        }
        digits.append(c);
        if (point)
            ++fraction;
    }
    // Trailing zeros of the fraction say nothing about the value; dropping
    // them lets a long fraction fit.
    while (fraction > 0 && digits.endsWith(u'0')) {
        digits.chop(1);
        --fraction;
    }
    while (digits.size() > 1 && digits.startsWith(u'0'))
        digits.remove(0, 1);
    int decimals = fraction - scale;
    if (decimals < 0) {
        if (digits != u"0")
            digits.append(QString(-decimals, u'0'));
        decimals = 0;
    }
    if (digits.isEmpty() || digits.size() > 18 || decimals > Amount::MaxDecimals)
        return std::nullopt;
    bool ok = false;
    const qint64 mantissa = digits.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return Amount::of(negate ? -mantissa : mantissa, decimals);
}

class Reader
{
public:
    Reader(ImportContext &import, qsizetype from, qsizetype to)
        : m_import(import), m_from(from), m_to(to), m_markup(import.source().text())
    { }

    InlineXbrlReader::Result result;

    bool run(QXmlStreamReader &xml)
    {
        const QString &text = m_import.source().text();
        qsizetype tokenStart = m_from;
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            // Never past the document: at its end the reader counts a
            // character it looked for and did not find.
            qsizetype tokenEnd = std::min(m_from + xml.characterOffset(), m_to);
            // Text ends where the reader sees the '<' after it, and the
            // offset it reports counts that '<' (text never holds one raw).
            if (token == QXmlStreamReader::Characters && tokenEnd > tokenStart && text.at(tokenEnd - 1) == u'<')
                --tokenEnd;
            switch (token) {
            case QXmlStreamReader::StartElement: startElement(xml, tokenStart); break;
            case QXmlStreamReader::EndElement: endElement(tokenStart, tokenEnd); break;
            case QXmlStreamReader::Characters:
                characters(xml.text());
                m_markup.characters(xml.text(), xml.isWhitespace(), tokenStart, tokenEnd);
                break;
            case QXmlStreamReader::EntityReference:
                // An entity XML does not define (&nbsp; is HTML's): the
                // document is not XHTML as inline XBRL requires.
                fail(
                    tokenStart,
                    u"entity \"&%1;\" is not defined in XHTML: expected a character reference such as \"&#160;\""_s.arg(
                        xml.name()));
                return false;
            default: break;
            }
            tokenStart = tokenEnd;
        }
        if (xml.hasError()) {
            fail(m_from + xml.characterOffset(),
                 u"not well-formed XHTML: %1 (inline XBRL must be well-formed XML)"_s.arg(xml.errorString()));
            return false;
        }
        finish();
        result.markup = m_markup.take();
        return true;
    }

private:
    enum class Open : quint8 {
        Other,
        Hidden,
        Fact,         // ix:nonFraction or ix:nonNumeric
        Continuation, // ix:continuation
        Exclude,      // ix:exclude
        Context,
        Unit,
        Denominator,
        Measure,
        Identifier,
        Instant,
        StartDate,
        EndDate,
        ExplicitMember,
        TypedMember,
        SecHiddenShown, // an element whose style shows a hidden fact
    };
    struct Element
    {
        Open open = Open::Other;
        qsizetype start = 0; // of the start tag
        int fact = -1;       // for Fact
        QString text;        // gathered text: a fact's, a continuation's, a context's parts
        QString name;        // a dimension's axis, a hidden fact's id
    };

    void startElement(QXmlStreamReader &xml, qsizetype start)
    {
        Element element;
        element.start = start;
        const QStringView ns = xml.namespaceUri();
        const QStringView name = xml.name();
        const QXmlStreamAttributes attributes = xml.attributes();
        const MarkupStyle *shown = m_markup.startElement(ns, name, attributes, start);
        if (InlineXbrlReader::isInlineNamespace(ns)) {
            if (name == u"nonFraction" || name == u"nonNumeric") {
                element.open = Open::Fact;
                element.fact = startFact(attributes, name == u"nonFraction", start);
            } else if (name == u"continuation") {
                element.open = Open::Continuation;
                element.name = attributes.value(u"id"_s).toString();
                if (const QStringView next = attributes.value(u"continuedAt"_s); !next.isEmpty())
                    m_continuedAt.insert(element.name, next.toString());
            } else if (name == u"exclude") {
                element.open = Open::Exclude;
            } else if (name == u"hidden") {
                element.open = Open::Hidden;
                ++m_hiddenDepth;
            } else if (name == u"tuple" || name == u"fraction") {
                if (m_unread++ < MaxListed)
                    warn(start, u"ix:%1 is not read: Tieout reads ix:nonFraction and ix:nonNumeric facts"_s.arg(name));
            }
        } else if (ns == InstanceNamespace) {
            if (name == u"context") {
                element.open = Open::Context;
                m_openContext = XbrlContext();
                m_openContext.id = attributes.value(u"id"_s).toString();
                m_openContext.location = locate(start);
            } else if (name == u"unit") {
                element.open = Open::Unit;
                m_openUnit = XbrlUnit();
                m_openUnit.id = attributes.value(u"id"_s).toString();
                m_openUnit.location = locate(start);
            } else if (name == u"unitDenominator") {
                element.open = Open::Denominator;
            } else if (name == u"measure") {
                element.open = Open::Measure;
            } else if (name == u"identifier") {
                element.open = Open::Identifier;
            } else if (name == u"instant") {
                element.open = Open::Instant;
            } else if (name == u"startDate") {
                element.open = Open::StartDate;
            } else if (name == u"endDate") {
                element.open = Open::EndDate;
            } else if (name == u"forever") {
                m_openContext.period.isForever = true;
            }
        } else if (ns == DimensionNamespace) {
            element.open = name == u"typedMember" ? Open::TypedMember : Open::ExplicitMember;
            element.name = attributes.value(u"dimension"_s).toString();
        } else if (ns == LinkbaseReader::LinkNamespace && name == u"schemaRef") {
            result.instance.schemaRef =
                attributes.value(LinkbaseReader::XlinkNamespace.toString(), u"href"_s).toString();
        } else if (shown && shown->showsHiddenFact) {
            // "-sec-ix-hidden:hidden-fact-3": this element shows that hidden
            // fact. Nothing in the ix:header is shown (`shown` is null there).
            const QStringView style = attributes.value(u"style"_s);
            const qsizetype at = style.indexOf(MarkupStyle::SecHiddenProperty);
            QStringView id = style.sliced(at + MarkupStyle::SecHiddenProperty.size());
            id = id.sliced(std::min<qsizetype>(id.indexOf(u':') + 1, id.size()));
            const qsizetype stop = id.indexOf(u';');
            element.open = Open::SecHiddenShown;
            element.name = (stop < 0 ? id : id.first(stop)).trimmed().toString();
        }
        m_stack.append(std::move(element));
    }

    int startFact(const QXmlStreamAttributes &attributes, bool numeric, qsizetype start)
    {
        XbrlFact fact;
        fact.numeric = numeric;
        fact.conceptName = attributes.value(u"name"_s).toString();
        fact.id = attributes.value(u"id"_s).toString();
        fact.contextRef = attributes.value(u"contextRef"_s).toString();
        fact.unitRef = attributes.value(u"unitRef"_s).toString();
        fact.format = localName(attributes.value(u"format"_s)).toString();
        fact.nil = attributes.value(SchemaInstanceNamespace, u"nil"_s) == u"true"
                   || attributes.value(SchemaInstanceNamespace, u"nil"_s) == u"1";
        fact.negated = attributes.value(u"sign"_s) == u"-";
        fact.hidden = m_hiddenDepth > 0;
        fact.begin = start;
        fact.location = locate(start);
        if (const QStringView next = attributes.value(u"continuedAt"_s); !next.isEmpty())
            m_continuationRefs.insert(start, next.toString());
        if (numeric) {
            const QStringView decimals = attributes.value(u"decimals"_s);
            fact.hasDecimals = !decimals.isEmpty();
            fact.exact = decimals == u"INF";
            bool ok = true;
            if (fact.hasDecimals && !fact.exact)
                fact.decimals = decimals.toInt(&ok);
            if (!ok)
                m_factError = u"decimals \"%1\" is not a number: expected an integer or INF"_s.arg(decimals);
            const QStringView scale = attributes.value(u"scale"_s);
            if (!scale.isEmpty()) {
                fact.scale = scale.toInt(&ok);
                if (!ok || std::abs(fact.scale) > MaxScale)
                    m_factError = u"scale \"%1\" is out of range: expected an integer from %2 to %3"_s.arg(scale)
                                      .arg(-MaxScale)
                                      .arg(MaxScale);
            }
        }
        if (fact.conceptName.isEmpty())
            m_factError = u"fact without a name: expected a name=\"prefix:Concept\" attribute"_s;
        // A fact inside another is shown by the same number.
        for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
            if (m_stack[i].open == Open::Fact) {
                fact.nestedIn = m_stack[i].fact;
                break;
            }
        }
        m_pendingErrors.append(m_factError);
        m_factError.clear();
        result.instance.facts.append(fact);
        return int(result.instance.facts.size() - 1);
    }

    void characters(QStringView text)
    {
        if (m_stack.isEmpty())
            return;
        // Text inside ix:exclude is shown but belongs to no fact.
        bool excluded = false;
        for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
            Element &element = m_stack[i];
            switch (element.open) {
            case Open::Exclude: excluded = true; break;
            case Open::Fact:
            case Open::Continuation:
                if (!excluded)
                    element.text.append(text);
                break;
            case Open::Measure:
            case Open::Identifier:
            case Open::Instant:
            case Open::StartDate:
            case Open::EndDate:
            case Open::ExplicitMember:
            case Open::TypedMember:
                if (i == m_stack.size() - 1 || element.open == Open::TypedMember)
                    element.text.append(text);
                break;
            default: break;
            }
        }
    }

    void endElement(qsizetype start, qsizetype end)
    {
        m_markup.endElement(start);
        if (m_stack.isEmpty())
            return;
        Element element = m_stack.takeLast();
        switch (element.open) {
        case Open::Hidden: --m_hiddenDepth; break;
        case Open::Fact: endFact(element, end); break;
        case Open::Continuation: m_continuations.insert(element.name, element.text); break;
        case Open::Context: result.instance.contexts.append(std::move(m_openContext)); break;
        case Open::Unit: result.instance.units.append(std::move(m_openUnit)); break;
        case Open::Measure:
            (std::any_of(m_stack.cbegin(), m_stack.cend(), [](const Element &e) { return e.open == Open::Denominator; })
                 ? m_openUnit.denominators
                 : m_openUnit.numerators)
                .append(element.text.trimmed());
            break;
        case Open::Identifier: m_openContext.entity = element.text.trimmed(); break;
        case Open::Instant:
            m_openContext.period.instant = true;
            m_openContext.period.end = dateOf(element.text);
            break;
        case Open::StartDate: m_openContext.period.start = dateOf(element.text); break;
        case Open::EndDate: m_openContext.period.end = dateOf(element.text); break;
        case Open::ExplicitMember:
        case Open::TypedMember:
            m_openContext.dimensions.append(
                {element.name, element.text.simplified(), element.open == Open::TypedMember});
            break;
        case Open::SecHiddenShown: m_shownHidden.insert(element.name, {element.start, end}); break;
        default: break;
        }
    }

    void endFact(const Element &element, qsizetype end)
    {
        XbrlFact &fact = result.instance.facts[element.fact];
        fact.end = end;
        QString error = m_pendingErrors.at(element.fact);
        if (fact.numeric) {
            fact.displayed = element.text.trimmed();
            if (error.isEmpty() && !fact.nil) {
                const IxtTransform::Result decimal = IxtTransform::apply(fact.format, fact.displayed);
                if (!decimal.ok()) {
                    error = decimal.error;
                } else if (const std::optional<Amount> value = scaled(decimal.decimal, fact.scale, fact.negated)) {
                    fact.value = *value;
                } else {
                    error = u"\"%1\" at scale %2 does not fit an exact amount of 18 digits"_s.arg(fact.displayed)
                                .arg(fact.scale);
                }
            }
        } else {
            fact.text = element.text;
        }
        if (!error.isEmpty()) {
            m_import.warnAt(fact.location, u"fact %1 left out: %2"_s.arg(fact.conceptName, error), fact.displayed);
            m_dropped.insert(element.fact);
        }
    }

    static QDate dateOf(const QString &text)
    {
        // "2025-03-29", or with a time: the date part is the day.
        return QDate::fromString(text.trimmed().left(10), Qt::ISODate);
    }

    void finish()
    {
        XbrlInstance &instance = result.instance;
        for (XbrlContext &context : instance.contexts)
            std::sort(context.dimensions.begin(), context.dimensions.end(),
                      [](const XbrlDimension &a, const XbrlDimension &b) { return a.axis < b.axis; });
        QHash<QString, int> contexts;
        for (qsizetype i = 0; i < instance.contexts.size(); ++i)
            contexts.insert(instance.contexts[i].id, int(i));
        QHash<QString, int> units;
        for (qsizetype i = 0; i < instance.units.size(); ++i)
            units.insert(instance.units[i].id, int(i));

        // Facts left out are removed, and the nesting indices follow.
        QList<int> renumbered(instance.facts.size(), -1);
        QList<XbrlFact> kept;
        kept.reserve(instance.facts.size());
        for (qsizetype i = 0; i < instance.facts.size(); ++i) {
            if (!m_dropped.contains(int(i))) {
                renumbered[i] = int(kept.size());
                kept.append(std::move(instance.facts[i]));
            }
        }
        instance.facts = std::move(kept);

        QHash<QString, QList<int>> missingContexts;
        QHash<QString, QList<int>> missingUnits;
        for (qsizetype i = 0; i < instance.facts.size(); ++i) {
            XbrlFact &fact = instance.facts[i];
            if (fact.nestedIn >= 0)
                fact.nestedIn = renumbered[fact.nestedIn];
            fact.context = contexts.value(fact.contextRef, -1);
            if (fact.context < 0)
                missingContexts[fact.contextRef].append(int(i));
            if (fact.numeric) {
                fact.unit = units.value(fact.unitRef, -1);
                if (fact.unit < 0)
                    missingUnits[fact.unitRef].append(int(i));
            }
            if (!fact.numeric) {
                joinContinuations(fact, m_continuationRefs.value(fact.begin));
            }
            // A hidden fact that a visible element shows is where that element is.
            if (fact.hidden && !fact.id.isEmpty()) {
                const auto shown = m_shownHidden.constFind(fact.id);
                if (shown != m_shownHidden.cend()) {
                    fact.begin = shown->first;
                    fact.end = shown->second;
                    fact.location = locate(shown->first);
                }
            }
        }
        if (instance.contexts.isEmpty() && instance.units.isEmpty() && !instance.facts.isEmpty()) {
            // One document of a multi-document set (an exhibit of a 10-K): its
            // contexts and units are in the main document's header.
            m_import.warnAt({},
                            u"no ix:header with contexts and units: the %1 facts refer to those of another document "
                            "of the filing, so they are listed without periods or units"_s.arg(instance.facts.size()));
            return;
        }
        reportMissing(missingContexts, u"context"_s,
                      u"expected an xbrli:context with that id in the ix:resources of the ix:header"_s);
        reportMissing(missingUnits, u"unit"_s,
                      u"expected an xbrli:unit with that id in the ix:resources of the ix:header"_s);
    }

    void joinContinuations(XbrlFact &fact, const QString &first)
    {
        QString next = first;
        QSet<QString> seen;
        while (!next.isEmpty() && !seen.contains(next)) {
            seen.insert(next);
            const auto part = m_continuations.constFind(next);
            if (part == m_continuations.cend()) {
                m_import.warnAt(fact.location,
                                u"continuation \"%1\" of %2 not found: expected an ix:continuation with that id"_s.arg(
                                    next, fact.conceptName));
                break;
            }
            fact.text += u' ' + *part;
            next = m_continuedAt.value(next);
        }
    }

    void reportMissing(const QHash<QString, QList<int>> &missing, const QString &what, const QString &expected)
    {
        QStringList ids = missing.keys();
        // In the order the document first refers to them.
        std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
            return missing[a].constFirst() < missing[b].constFirst();
        });
        int facts = 0;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QList<int> &refs = missing[ids[i]];
            facts += int(refs.size());
            if (i < MaxListed) {
                const XbrlFact &fact = result.instance.facts.at(refs.constFirst());
                const QString name = ids[i].isEmpty() ? u"no %1"_s.arg(what) : u"%1 \"%2\""_s.arg(what, ids[i]);
                m_import.warnAt(fact.location, u"%1 refers to %2, which this document does not define (%3 %4): %5"_s
                                                   .arg(fact.conceptName, name)
                                                   .arg(refs.size())
                                                   .arg(refs.size() == 1 ? u"fact"_s : u"facts"_s, expected));
            }
        }
        if (ids.size() > MaxListed)
            m_import.warnAt({},
                            u"%1 more %2s referred to but not defined, by %3 facts in all"_s.arg(ids.size() - MaxListed)
                                .arg(what)
                                .arg(facts));
    }

    SourceLocation locate(qsizetype at) const { return m_import.source().locateOffset(at, 1); }
    void warn(qsizetype at, const QString &message) { m_import.warnAt(locate(at), message); }
    void fail(qsizetype at, const QString &message)
    {
        const SourceLocation where = m_import.source().locateOffset(at, 0);
        m_import.diagnostics() << Diagnostic::error(m_import.fileName(), where.line, where.column, message);
    }

    ImportContext &m_import;
    qsizetype m_from;
    qsizetype m_to;
    XhtmlTreeBuilder m_markup;
    QList<Element> m_stack;
    XbrlContext m_openContext;
    XbrlUnit m_openUnit;
    int m_hiddenDepth = 0;
    int m_unread = 0;
    QString m_factError;
    QStringList m_pendingErrors; // per fact read, what is wrong with its attributes
    QSet<int> m_dropped;
    QHash<QString, QString> m_continuations;                       // by id
    QHash<QString, QString> m_continuedAt;                         // continuation id → the next one
    QHash<qsizetype, QString> m_continuationRefs;                  // a fact's start → its first continuation
    QHash<QString, std::pair<qsizetype, qsizetype>> m_shownHidden; // hidden fact id → the span showing it
};

} // namespace

InlineXbrlReader::Result InlineXbrlReader::read(ImportContext &context, qsizetype from, qsizetype to)
{
    // UTF-8, as the reader decodes a QString's UTF-8 anyway: the file's own
    // bytes where they are that.
    QXmlStreamReader xml(context.source().utf8(from, to));
    Reader reader(context, from, to);
    reader.result.ok = reader.run(xml);
    return std::move(reader.result);
}

std::pair<qsizetype, qsizetype> InlineXbrlReader::documentSpan(QStringView text)
{
    const qsizetype html = text.indexOf(u"<html", 0, Qt::CaseInsensitive);
    if (html < 0)
        return {-1, -1};
    // The XML declaration, when there is one before <html>, opens the document.
    const qsizetype declaration = text.first(html).lastIndexOf(u"<?xml");
    const qsizetype close = text.lastIndexOf(u"</html>", -1, Qt::CaseInsensitive);
    return {declaration >= 0 ? declaration : html, close < html ? text.size() : close + 7};
}

bool InlineXbrlReader::isInlineNamespace(QStringView namespaceUri)
{
    return namespaceUri == InlineNamespace || namespaceUri == InlineNamespace10;
}

bool InlineXbrlReader::isInlineXbrl(QStringView text)
{
    // The namespace is declared on <html>, within the first few kilobytes.
    const QStringView head = text.first(std::min<qsizetype>(text.size(), 64 * 1024));
    return head.contains(InlineNamespace) || head.contains(InlineNamespace10);
}
