// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoopbackHttpServer.h"

#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

// Lives on the server's thread: accepts connections, reads each request's
// head, writes what the server says, and closes (Connection: close, so
// every request comes on a connection of its own).
namespace {

class LoopbackHttpWorker : public QObject
{
public:
    explicit LoopbackHttpWorker(LoopbackHttpServer *server) : m_server(server), m_listener(this)
    {
        QObject::connect(&m_listener, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_listener.nextPendingConnection())
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        });
    }
    quint16 listen() { return m_listener.listen(QHostAddress::LocalHost, 0) ? m_listener.serverPort() : 0; }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &head = m_heads[socket];
        head += socket->readAll();
        if (!head.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> lines = head.left(head.indexOf("\r\n\r\n")).split('\n');
        m_heads.remove(socket);
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        QByteArray userAgent;
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "user-agent")
                userAgent = line.mid(colon + 1).trimmed();
        }
        const QString path = QString::fromLatin1(requestLine.value(1));
        const LoopbackHttpServer::Response response = m_server->answer(path, userAgent);
        using Behaviour = LoopbackHttpServer::Response::Behaviour;
        if (response.behaviour == Behaviour::Drop) {
            socket->disconnectFromHost();
            return;
        }
        const bool stall = response.behaviour == Behaviour::Stall;
        const qsizetype length = stall ? response.body.size() * 2 : response.body.size();
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
        out += "Content-Length: " + QByteArray::number(length) + "\r\n";
        if (!stall)
            out += "Connection: close\r\n";
        for (const auto &[name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        out += "\r\n";
        if (!stall) {
            socket->write(out + response.body);
            socket->disconnectFromHost();
            return;
        }
        // A slow network: a quarter now, another a moment later (Qt reports
        // a download's progress at most every 100 ms), then nothing.
        const qsizetype quarter = response.body.size() / 4 + 1;
        socket->write(out + response.body.left(quarter));
        QTimer::singleShot(250, socket, [socket, more = response.body.mid(quarter, quarter)] { socket->write(more); });
    }
    static QByteArray reason(int status)
    {
        switch (status) {
        case 200: return "OK";
        case 403: return "Forbidden";
        case 404: return "Not Found";
        case 429: return "Too Many Requests";
        case 503: return "Service Unavailable";
        default: return "Status";
        }
    }

    LoopbackHttpServer *m_server;
    QTcpServer m_listener;
    QHash<QTcpSocket *, QByteArray> m_heads;
};

} // namespace

LoopbackHttpServer::LoopbackHttpServer() : m_startMs(QDateTime::currentMSecsSinceEpoch())
{
    std::future<quint16> port = m_listening.get_future();
    start();
    m_port = port.get();
}

LoopbackHttpServer::~LoopbackHttpServer()
{
    quit(); // ends the loop, or the one not yet begun (QThread remembers)
    wait();
    // QThread::wait() synchronises inside Qt, where ThreadSanitizer cannot
    // see; the lock it can see orders the thread's last writes before this.
    const std::lock_guard lock(m_mutex);
    m_requests.clear();
    m_routes.clear();
    m_once.clear();
}

void LoopbackHttpServer::run()
{
    LoopbackHttpWorker worker(this);
    m_listening.set_value(worker.listen());
    exec();
}

QUrl LoopbackHttpServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

void LoopbackHttpServer::serve(const QString &path, const Response &response)
{
    const std::lock_guard lock(m_mutex);
    m_routes.insert(path, response);
}

bool LoopbackHttpServer::serveFile(const QString &path, const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    Response response;
    response.body = in.readAll();
    serve(path, response);
    return true;
}

void LoopbackHttpServer::serveOnce(const QString &path, const Response &response)
{
    const std::lock_guard lock(m_mutex);
    m_once[path].append(response);
}

LoopbackHttpServer::Response LoopbackHttpServer::answer(const QString &path, const QByteArray &userAgent)
{
    const std::lock_guard lock(m_mutex);
    m_requests.append({path, userAgent, QDateTime::currentMSecsSinceEpoch() - m_startMs});
    if (QList<Response> &once = m_once[path]; !once.isEmpty())
        return once.takeFirst();
    if (const auto route = m_routes.constFind(path); route != m_routes.cend())
        return *route;
    Response missing;
    missing.status = 404;
    missing.body = "<html><body>Not Found</body></html>";
    return missing;
}

QList<LoopbackHttpServer::Request> LoopbackHttpServer::requests() const
{
    const std::lock_guard lock(m_mutex);
    return m_requests;
}

int LoopbackHttpServer::count(const QString &path) const
{
    const std::lock_guard lock(m_mutex);
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const Request &r) { return r.path == path; }));
}
