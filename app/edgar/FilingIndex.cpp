// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilingIndex.h"

#include "EdgarJson.h"

#include "EdgarFiling.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

bool isHtml(const QString &name)
{
    return name.endsWith(u".htm"_s, Qt::CaseInsensitive) || name.endsWith(u".html"_s, Qt::CaseInsensitive);
}

} // namespace

bool FilingIndex::readListing(const QByteArray &json, QString *error)
{
    const std::optional<QJsonDocument> document = EdgarJson::parse(json, error);
    if (!document)
        return false;
    const QJsonObject directory = document->object().value(u"directory"_s).toObject();
    if (!directory.value(u"item"_s).isArray()) {
        *error = u"expected a folder listing, {\"directory\": {\"item\": […]}}"_s;
        return false;
    }
    m_names.clear();
    for (const QJsonValue item : directory.value(u"item"_s).toArray()) {
        const QString name = item.toObject().value(u"name"_s).toString();
        // Names only: a listing that pointed elsewhere ("../x", "a/b") would
        // have Tieout write outside the filing's folder in its cache.
        if (!name.isEmpty() && !name.contains(u'/') && !name.contains(u'\\') && name != u".."_s && name != u"."_s)
            m_names.append(name);
    }
    return true;
}

void FilingIndex::readHeaders(const QByteArray &page)
{
    QString text = QString::fromUtf8(page);
    text.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s).replace(u"&amp;"_s, u"&"_s);
    static const QRegularExpression document(u"<DOCUMENT>(.*?)</DOCUMENT>"_s,
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression type(u"<TYPE>\\s*([^\\r\\n<]+)"_s);
    static const QRegularExpression file(u"<FILENAME>\\s*([^\\r\\n<]+)"_s);
    static const QRegularExpression form(u"CONFORMED SUBMISSION TYPE:\\s*(\\S+)"_s);
    m_form = form.match(text).captured(1).trimmed();
    // "ITEM INFORMATION:		Results of Operations and Financial Condition",
    // one line per item, in words: item 2.02 is the one with results.
    static const QRegularExpression item(u"ITEM INFORMATION:\\s*([^\\r\\n]+)"_s);
    for (auto it = item.globalMatch(text); it.hasNext();) {
        if (it.next().captured(1).contains(u"Results of Operations and Financial Condition"_s, Qt::CaseInsensitive))
            m_items.append(u"2.02"_s);
    }
    for (auto it = document.globalMatch(text); it.hasNext();) {
        const QString block = it.next().captured(1);
        const QString name = file.match(block).captured(1).trimmed();
        const QString kind = type.match(block).captured(1).trimmed().toUpper();
        if (!name.isEmpty() && !kind.isEmpty())
            m_types.insert(name, kind);
    }
}

EdgarFiling FilingIndex::filingOf(qint64 cik, const QString &accession) const
{
    EdgarFiling filing;
    filing.cik = cik;
    filing.accession = accession;
    filing.form = m_form;
    filing.items = m_items;
    for (auto it = m_types.cbegin(); it != m_types.cend() && !m_form.isEmpty(); ++it) {
        if (it.value() == m_form.toUpper())
            filing.primaryDocument = it.key();
    }
    // An inline XBRL document comes with its extension schema.
    filing.inlineXbrl =
        std::any_of(m_types.cbegin(), m_types.cend(), [](const QString &type) { return type == u"EX-101.SCH"_s; });
    return filing;
}

QString FilingIndex::headersName() const
{
    for (const QString &name : m_names) {
        if (name.endsWith(u"-index-headers.html"_s, Qt::CaseInsensitive))
            return name;
    }
    return {};
}

QStringList FilingIndex::releaseExhibits() const
{
    QStringList exhibits;
    if (hasTypes()) {
        for (const QString &name : m_names) {
            if (isHtml(name) && typeOf(name).startsWith(u"EX-99"_s))
                exhibits.append(name);
        }
        return exhibits;
    }
    // Without the headers: the names filing agents give EX-99 exhibits
    // ("ex991.htm", "d740679dex991.htm", "exh_991.htm", "ex99-1_abvc.htm").
    static const QRegularExpression exhibit99(u"ex(?:h(?:ibit)?)?[-_]?99"_s, QRegularExpression::CaseInsensitiveOption);
    for (const QString &name : m_names) {
        if (isHtml(name) && exhibit99.match(name).hasMatch())
            exhibits.append(name);
    }
    return exhibits;
}

QStringList FilingIndex::documentsFor(const EdgarFiling &filing) const
{
    if (filing.isEarningsRelease())
        return releaseExhibits();
    QStringList documents;
    if (!filing.primaryDocument.isEmpty() && m_names.contains(filing.primaryDocument))
        documents.append(filing.primaryDocument);
    if (documents.isEmpty())
        return {};
    if (filing.inlineXbrl || hasTypes()) {
        for (const QString &name : m_names) {
            const QString type = typeOf(name);
            if (name.endsWith(u".xsd"_s, Qt::CaseInsensitive) || name.endsWith(u"_cal.xml"_s, Qt::CaseInsensitive)
                || name.endsWith(u"_lab.xml"_s, Qt::CaseInsensitive) || type == u"EX-101.SCH"_s
                || type == u"EX-101.CAL"_s || type == u"EX-101.LAB"_s) {
                if (!documents.contains(name))
                    documents.append(name);
            }
        }
    }
    return documents;
}
