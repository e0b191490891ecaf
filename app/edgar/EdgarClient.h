// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EdgarAddress.h"
#include "EdgarCache.h"
#include "EdgarFailure.h"
#include "EdgarOptions.h"
#include "RequestPacer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkReply;

// Gets EDGAR paths politely, through the cache. A path whose copy in the
// cache is still good is answered from it without a request. Every request
// carries the analyst's User-Agent (none is sent without one), goes out no
// faster than the pacer allows, is retried with back-off on 429, 5xx, a
// dropped connection or a timeout (after EDGAR's Retry-After when it gives
// one), and is written to the cache only once whole. Asynchronous, on the
// thread that owns the client; callbacks run on it too.
class EdgarClient : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        QString path;    // the EDGAR path asked for
        QString file;    // the cached copy
        QByteArray body; // what it holds
        bool fromCache = false;
        bool stale = false; // an old copy, given because EDGAR could not be reached
        EdgarFailure failure;
        bool ok() const { return !failure.failed(); }
    };
    using Done = std::function<void(const Result &)>;

    explicit EdgarClient(const EdgarOptions &options, QObject *parent = nullptr);
    ~EdgarClient() override;

    const EdgarOptions &options() const { return m_options; }
    const EdgarCache &cache() const { return m_cache; }
    // `done` is called once, later (never within get()), with the result.
    void get(const QString &edgarPath, const Done &done);
    // Ends every request waiting or under way; each is done with Cancelled
    // and nothing of it is written.
    void cancelAll();
    int requestsSent() const { return m_sent; }

Q_SIGNALS:
    // Bytes of the document under way; `total` is -1 when EDGAR does not say.
    void progress(const QString &edgarPath, qint64 received, qint64 total);
    void requestStarted(const QString &edgarPath);

private:
    struct Job
    {
        QString path;
        Done done;
        int tries = 0;
        bool cancelled = false;
    };
    void schedule();
    void send(Job job);
    void finished(QNetworkReply *reply);
    void finish(const Job &job, Result result);
    void retryLater(Job job, qint64 delayMs);
    EdgarFailure failureOf(QNetworkReply *reply, const Job &job) const;

    EdgarOptions m_options;
    EdgarAddress m_address;
    EdgarCache m_cache;
    RequestPacer m_pacer;
    QNetworkAccessManager m_network;
    QElapsedTimer m_clock;
    QTimer m_wake;                          // for the next paced send
    QList<Job> m_waiting;                   // in order of asking
    QHash<QNetworkReply *, Job> m_inFlight; // by reply
    QHash<QTimer *, Job> m_backOffs;        // retries waiting out their back-off
    int m_sent = 0;
};
