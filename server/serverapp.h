#pragma once

// The reference server assembled: database, storage, routes and the HTTP engine. Used by the
// onestream-server binary and embedded in-process by `onestream-studio --local`.

#include "core/result.h"
#include "server/auditlog.h"
#include "server/database.h"
#include "server/eventhub.h"
#include "server/httpserver.h"
#include "server/identitystore.h"
#include "server/invitelinks.h"
#include "server/loginthrottle.h"
#include "server/rolerequests.h"
#include "server/router.h"
#include "server/sessionstore.h"
#include "server/smtpoutbox.h"
#include "server/statusmonitor.h"
#include "server/statusservice.h"
#include "server/storage.h"
#include "server/tenantpurge.h"
#include "server/uploadstore.h"
#include "server/videolibrary.h"

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>

namespace Server {

struct ServerConfig
{
    std::filesystem::path dataDir;
    std::string listenAddress = "127.0.0.1";
    std::uint16_t port = 0;
    unsigned threads = 2;
    HttpLimits limits;
    // Service status (docs/status.md).
    std::chrono::milliseconds sseHeartbeat{15000};
    std::chrono::milliseconds statusMonitorInterval{30000}; // 0: monitors off
    std::string statusPageUrl = "https://status.onestream.example.jp";
    SmtpConfig smtp; // host empty: notices go to inboxes only
    // Video object roots (--storage, may be given twice); empty: <dataDir>/objects.
    std::vector<std::filesystem::path> storageRoots;
    UploadLimits uploadLimits;
    // HTTPS (docs/tls.md): both set, or both empty for plain HTTP, which is served only on a
    // loopback address.
    std::filesystem::path tlsCertificateFile;
    std::filesystem::path tlsKeyFile;
    // The key that seals small secrets at rest (server/secretbox.h); empty:
    // <dataDir>/secret.key, created on first start.
    std::filesystem::path secretKeyFile;
};

class ServerApp
{
public:
    // Opens the data folder (database + storage) and binds the port; does not serve yet.
    [[nodiscard]] static Core::Result<std::unique_ptr<ServerApp>> create(ServerConfig config);
    ~ServerApp();

    void start();
    void stop();

    [[nodiscard]] std::uint16_t port() const { return m_http->port(); }
    [[nodiscard]] std::string baseUrl() const;
    [[nodiscard]] const Router& router() const { return m_router; }
    [[nodiscard]] HttpServer& http() { return *m_http; }
    [[nodiscard]] UploadStore& uploads() { return *m_uploads; }
    // For route additions before start() (benchmarks); normal routes go in addRoutes().
    [[nodiscard]] Router& mutableRouter() { return m_router; }

private:
    explicit ServerApp(ServerConfig config);
    void addRoutes();
    [[nodiscard]] Core::Status configureTls();

    ServerConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ObjectStorage> m_storage;
    std::unique_ptr<SecretBox> m_secrets;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<IdentityStore> m_identity;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<RoleRequests> m_roleRequests;
    std::unique_ptr<InviteLinks> m_inviteLinks;
    std::unique_ptr<LoginThrottle> m_throttle;
    std::unique_ptr<TenantPurge> m_purge;
    std::unique_ptr<ReplicatedStorage> m_objects;
    std::unique_ptr<UploadStore> m_uploads;
    std::unique_ptr<VideoLibrary> m_videos;
    Router m_router;
    std::unique_ptr<HttpServer> m_http;
    std::unique_ptr<PurgeSchedule> m_purgeSchedule; // after m_http: destroyed first
    std::chrono::steady_clock::time_point m_started = std::chrono::steady_clock::now();
    std::unique_ptr<EventHub> m_events;
    std::unique_ptr<StatusService> m_status;
    std::unique_ptr<StatusMonitor> m_statusMonitor;
    std::unique_ptr<SmtpOutbox> m_outbox;
};

// Route groups, one file each (server/routes_*.cpp).
struct HealthDeps
{
    Database& db;
    ObjectStorage& storage;
    std::chrono::steady_clock::time_point started;
};
void addHealthRoutes(Router& router, HealthDeps deps);
void addUploadRoutes(Router& router, UploadStore& store);
void addVideoRoutes(Router& router, VideoLibrary& library);

} // namespace Server
