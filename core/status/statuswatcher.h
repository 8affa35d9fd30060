#pragma once

// Follows one Statuspage v2 page (ours or a third party's) and turns its changes into events.
// Follows the server's Server-Sent Events stream (/v1/events) when the server offers one, and
// otherwise polls summary.json with If-None-Match and exponential backoff on errors. Keeps the
// last good document and marks it stale while the page cannot be read. Events are delivered
// exactly once, also across restarts, through a SeenStore file. Asynchronous on the thread of
// the network manager; never blocks.

#include "core/status/statusevents.h"
#include "core/status/statusmodel.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Status {

struct WatcherOptions
{
    QUrl pageBase;         // https://status.example.com (summary at /api/v2/summary.json)
    bool trySse = true;    // ask <pageBase>/v1/events; pages without it fall back to polling
    QString seenStorePath; // empty: events are remembered for this run only
    std::chrono::milliseconds pollInterval{std::chrono::seconds(60)};
    std::chrono::milliseconds ssePollInterval{std::chrono::minutes(5)}; // safety poll with SSE
    std::chrono::milliseconds minBackoff{std::chrono::seconds(2)};
    std::chrono::milliseconds maxBackoff{std::chrono::minutes(5)};
    std::chrono::milliseconds requestTimeout{std::chrono::seconds(15)};
    std::chrono::milliseconds sseIdleTimeout{std::chrono::seconds(60)}; // > server heartbeat
};

class StatusWatcher : public QObject
{
    Q_OBJECT
public:
    StatusWatcher(QNetworkAccessManager& network, WatcherOptions options,
                  QObject* parent = nullptr);
    ~StatusWatcher() override;

    void start();
    void stop();

    [[nodiscard]] const std::optional<StatusDocument>& lastGood() const { return m_lastGood; }
    [[nodiscard]] bool stale() const { return m_stale; }
    [[nodiscard]] bool sseConnected() const { return m_sseConnected; }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] QByteArray lastEventId() const { return m_lastEventId; }
    [[nodiscard]] std::chrono::milliseconds currentBackoff() const { return m_backoff; }

signals:
    void documentChanged();
    void staleChanged(bool stale);
    void eventArrived(const Status::StatusEvent& event);
    void sseStateChanged(bool connected);
    // A raw SSE message (type, id, data), for tools that measure push latency.
    void pushReceived(const QByteArray& type, const QByteArray& id, const QByteArray& data);

private:
    void fetch();
    void onFetched(QNetworkReply* reply);
    void scheduleFetch(std::chrono::milliseconds delay);
    void setStale(bool stale, const QString& error);
    void connectSse();
    void onSseData();
    void onSseFinished();
    void dispatchSseMessage();

    QNetworkAccessManager& m_network;
    WatcherOptions m_options;
    SeenStore m_seen;
    std::optional<StatusDocument> m_lastGood;
    QByteArray m_etag;
    bool m_stale = false;
    QString m_lastError;
    bool m_running = false;
    bool m_fetchPending = false; // a push came while a fetch was in flight
    QPointer<QNetworkReply> m_fetchReply;
    QTimer m_pollTimer;
    std::chrono::milliseconds m_backoff{0};

    QPointer<QNetworkReply> m_sseReply;
    QTimer m_sseRetryTimer;
    bool m_sseConnected = false;
    bool m_sseUnsupported = false;
    std::chrono::milliseconds m_sseBackoff{0};
    QByteArray m_sseBuffer;
    QByteArray m_lastEventId;
    QByteArray m_msgType;
    QByteArray m_msgData;
    QByteArray m_msgId;
    bool m_msgHasId = false;
};

} // namespace Status
