#pragma once

// The live side of the status service: Server-Sent Events on /v1/events. Every published event
// is stored with an increasing sequence number (its SSE id) before it goes out, so that a client
// that reconnects with Last-Event-ID gets exactly what it missed. Subscribers are response
// streams (server/httpstream.h); a heartbeat comment keeps idle connections and proxies awake.
// One thread for heartbeats, none per subscriber.

#include "server/database.h"
#include "server/httpstream.h"

#include <QJsonObject>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace Server {

// Events for platform staff only (monitor-opened incident drafts).
inline constexpr const char* kStaffOnly = "@staff";

class EventHub
{
public:
    EventHub(Database& db, std::chrono::milliseconds heartbeat);
    ~EventHub();
    EventHub(const EventHub&) = delete;
    EventHub& operator=(const EventHub&) = delete;

    void start();
    void stop();

    // Stores and broadcasts one event; tenantId empty for public events, else only that
    // tenant's signed-in subscribers get it. Returns its sequence number (0 on failure).
    long long publish(const std::string& type, const std::string& tenantId,
                      const QJsonObject& data);

    // Adds a subscriber: first replays stored events after lastEventId (when given), then
    // live ones. tenantId: the subscriber's tenant (empty for anonymous or platform staff).
    void subscribe(std::shared_ptr<StreamSink> sink, std::optional<long long> lastEventId,
                   std::string tenantId, bool platformStaff);

    [[nodiscard]] std::size_t subscriberCount() const;
    [[nodiscard]] std::chrono::milliseconds heartbeat() const { return m_heartbeat; }

    // "id: N\nevent: T\ndata: {...}\n\n"
    [[nodiscard]] static std::string frame(long long seq, const std::string& type,
                                           const std::string& json);

private:
    struct Subscriber
    {
        std::shared_ptr<StreamSink> sink;
        std::string tenantId;
        bool platformStaff = false;
        long long lastSent = 0;
    };
    [[nodiscard]] static bool wants(const Subscriber& subscriber, const std::string& tenantId);
    void heartbeatLoop();

    Database& m_db;
    std::chrono::milliseconds m_heartbeat;
    mutable std::mutex m_mutex;
    std::vector<Subscriber> m_subscribers;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace Server
