// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CompanyDirectory.h"
#include "EdgarAddress.h"
#include "EdgarFailure.h"
#include "EdgarFiling.h"

#include <QCoreApplication>
#include <QPointer>

#include <functional>

#include "EdgarClient.h"

// From what an analyst types to the filings it names: a ticker or part of
// a company's name (through EDGAR's ticker list), a CIK, or the address of
// one filing pasted from a browser.
class FilingFinder
{
    Q_DECLARE_TR_FUNCTIONS(FilingFinder)

public:
    struct Found
    {
        // Every company the query could mean, best first; the filings are
        // those of the first, unless the query names a company only
        // loosely (a part of several names) and then there are none yet.
        QList<EdgarCompany> companies;
        EdgarCompany company;
        EdgarFilings filings; // newest first
        // A pasted filing address: the one filing, known by its folder.
        EdgarAddress::Filing address;
        EdgarFailure failure;
        bool stale = false; // the filings are an old copy: EDGAR could not be reached
    };
    using Done = std::function<void(const Found &)>;

    explicit FilingFinder(EdgarClient *client) : m_client(client) { }
    void find(const QString &query, const Done &done);
    // The filings of one company, chosen among those find() offered.
    void listFilings(const EdgarCompany &company, const Done &done, const QList<EdgarCompany> &companies = {});

private:
    QPointer<EdgarClient> m_client;
};
