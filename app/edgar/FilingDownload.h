// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EdgarFailure.h"
#include "EdgarFiling.h"

#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

#include "EdgarClient.h"

// Brings one filing into the cache: its folder's listing, its headers when
// the listing alone cannot say which document is the release, then the
// documents Tieout opens and the linkbases that check their calculations.
class FilingDownload
{
public:
    struct Downloaded
    {
        EdgarFiling filing;    // completed from the headers for a pasted address
        QStringList documents; // the cached files to open: a release's exhibits, a report's primary document
        QStringList files;     // every file brought, linkbases included
        EdgarFailure failure;
    };
    using Done = std::function<void(const Downloaded &)>;

    explicit FilingDownload(EdgarClient *client) : m_client(client) { }
    // `filing` from the submissions list, or with its CIK and accession
    // alone (and `document` when the address named one).
    void download(const EdgarFiling &filing, const Done &done, const QString &document = {});

private:
    struct State;
    static void fetchDocuments(const std::shared_ptr<State> &state);

    QPointer<EdgarClient> m_client;
};
