#pragma once

// The status service: components and groups with their status history, incidents with an
// update timeline, scheduled maintenance, notices, availability and the public Statuspage v2
// documents. Writes go to SQLite, then to the EventHub (SSE). Handlers in
// server/routes_status.cpp translate HTTP to these calls; monitors (server/statusmonitor.h)
// report probe results here.

#include "server/database.h"
#include "server/eventhub.h"

#include <QJsonObject>

#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace Server {

// A handler-ready outcome: a JSON body with a status, or a problem (slug non-empty).
struct StatusReply
{
    int status = 200;
    QJsonObject body;
    std::string slug; // problem type slug when this is an error
    QString title;
    QString detail;
    [[nodiscard]] bool isError() const { return !slug.empty(); }
    static StatusReply ok(QJsonObject body, int status = 200);
    static StatusReply error(int status, std::string slug, QString title, QString detail = {});
};

enum class PublicDocument
{
    Invalid = 0,
    Summary,
    Status,
    Components,
    Incidents,
    UnresolvedIncidents,
    Maintenances,
    UpcomingMaintenances,
    ActiveMaintenances,
};

struct PublicBody
{
    std::string json;
    std::string etag; // strong, quoted
};

// Who acts: the signed-in person's id and tenant, for the record and for notices.
struct Actor
{
    std::string userId;
    std::string tenantId;
};

class StatusService
{
public:
    StatusService(Database& db, EventHub& hub, QString pageUrl);

    // Creates the built-in monitored components (database, storage, upload) when missing.
    [[nodiscard]] Core::Status ensureBuiltins();

    StatusReply listComponents();
    StatusReply createComponent(const QJsonObject& body, const Actor& actor);
    StatusReply updateComponent(const std::string& id, const QJsonObject& body, const Actor& actor);

    StatusReply listIncidents(bool maintenance);
    StatusReply getIncident(const std::string& id);
    StatusReply createIncident(const QJsonObject& body, const Actor& actor);
    StatusReply addIncidentUpdate(const std::string& id, const QJsonObject& body,
                                  const Actor& actor);
    StatusReply scheduleMaintenance(const QJsonObject& body, const Actor& actor);
    StatusReply addMaintenanceUpdate(const std::string& id, const QJsonObject& body,
                                     const Actor& actor);
    StatusReply firstNoticeReport();

    StatusReply publishNotice(const QJsonObject& body, const Actor& actor);
    StatusReply listNotices(const std::optional<std::string>& tenantId);

    StatusReply availability(const QString& month);

    // The Statuspage v2 JSON for one document, cached until the next change.
    PublicBody publicDocument(PublicDocument which);

    // From the monitors: a probe of a built-in part succeeded or failed at nowMs.
    void recordProbe(const std::string& monitor, bool healthy, const QString& detail,
                     long long nowMs);

    // Notices and public incident updates go to each affected tenant's owners' and admins'
    // inbox; with mail, also to the e-mail outbox, and wake() is called after each commit.
    void setDelivery(bool mail, std::function<void()> wake)
    {
        m_mail = mail;
        m_mailWake = std::move(wake);
    }
    // The signed-in person's inbox (newest first) and marking an item read.
    StatusReply inbox(const std::string& userId);
    StatusReply markRead(const std::string& userId, const std::string& itemId);

private:
    QJsonObject buildDocument(PublicDocument which);
    QJsonObject componentJson(Database& db, const std::string& id);
    QJsonArray componentsJson(Database& db);
    QJsonObject incidentJson(Database& db, const std::string& id, bool operatorView);
    QJsonArray incidentsJson(Database& db, const std::string& where, bool operatorView);
    QJsonObject pageJson(Database& db);
    void changed();
    // Sets a component's status with a history entry at atMs; false if unknown component.
    bool setComponentStatus(Database& db, const std::string& id, const QString& status,
                            long long atMs);
    StatusReply applyComponentStatuses(Database& db, const QJsonObject& statuses, long long atMs,
                                       QJsonArray* affected);

    Database& m_db;
    EventHub& m_hub;
    QString m_pageUrl;
    std::atomic<unsigned long long> m_version{1};
    std::mutex m_cacheMutex;
    std::map<PublicDocument, std::pair<unsigned long long, PublicBody>> m_cache;
    bool m_mail = false;
    std::function<void()> m_mailWake;
};

} // namespace Server
