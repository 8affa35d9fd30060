#include "core/api/connectionmonitor.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConnection, "onestream.api.connection")

namespace Api {

ConnectionMonitor::ConnectionMonitor(QNetworkAccessManager& network, QObject* parent)
    : QObject(parent), m_client(network)
{
    m_timer.setInterval(std::chrono::seconds(5));
    connect(&m_timer, &QTimer::timeout, this, &ConnectionMonitor::checkNow);
}

void ConnectionMonitor::setServer(const QUrl& baseUrl)
{
    m_baseUrl = baseUrl;
    setState(ConnectionState::Unknown, {});
}

void ConnectionMonitor::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void ConnectionMonitor::start()
{
    m_timer.start();
    checkNow();
}

void ConnectionMonitor::stop()
{
    m_timer.stop();
}

void ConnectionMonitor::checkNow()
{
    if (m_inFlight || !m_baseUrl.isValid())
        return;
    m_inFlight = true;
    if (m_state == ConnectionState::Unknown)
        setState(ConnectionState::Connecting, {});
    m_client.checkReady(m_baseUrl, this, [this](Core::Result<HealthReport> result) {
        m_inFlight = false;
        if (!result) {
            setState(ConnectionState::Unreachable, result.error().toString());
            return;
        }
        if (result->ready()) {
            setState(ConnectionState::Ready, result->version);
            return;
        }
        QStringList failing;
        for (auto it = result->checks.cbegin(); it != result->checks.cend(); ++it) {
            if (it.value() != QLatin1String("ok"))
                failing << it.key() + QStringLiteral(": ") + it.value();
        }
        setState(ConnectionState::NotReady, failing.join(QStringLiteral("; ")));
    });
}

void ConnectionMonitor::setState(ConnectionState state, const QString& detail)
{
    const bool changed = state != m_state || detail != m_detail;
    m_state = state;
    m_detail = detail;
    if (changed) {
        qCDebug(lcConnection) << "server" << m_baseUrl.toString() << "state"
                              << static_cast<int>(state) << detail;
        emit stateChanged(state);
    }
}

} // namespace Api
