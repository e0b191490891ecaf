// SPDX-License-Identifier: GPL-3.0-or-later
#include "EdgarClient.h"

#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace {

// Statuses worth another try: EDGAR's "slow down" and its passing failures.
bool isPassing(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

// The back-off EDGAR asks for, in seconds (Retry-After: 10); -1 when none.
// Capped: a client that waits an hour looks hung.
qint64 retryAfterMs(QNetworkReply *reply)
{
    bool ok = false;
    const qint64 seconds = reply->rawHeader("Retry-After").trimmed().toLongLong(&ok);
    return ok && seconds >= 0 ? std::min<qint64>(seconds, 60) * 1000 : -1;
}

// A copy from the cache, read whole; failed when it cannot be read.
EdgarClient::Result fromCache(const QString &path, const QString &file, bool stale)
{
    EdgarClient::Result result;
    result.path = path;
    result.file = file;
    result.fromCache = true;
    result.stale = stale;
    QFile in(file);
    if (in.open(QIODevice::ReadOnly))
        result.body = in.readAll();
    else
        result.failure = EdgarFailure::of(EdgarFailure::Kind::NotCached, path, in.errorString());
    return result;
}

EdgarClient::Result failedWith(const EdgarFailure &failure)
{
    EdgarClient::Result result;
    result.path = failure.path;
    result.failure = failure;
    return result;
}

} // namespace

EdgarClient::EdgarClient(const EdgarOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_address(options.baseUrl), m_cache(options.cacheFolder),
      m_pacer(options.requestsPerSecond)
{
    m_clock.start();
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &EdgarClient::schedule);
    connect(&m_network, &QNetworkAccessManager::finished, this, &EdgarClient::finished);
}

EdgarClient::~EdgarClient()
{
    // Replies belong to m_network; nothing of theirs may reach a client
    // half destroyed, and no callback is owed to a caller that is going.
    m_network.disconnect(this);
    const QHash<QNetworkReply *, Job> inFlight = std::exchange(m_inFlight, {});
    for (auto it = inFlight.cbegin(); it != inFlight.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
    }
}

void EdgarClient::get(const QString &edgarPath, const Done &done)
{
    Job job{edgarPath, done};
    // Answered later, as a download would be, so callers never re-enter.
    if (const QString file = m_cache.freshFile(edgarPath); !file.isEmpty()) {
        const Result result = fromCache(edgarPath, file, false);
        if (result.ok()) {
            QMetaObject::invokeMethod(
                this, [this, job, result] { finish(job, result); }, Qt::QueuedConnection);
            return;
        }
    }
    if (!EdgarOptions::isUsableUserAgent(m_options.userAgent)) {
        const Result result = failedWith(EdgarFailure::of(EdgarFailure::Kind::NoUserAgent, edgarPath));
        QMetaObject::invokeMethod(
            this, [this, job, result] { finish(job, result); }, Qt::QueuedConnection);
        return;
    }
    m_waiting.append(job);
    schedule();
}

void EdgarClient::schedule()
{
    while (!m_waiting.isEmpty()) {
        const qint64 wait = m_pacer.waitMs(m_clock.elapsed());
        if (wait > 0) {
            if (!m_wake.isActive() || m_wake.remainingTime() > wait)
                m_wake.start(int(wait));
            return;
        }
        send(m_waiting.takeFirst());
    }
}

void EdgarClient::send(Job job)
{
    m_pacer.sent(m_clock.elapsed());
    ++job.tries;
    ++m_sent;
    QNetworkRequest request(m_address.url(job.path));
    request.setHeader(QNetworkRequest::UserAgentHeader, m_options.userAgent.simplified());
    request.setTransferTimeout(m_options.timeoutMs);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, path = job.path](qint64 received, qint64 total) { Q_EMIT progress(path, received, total); });
    m_inFlight.insert(reply, job);
    Q_EMIT requestStarted(job.path);
}

EdgarFailure EdgarClient::failureOf(QNetworkReply *reply, const Job &job) const
{
    EdgarFailure failure = EdgarFailure::of(EdgarFailure::Kind::None, job.path);
    failure.tries = job.tries;
    failure.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    failure.detail = reply->errorString();
    if (failure.status == 403)
        failure.kind = EdgarFailure::Kind::Forbidden;
    else if (failure.status == 404 || failure.status == 410)
        failure.kind = EdgarFailure::Kind::NotFound;
    else if (failure.status == 429)
        failure.kind = EdgarFailure::Kind::RateLimited;
    else if (failure.status >= 500)
        failure.kind = EdgarFailure::Kind::ServerError;
    else if (failure.status >= 300)
        failure.kind = EdgarFailure::Kind::BadResponse;
    else if (reply->error() == QNetworkReply::NoError)
        return failure;
    else if (reply->error() == QNetworkReply::RemoteHostClosedError)
        failure.kind = EdgarFailure::Kind::Dropped;
    else if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
        failure.kind = EdgarFailure::Kind::TimedOut; // our own cancels never get here
    else if (reply->error() == QNetworkReply::ContentNotFoundError)
        failure.kind = EdgarFailure::Kind::NotFound;
    else
        failure.kind = EdgarFailure::Kind::Offline;
    return failure;
}

void EdgarClient::finished(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto found = m_inFlight.constFind(reply);
    if (found == m_inFlight.cend())
        return;
    const Job job = *found;
    m_inFlight.erase(found);
    Result result = failedWith(failureOf(reply, job));
    if (!result.failure.failed()) {
        result.body = reply->readAll();
        QString error;
        if (!m_cache.store(job.path, result.body, &error))
            result.failure = EdgarFailure::of(EdgarFailure::Kind::NotCached, job.path, error);
        result.file = m_cache.fileOf(job.path);
        finish(job, result);
        return;
    }
    const EdgarFailure::Kind kind = result.failure.kind;
    const bool passing =
        isPassing(result.failure.status) || kind == EdgarFailure::Kind::Dropped || kind == EdgarFailure::Kind::TimedOut;
    if (passing && job.tries <= m_options.retries) {
        const qint64 asked = retryAfterMs(reply);
        retryLater(job, asked >= 0 ? asked : qint64(m_options.retryDelayMs) << (job.tries - 1));
        return;
    }
    // Unreachable, but an older copy is there: better than nothing, and said.
    if (kind == EdgarFailure::Kind::Offline || kind == EdgarFailure::Kind::TimedOut) {
        if (const QString file = m_cache.anyFile(job.path); !file.isEmpty()) {
            if (const Result old = fromCache(job.path, file, true); old.ok())
                result = old;
        }
    }
    finish(job, result);
}

void EdgarClient::retryLater(Job job, qint64 delayMs)
{
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_backOffs.insert(timer, job);
    connect(timer, &QTimer::timeout, this, [this, timer] {
        timer->deleteLater();
        m_waiting.prepend(m_backOffs.take(timer));
        schedule();
    });
    timer->start(int(delayMs));
}

void EdgarClient::finish(const Job &job, Result result)
{
    if (job.done)
        job.done(result);
}

void EdgarClient::cancelAll()
{
    QList<Job> ended = m_waiting;
    m_waiting.clear();
    m_wake.stop();
    // Retries waiting out their back-off end too.
    const QHash<QTimer *, Job> backOffs = std::exchange(m_backOffs, {});
    for (auto it = backOffs.cbegin(); it != backOffs.cend(); ++it) {
        it.key()->stop();
        it.key()->deleteLater();
        ended.append(*it);
    }
    const QHash<QNetworkReply *, Job> inFlight = std::exchange(m_inFlight, {});
    for (auto it = inFlight.cbegin(); it != inFlight.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
        ended.append(*it);
    }
    for (const Job &job : std::as_const(ended)) {
        finish(job, failedWith(EdgarFailure::of(EdgarFailure::Kind::Cancelled, job.path)));
    }
}
