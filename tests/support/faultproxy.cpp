#include "tests/support/faultproxy.h"

namespace TestSupport {

// One client connection and its upstream twin. Tracks where the current request's body is so
// that faults hit body bytes, never headers (each request is header + Content-Length body).
struct FaultProxy::Pipe
{
    QTcpSocket* client = nullptr;
    QTcpSocket upstream;
    QByteArray pending; // client bytes waiting for the upstream connection
    QByteArray header;  // the current request's header while it is being read
    qint64 bodyLeft = 0;
    qint64 bodyPos = 0;
    bool closed = false;
    bool stalled = false;

    void close()
    {
        if (closed)
            return;
        closed = true;
        client->abort();
        upstream.abort();
    }
};

FaultProxy::FaultProxy(quint16 targetPort, QObject* parent)
    : QObject(parent), m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onConnection);
}

FaultProxy::~FaultProxy() = default;

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FaultProxy::onConnection()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        ++m_connections;
        auto pipe = std::make_unique<Pipe>();
        Pipe* p = pipe.get();
        p->client = client;
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, [this, p] { forwardUp(*p); });
        connect(client, &QTcpSocket::disconnected, this, [p] {
            if (p->upstream.state() == QAbstractSocket::ConnectedState)
                p->upstream.disconnectFromHost();
        });
        connect(&p->upstream, &QTcpSocket::connected, this, [this, p] { forwardUp(*p); });
        connect(&p->upstream, &QTcpSocket::readyRead, this, [p] {
            if (!p->closed)
                p->client->write(p->upstream.readAll());
        });
        connect(&p->upstream, &QTcpSocket::disconnected, this, [p] {
            if (!p->closed) {
                p->client->write(p->upstream.readAll());
                p->client->disconnectFromHost();
            }
        });
        p->upstream.connectToHost(QHostAddress::LocalHost, m_targetPort);
        m_pipes.push_back(std::move(pipe));
    }
}

void FaultProxy::forwardUp(Pipe& pipe)
{
    if (pipe.closed)
        return;
    pipe.pending += pipe.client->readAll();
    if (pipe.stalled) {
        pipe.pending.clear(); // swallowed
        return;
    }
    if (pipe.upstream.state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray data = std::exchange(pipe.pending, {});
    QByteArray out;
    qsizetype i = 0;
    while (i < data.size()) {
        if (pipe.bodyLeft == 0) {
            // Header bytes: find the blank line that ends it.
            pipe.header += data[i];
            ++i;
            if (pipe.header.endsWith("\r\n\r\n")) {
                out += pipe.header;
                const QByteArray lower = pipe.header.toLower();
                const qsizetype at = lower.indexOf("content-length:");
                pipe.bodyLeft = 0;
                if (at >= 0) {
                    const qsizetype end = lower.indexOf("\r\n", at);
                    pipe.bodyLeft = lower.mid(at + 15, end - at - 15).trimmed().toLongLong();
                }
                pipe.bodyPos = 0;
                pipe.header.clear();
            }
            continue;
        }
        const qint64 take = std::min<qint64>(pipe.bodyLeft, data.size() - i);
        QByteArray body = data.mid(i, take);
        if (m_corruptAt >= pipe.bodyPos && m_corruptAt < pipe.bodyPos + take) {
            const qsizetype at = static_cast<qsizetype>(m_corruptAt - pipe.bodyPos);
            body[at] = static_cast<char>(~body[at]);
            m_corruptAt = -1;
            ++m_corruptions;
        }
        if (m_cutAt >= pipe.bodyPos && m_cutAt < pipe.bodyPos + take) {
            out += body.left(static_cast<qsizetype>(m_cutAt - pipe.bodyPos));
            m_cutAt = -1;
            ++m_cuts;
            pipe.upstream.write(out);
            pipe.upstream.flush();
            pipe.close();
            return;
        }
        if (m_stallAt >= pipe.bodyPos && m_stallAt < pipe.bodyPos + take) {
            out += body.left(static_cast<qsizetype>(m_stallAt - pipe.bodyPos));
            m_stallAt = -1;
            ++m_stalls;
            pipe.stalled = true;
            pipe.upstream.write(out);
            return;
        }
        out += body;
        pipe.bodyPos += take;
        pipe.bodyLeft -= take;
        i += take;
    }
    pipe.upstream.write(out);
}

} // namespace TestSupport
