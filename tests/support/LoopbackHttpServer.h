// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QThread>
#include <QUrl>

#include <future>
#include <mutex>
#include <utility>

// An HTTP/1.1 server on 127.0.0.1, on a port of its own choosing, that
// answers as the test says and keeps every request it was sent (path,
// User-Agent, when). It runs on a thread of its own, so a test may wait
// on a child process (`tieout fetch`) or on its own event loop alike.
// The suite never reaches the internet: this stands in for EDGAR.
//
// The thread makes its own listener and hands the port back through a
// std::promise, and what the threads share is guarded by a std::mutex:
// ThreadSanitizer sees those, while Qt's own cross-thread calls happen in
// libraries it cannot see into.
class LoopbackHttpServer : private QThread
{
public:
    struct Response
    {
        enum class Behaviour {
            Answer, // the status, headers and body
            Drop,   // close the connection once the request is read, answering nothing
            Stall   // send the headers and half the body, slowly, then nothing more
        };
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        Behaviour behaviour = Behaviour::Answer;
    };
    struct Request
    {
        QString path;
        QByteArray userAgent;
        qint64 atMs = 0; // since the server started
    };

    LoopbackHttpServer();
    ~LoopbackHttpServer() override;
    LoopbackHttpServer(const LoopbackHttpServer &) = delete;
    LoopbackHttpServer &operator=(const LoopbackHttpServer &) = delete;

    // http://127.0.0.1:PORT
    QUrl url() const;
    // Every request for `path` gets `response`…
    void serve(const QString &path, const Response &response);
    // …or the file's bytes (false when it cannot be read).
    bool serveFile(const QString &path, const QString &file);
    // The next request for `path` gets `response`, before what serve() set.
    void serveOnce(const QString &path, const Response &response);

    QList<Request> requests() const;
    int count(const QString &path) const;

    // For the worker, on the server's thread.
    Response answer(const QString &path, const QByteArray &userAgent);

private:
    void run() override;

    std::promise<quint16> m_listening;
    quint16 m_port = 0;
    mutable std::mutex m_mutex;
    QHash<QString, Response> m_routes;
    QHash<QString, QList<Response>> m_once;
    QList<Request> m_requests;
    qint64 m_startMs = 0;
};
