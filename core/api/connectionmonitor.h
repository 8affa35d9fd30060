#pragma once

// Polls a server's /readyz and reports the connection state: the status bar's source.

#include "core/api/healthclient.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

namespace Api {

enum class ConnectionState
{
    Unknown = 1, // not checked yet
    Connecting,  // first check under way
    Ready,       // /readyz said ready
    NotReady,    // server answered but a part is not ready (database, storage)
    Unreachable, // no answer
};

class ConnectionMonitor : public QObject
{
    Q_OBJECT
public:
    ConnectionMonitor(QNetworkAccessManager& network, QObject* parent = nullptr);

    void setServer(const QUrl& baseUrl);
    [[nodiscard]] QUrl server() const { return m_baseUrl; }
    void setInterval(std::chrono::milliseconds interval);
    void start();
    void stop();
    void checkNow();

    [[nodiscard]] ConnectionState state() const { return m_state; }
    // English detail for logs and tooltips (server version or the failure).
    [[nodiscard]] QString detail() const { return m_detail; }

signals:
    void stateChanged(Api::ConnectionState state);

private:
    void setState(ConnectionState state, const QString& detail);

    HealthClient m_client;
    QTimer m_timer;
    QUrl m_baseUrl;
    ConnectionState m_state = ConnectionState::Unknown;
    QString m_detail;
    bool m_inFlight = false;
};

} // namespace Api
