// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilingFinder.h"

#include "EdgarClient.h"
#include "SubmissionsReader.h"

using namespace Qt::StringLiterals;

void FilingFinder::find(const QString &query, const Done &done)
{
    const QString text = query.simplified();
    if (const EdgarAddress::Filing address = EdgarAddress::parseFilingAddress(text);
        address.isValid() || text.isEmpty() || !m_client) {
        Found pasted;
        pasted.address = address;
        if (!address.isValid())
            pasted.failure = EdgarFailure::of(EdgarFailure::Kind::NoMatch, {},
                                              tr("type a ticker, a company's name, a CIK or the address of a "
                                                 "filing on EDGAR"));
        // Answered later, as every other answer is.
        QMetaObject::invokeMethod(
            m_client, [done, pasted] { done(pasted); }, Qt::QueuedConnection);
        return;
    }
    if (const qint64 cik = CompanyDirectory::parseCik(text); cik > 0 && text.size() >= 4) {
        listFilings({cik, {}, {}}, done);
        return;
    }
    const QPointer<EdgarClient> client = m_client;
    m_client->get(EdgarAddress::companyTickers(), [client, text, done](const EdgarClient::Result &result) {
        Found found;
        if (!result.ok()) {
            found.failure = result.failure;
            done(found);
            return;
        }
        CompanyDirectory directory;
        QString error;
        if (!directory.read(result.body, &error)) {
            found.failure = EdgarFailure::of(EdgarFailure::Kind::BadResponse, result.path, error);
            done(found);
            return;
        }
        found.companies = directory.find(text);
        if (found.companies.isEmpty()) {
            found.failure = EdgarFailure::of(EdgarFailure::Kind::NoMatch, result.path,
                                             tr("no company on EDGAR has the ticker or name \"%1\"").arg(text));
            done(found);
            return;
        }
        // A ticker or CIK names one company; part of a name may name many,
        // and the analyst picks.
        const EdgarCompany &best = found.companies.constFirst();
        const bool named = best.ticker.compare(text, Qt::CaseInsensitive) == 0
                           || QString(best.ticker).replace(u'-', u'.').compare(text, Qt::CaseInsensitive) == 0
                           || best.cik == CompanyDirectory::parseCik(text)
                           || best.name.compare(text, Qt::CaseInsensitive) == 0;
        if (!named && found.companies.size() > 1) {
            done(found);
            return;
        }
        FilingFinder(client).listFilings(best, done, found.companies);
    });
}

void FilingFinder::listFilings(const EdgarCompany &company, const Done &done, const QList<EdgarCompany> &companies)
{
    if (!m_client)
        return;
    m_client->get(EdgarAddress::submissions(company.cik),
                  [company, companies, done](const EdgarClient::Result &result) {
                      Found found;
                      found.companies = companies;
                      found.company = company;
                      found.stale = result.stale;
                      if (!result.ok()) {
                          found.failure = result.failure;
                          done(found);
                          return;
                      }
                      QString name;
                      QString error;
                      if (!SubmissionsReader::read(result.body, &found.filings, &name, &error)) {
                          found.failure = EdgarFailure::of(EdgarFailure::Kind::BadResponse, result.path, error);
                          done(found);
                          return;
                      }
                      if (found.company.name.isEmpty())
                          found.company.name = name;
                      done(found);
                  });
}
