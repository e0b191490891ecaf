// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyDirectory.h"

#include "EdgarJson.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Class B shares are BRK.B on the exchange and BRK-B in EDGAR's list.
QString tickerKey(const QString &ticker)
{
    QString key = ticker.trimmed().toUpper();
    key.replace(u'.', u'-');
    return key;
}

} // namespace

bool CompanyDirectory::read(const QByteArray &json, QString *error)
{
    const std::optional<QJsonDocument> document = EdgarJson::parse(json, error);
    if (!document)
        return false;
    if (!document->isObject()) {
        *error = u"expected an object of companies"_s;
        return false;
    }
    const QJsonObject all = document->object();
    QList<EdgarCompany> companies;
    companies.reserve(all.size());
    // The keys are "0", "1", …: EDGAR's order, largest companies first,
    // which QJsonObject (sorted by key as text) does not keep.
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QJsonObject entry = all.value(QString::number(i)).toObject();
        if (entry.isEmpty())
            continue;
        EdgarCompany company;
        company.cik = entry.value(u"cik_str"_s).toVariant().toLongLong();
        company.ticker = entry.value(u"ticker"_s).toString();
        company.name = entry.value(u"title"_s).toString();
        if (company.cik > 0)
            companies.append(company);
    }
    if (companies.isEmpty()) {
        *error = u"no company with a \"cik_str\" in it"_s;
        return false;
    }
    m_companies = std::move(companies);
    return true;
}

qint64 CompanyDirectory::parseCik(const QString &text)
{
    static const QRegularExpression cik(u"^(?:CIK)?\\s*0*(\\d{1,10})$"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = cik.match(text.trimmed());
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

EdgarCompany CompanyDirectory::byCik(qint64 cik) const
{
    for (const EdgarCompany &company : m_companies) {
        if (company.cik == cik)
            return company;
    }
    return {};
}

QList<EdgarCompany> CompanyDirectory::find(const QString &query, qsizetype limit) const
{
    const QString text = query.simplified();
    if (text.isEmpty())
        return {};
    QList<EdgarCompany> found;
    const auto add = [&](const EdgarCompany &company) {
        if (found.size() < limit
            && std::none_of(found.cbegin(), found.cend(), [&](const EdgarCompany &f) { return f.cik == company.cik; }))
            found.append(company);
    };
    const QString key = tickerKey(text);
    for (const EdgarCompany &company : m_companies) {
        if (tickerKey(company.ticker) == key)
            add(company);
    }
    if (const qint64 cik = parseCik(text); cik > 0) {
        for (const EdgarCompany &company : m_companies) {
            if (company.cik == cik)
                add(company);
        }
    }
    for (const EdgarCompany &company : m_companies) {
        if (company.name.startsWith(text, Qt::CaseInsensitive))
            add(company);
    }
    for (const EdgarCompany &company : m_companies) {
        if (company.name.contains(text, Qt::CaseInsensitive))
            add(company);
    }
    return found;
}
