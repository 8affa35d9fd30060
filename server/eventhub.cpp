#include "server/eventhub.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEvents, "onestream.server.events")

namespace Server {

namespace {

constexpr long long kKeepEvents = 10000; // replay window for Last-Event-ID

} // namespace

EventHub::EventHub(Database& db, std::chrono::milliseconds heartbeat)
    : m_db(db), m_heartbeat(heartbeat)
{}

EventHub::~EventHub()
{
    stop();
}

void EventHub::start()
{
    std::lock_guard lock(m_mutex);
    if (m_thread.joinable())
        return;
    m_stopping = false;
    m_thread = std::thread([this] { heartbeatLoop(); });
}

void EventHub::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        for (Subscriber& subscriber : m_subscribers)
            subscriber.sink->close();
        m_subscribers.clear();
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

std::string EventHub::frame(long long seq, const std::string& type, const std::string& json)
{
    std::string out;
    out.reserve(json.size() + type.size() + 32);
    out.append("id: ").append(std::to_string(seq)).append("\nevent: ").append(type);
    out.append("\ndata: ").append(json).append("\n\n");
    return out;
}

bool EventHub::wants(const Subscriber& subscriber, const std::string& tenantId)
{
    if (tenantId == kStaffOnly)
        return subscriber.platformStaff;
    return tenantId.empty() || subscriber.platformStaff || subscriber.tenantId == tenantId;
}

long long EventHub::publish(const std::string& type, const std::string& tenantId,
                            const QJsonObject& data)
{
    const QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact);
    const std::string jsonText(json.constData(), static_cast<std::size_t>(json.size()));
    // Stored and sent under the hub's lock: a subscriber that replays from the database while
    // an event is published sees it exactly once.
    std::lock_guard lock(m_mutex);
    const long long seq = m_db.withLock([&](Database& db) -> long long {
        auto insert = db.prepare("INSERT INTO status_events(type, tenant_id, data, created_ms) "
                                 "VALUES (?, ?, ?, ?)");
        if (!insert)
            return 0;
        insert->bind(1, type)
            .bind(2, tenantId)
            .bind(3, jsonText)
            .bind(4, QDateTime::currentMSecsSinceEpoch());
        if (!insert->step())
            return 0;
        auto last = db.prepare("SELECT last_insert_rowid()");
        if (!last || !last->step().valueOr(false))
            return 0;
        const long long id = last->columnInt(0);
        if (id % 500 == 0) {
            auto prune = db.prepare("DELETE FROM status_events WHERE seq <= ?");
            if (prune) {
                prune->bind(1, id - kKeepEvents);
                (void)prune->step();
            }
        }
        return id;
    });
    if (seq == 0) {
        qCWarning(lcEvents) << "event not stored:" << QString::fromStdString(type);
        return 0;
    }
    const std::string bytes = frame(seq, type, jsonText);
    std::erase_if(m_subscribers, [](const Subscriber& s) { return !s.sink->isOpen(); });
    for (Subscriber& subscriber : m_subscribers) {
        if (subscriber.lastSent >= seq || !wants(subscriber, tenantId))
            continue;
        subscriber.lastSent = seq;
        subscriber.sink->send(bytes);
    }
    return seq;
}

void EventHub::subscribe(std::shared_ptr<StreamSink> sink, std::optional<long long> lastEventId,
                         std::string tenantId, bool platformStaff)
{
    std::lock_guard lock(m_mutex);
    if (m_stopping) {
        sink->close();
        return;
    }
    Subscriber subscriber{std::move(sink), std::move(tenantId), platformStaff, 0};
    // Reconnection delay hint, then an opening comment so that clients see the stream is live.
    std::string opening = "retry: 2000\n: connected\n\n";
    m_db.withLock([&](Database& db) {
        auto latest = db.prepare("SELECT COALESCE(MAX(seq), 0) FROM status_events");
        if (latest && latest->step().valueOr(false))
            subscriber.lastSent = latest->columnInt(0);
        if (!lastEventId)
            return;
        auto replay = db.prepare(
            "SELECT seq, type, tenant_id, data FROM status_events WHERE seq > ? ORDER BY seq");
        if (!replay)
            return;
        replay->bind(1, *lastEventId);
        while (replay->step().valueOr(false)) {
            if (!wants(subscriber, replay->columnText(2)))
                continue;
            opening += frame(replay->columnInt(0), replay->columnText(1), replay->columnText(3));
        }
    });
    subscriber.sink->send(std::move(opening));
    m_subscribers.push_back(std::move(subscriber));
}

std::size_t EventHub::subscriberCount() const
{
    std::lock_guard lock(m_mutex);
    std::size_t open = 0;
    for (const Subscriber& subscriber : m_subscribers)
        open += subscriber.sink->isOpen() ? 1 : 0;
    return open;
}

void EventHub::heartbeatLoop()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(lock, m_heartbeat, [this] { return m_stopping; });
        if (m_stopping)
            break;
        std::erase_if(m_subscribers, [](const Subscriber& s) { return !s.sink->isOpen(); });
        for (Subscriber& subscriber : m_subscribers)
            subscriber.sink->send(": heartbeat\n\n");
    }
}

} // namespace Server
