// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilingDownload.h"

#include "EdgarAddress.h"
#include "EdgarClient.h"
#include "FilingIndex.h"

using namespace Qt::StringLiterals;

struct FilingDownload::State
{
    QPointer<EdgarClient> client;
    Done done;
    QString document; // the one a pasted address named
    FilingIndex index;
    Downloaded downloaded;
    int waiting = 0;
};

void FilingDownload::download(const EdgarFiling &filing, const Done &done, const QString &document)
{
    if (!m_client)
        return;
    auto state = std::make_shared<State>();
    state->client = m_client;
    state->done = done;
    state->document = document;
    state->downloaded.filing = filing;
    const QString listing = EdgarAddress::filingIndex(filing.cik, filing.accession);
    m_client->get(listing, [state](const EdgarClient::Result &result) {
        Downloaded &downloaded = state->downloaded;
        QString error;
        if (!result.ok() || !state->index.readListing(result.body, &error)) {
            downloaded.failure =
                result.ok() ? EdgarFailure::of(EdgarFailure::Kind::BadResponse, result.path, error) : result.failure;
            state->done(downloaded);
            return;
        }
        // The headers say which document is which: needed for a release
        // (its exhibit's name is the agent's choice) and for a filing known
        // by its address alone.
        const EdgarFiling &listed = downloaded.filing;
        const QString headersName = state->index.headersName();
        const bool needsTypes = listed.form.isEmpty() || listed.isEarningsRelease();
        if (!needsTypes || headersName.isEmpty() || !state->client) {
            fetchDocuments(state);
            return;
        }
        state->client->get(EdgarAddress::archive(listed.cik, listed.accession, headersName),
                           [state](const EdgarClient::Result &headers) {
                               // Without them the names still tell most releases.
                               if (headers.ok())
                                   state->index.readHeaders(headers.body);
                               fetchDocuments(state);
                           });
    });
}

void FilingDownload::fetchDocuments(const std::shared_ptr<State> &state)
{
    Downloaded &downloaded = state->downloaded;
    EdgarFiling &filing = downloaded.filing;
    if (filing.form.isEmpty()) {
        const EdgarFiling headed = state->index.filingOf(filing.cik, filing.accession);
        filing.form = headed.form;
        filing.items = headed.items;
        filing.primaryDocument = headed.primaryDocument;
        filing.inlineXbrl = headed.inlineXbrl;
    }
    QStringList names;
    QStringList opened;
    if (!state->document.isEmpty()) {
        // The document the address named, with the linkbases beside it.
        EdgarFiling named = filing;
        named.items.removeAll(u"2.02"_s);
        named.primaryDocument = state->document;
        named.inlineXbrl = true;
        names = state->index.documentsFor(named);
        if (names.isEmpty())
            names = {state->document};
        opened = {state->document};
    } else {
        names = state->index.documentsFor(filing);
        opened = filing.isEarningsRelease() ? names : names.mid(0, 1);
    }
    if (names.isEmpty() || !state->client) {
        downloaded.failure = EdgarFailure::of(EdgarFailure::Kind::NothingToOpen,
                                              EdgarAddress::filingIndex(filing.cik, filing.accession));
        downloaded.failure.path = filing.accession;
        state->done(downloaded);
        return;
    }
    const EdgarCache &cache = state->client->cache();
    for (const QString &name : std::as_const(opened))
        downloaded.documents.append(cache.fileOf(EdgarAddress::archive(filing.cik, filing.accession, name)));
    state->waiting = int(names.size());
    for (const QString &name : std::as_const(names)) {
        state->client->get(EdgarAddress::archive(filing.cik, filing.accession, name),
                           [state](const EdgarClient::Result &result) {
                               Downloaded &brought = state->downloaded;
                               if (result.ok())
                                   brought.files.append(result.file);
                               else if (!brought.failure.failed())
                                   brought.failure = result.failure;
                               if (--state->waiting == 0)
                                   state->done(brought);
                           });
    }
}
