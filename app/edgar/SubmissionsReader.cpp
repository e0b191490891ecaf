// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubmissionsReader.h"

#include "EdgarJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

bool SubmissionsReader::read(const QByteArray &json, EdgarFilings *filings, QString *company, QString *error)
{
    const std::optional<QJsonDocument> document = EdgarJson::parse(json, error);
    if (!document)
        return false;
    const QJsonObject root = document->object();
    const QJsonObject recent = root.value(u"filings"_s).toObject().value(u"recent"_s).toObject();
    const QJsonArray accessions = recent.value(u"accessionNumber"_s).toArray();
    if (!root.contains(u"cik"_s) || !recent.contains(u"accessionNumber"_s)) {
        *error = u"expected a submissions list, with \"cik\" and \"filings\": {\"recent\": {\"accessionNumber\": …}}"_s;
        return false;
    }
    // "cik" is a string in submissions ("320193"), a number elsewhere.
    const qint64 cik = root.value(u"cik"_s).toVariant().toLongLong();
    *company = root.value(u"name"_s).toString();
    const auto column = [&](const char *name) { return recent.value(QLatin1StringView(name)).toArray(); };
    const QJsonArray forms = column("form");
    const QJsonArray filed = column("filingDate");
    const QJsonArray reported = column("reportDate");
    const QJsonArray items = column("items");
    const QJsonArray documents = column("primaryDocument");
    const QJsonArray descriptions = column("primaryDocDescription");
    const QJsonArray inlineXbrl = column("isInlineXBRL");
    filings->clear();
    filings->reserve(accessions.size());
    for (qsizetype i = 0; i < accessions.size(); ++i) {
        EdgarFiling filing;
        filing.cik = cik;
        filing.company = *company;
        filing.accession = accessions.at(i).toString();
        filing.form = forms.at(i).toString();
        filing.filed = QDate::fromString(filed.at(i).toString(), Qt::ISODate);
        filing.reportDate = QDate::fromString(reported.at(i).toString(), Qt::ISODate);
        for (const QString &item : items.at(i).toString().split(u',', Qt::SkipEmptyParts))
            filing.items.append(item.trimmed());
        filing.primaryDocument = documents.at(i).toString();
        filing.description = descriptions.at(i).toString();
        filing.inlineXbrl = inlineXbrl.at(i).toInt() == 1;
        if (!filing.accession.isEmpty())
            filings->append(filing);
    }
    // Newest first, whatever order the list came in.
    std::stable_sort(filings->begin(), filings->end(),
                     [](const EdgarFiling &a, const EdgarFiling &b) { return a.filed > b.filed; });
    return true;
}
