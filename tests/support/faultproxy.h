#pragma once

// A TCP proxy on 127.0.0.1 for fault tests: forwards to a target and, on request, cuts the
// connection after some request-body bytes or flips one byte of a request body, once.

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>
#include <vector>

namespace TestSupport {

class FaultProxy : public QObject
{
    Q_OBJECT
public:
    explicit FaultProxy(quint16 targetPort, QObject* parent = nullptr);
    ~FaultProxy() override;
    bool listen();
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    // New connections go to this port from now on (a restarted server).
    void setTargetPort(quint16 port) { m_targetPort = port; }

    // The next time a request body reaches `bodyBytes` bytes, both sides are closed (once).
    void cutBodyAt(qint64 bodyBytes) { m_cutAt = bodyBytes; }
    // The next request body long enough gets its byte at `bodyByte` inverted (once).
    void corruptBodyByte(qint64 bodyByte) { m_corruptAt = bodyByte; }
    // The next request body that reaches `bodyBytes` stops there: the rest is swallowed and
    // the connection stays open (a stalled network), once.
    void stallBodyAt(qint64 bodyBytes) { m_stallAt = bodyBytes; }
    [[nodiscard]] int cuts() const { return m_cuts; }
    [[nodiscard]] int stalls() const { return m_stalls; }
    [[nodiscard]] int corruptions() const { return m_corruptions; }
    [[nodiscard]] int connections() const { return m_connections; }

private:
    struct Pipe;
    void onConnection();
    void forwardUp(Pipe& pipe);

    QTcpServer m_server;
    quint16 m_targetPort;
    qint64 m_cutAt = -1;
    qint64 m_corruptAt = -1;
    qint64 m_stallAt = -1;
    int m_stalls = 0;
    int m_cuts = 0;
    int m_corruptions = 0;
    int m_connections = 0;
    std::vector<std::unique_ptr<Pipe>> m_pipes;
};

} // namespace TestSupport
