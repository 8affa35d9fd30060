#include "server/serverapp.h"

#include "server/identityroutes.h"
#include "server/routes_status.h"
#include "server/sql.h"
#include "server/tlscontext.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcServer, "onestream.server")

namespace Server {

ServerApp::ServerApp(ServerConfig config) : m_config(std::move(config)) {}

ServerApp::~ServerApp()
{
    stop();
}

Core::Result<std::unique_ptr<ServerApp>> ServerApp::create(ServerConfig config)
{
    std::unique_ptr<ServerApp> app(new ServerApp(std::move(config)));
    std::error_code ec;
    std::filesystem::create_directories(app->m_config.dataDir, ec);
    if (ec) {
        return Core::makeError(Core::ErrorCode::Io,
                               QStringLiteral("cannot create data folder %1: %2")
                                   .arg(QString::fromStdString(app->m_config.dataDir.string()),
                                        QString::fromStdString(ec.message())),
                               ec.value());
    }
    auto db = Database::open(app->m_config.dataDir / "onestream.db");
    if (!db)
        return db.error();
    app->m_db = std::move(db).value();

    app->m_storage = std::make_unique<ObjectStorage>(app->m_config.dataDir / "objects");
    if (auto prepared = app->m_storage->prepare(); !prepared)
        return prepared.error();

    app->m_events = std::make_unique<EventHub>(*app->m_db, app->m_config.sseHeartbeat);
    app->m_status = std::make_unique<StatusService>(
        *app->m_db, *app->m_events, QString::fromStdString(app->m_config.statusPageUrl));
    if (auto builtins = app->m_status->ensureBuiltins(); !builtins)
        return builtins.error();
    app->m_outbox = std::make_unique<SmtpOutbox>(*app->m_db, app->m_config.smtp);
    app->m_status->setDelivery(!app->m_config.smtp.host.empty(),
                               [outbox = app->m_outbox.get()] { outbox->wake(); });
    app->m_statusMonitor =
        std::make_unique<StatusMonitor>(*app->m_db, *app->m_storage, app->m_router, *app->m_status,
                                        app->m_config.statusMonitorInterval);
    app->m_sessions = std::make_unique<SessionStore>(*app->m_db, epochNow);
    auto secrets = SecretBox::fromKeyFile(app->m_config.secretKeyFile.empty()
                                              ? app->m_config.dataDir / "secret.key"
                                              : app->m_config.secretKeyFile);
    if (!secrets)
        return secrets.error();
    app->m_secrets = std::make_unique<SecretBox>(std::move(secrets).value());
    app->m_identity = std::make_unique<IdentityStore>(*app->m_db, epochNow, app->m_secrets.get());
    auto sealed = app->m_identity->sealPlaintextTotpSecrets();
    if (!sealed)
        return sealed.error();
    if (sealed.value() > 0)
        qCInfo(lcServer) << "sealed" << sealed.value() << "TOTP secrets stored in the clear";
    app->m_audit = std::make_unique<AuditLog>(*app->m_db);
    app->m_inviteLinks = std::make_unique<InviteLinks>(*app->m_db, *app->m_identity, epochNow);
    app->m_roleRequests = std::make_unique<RoleRequests>(*app->m_db, *app->m_identity, epochNow);
    app->m_throttle = std::make_unique<LoginThrottle>(epochNow, app->m_db.get());
    app->m_purge = std::make_unique<TenantPurge>(*app->m_db, epochNow);
    app->m_router.setObserver(makeAuditObserver(*app->m_audit));
    std::vector<std::filesystem::path> roots = app->m_config.storageRoots;
    if (roots.empty())
        roots.push_back(app->m_config.dataDir / "objects");
    app->m_objects = std::make_unique<ReplicatedStorage>(std::move(roots));
    app->m_uploads = std::make_unique<UploadStore>(*app->m_db, app->m_config.dataDir / "uploads",
                                                   *app->m_objects, app->m_config.uploadLimits);
    if (auto prepared = app->m_uploads->prepare(); !prepared)
        return prepared.error();
    app->m_videos = std::make_unique<VideoLibrary>(*app->m_db, *app->m_uploads);
    app->m_uploads->setCompletionListener(
        [videos = app->m_videos.get()](const UploadRecord& record) {
            videos->onUploadComplete(record);
        });

    app->addRoutes();
    app->m_http = std::make_unique<HttpServer>(app->m_router, app->m_config.limits);
    app->m_http->setAuthenticator(makeBearerAuthenticator(*app->m_sessions));
    if (auto tls = app->configureTls(); !tls)
        return tls.error();
    if (auto listening = app->m_http->listen(app->m_config.listenAddress, app->m_config.port);
        !listening) {
        return listening.error();
    }
    return app;
}

Core::Status ServerApp::configureTls()
{
    const bool hasCertificate = !m_config.tlsCertificateFile.empty();
    if (hasCertificate != !m_config.tlsKeyFile.empty()) {
        return Core::makeError(Core::ErrorCode::BadInput,
                               QStringLiteral("give both a TLS certificate and its private key"));
    }
    if (!hasCertificate) {
        if (!isLoopbackAddress(m_config.listenAddress)) {
            return Core::makeError(
                Core::ErrorCode::BadInput,
                QStringLiteral("plain HTTP is served only on a loopback address; give "
                               "--tls-cert and --tls-key to listen on %1")
                    .arg(QString::fromStdString(m_config.listenAddress)));
        }
        return {};
    }
    auto context = makeServerTlsContext(m_config.tlsCertificateFile, m_config.tlsKeyFile);
    if (!context)
        return context.error();
    m_http->setTlsContext(std::move(context).value());
    return {};
}

void ServerApp::addRoutes()
{
    addHealthRoutes(m_router, HealthDeps{*m_db, *m_storage, m_started});
    addStatusRoutes(m_router, StatusDeps{*m_status, *m_events});
    addIdentityRoutes(m_router, IdentityDeps{*m_identity, *m_sessions, *m_audit, *m_roleRequests,
                                             *m_throttle, *m_db, *m_inviteLinks});
    addUploadRoutes(m_router, *m_uploads);
    addVideoRoutes(m_router, *m_videos);
}

void ServerApp::start()
{
    qCInfo(lcServer) << "serving" << QString::fromStdString(baseUrl()) << "data"
                     << QString::fromStdString(m_config.dataDir.string());
    m_purgeSchedule = std::make_unique<PurgeSchedule>(*m_purge, m_http->ioContext());
    m_purgeSchedule->start();
    m_http->start(m_config.threads);
    m_events->start();
    m_statusMonitor->start();
    m_outbox->start();
}

void ServerApp::stop()
{
    if (m_statusMonitor)
        m_statusMonitor->stop();
    if (m_outbox)
        m_outbox->stop();
    if (m_events)
        m_events->stop();
    if (m_http)
        m_http->stop();
}

std::string ServerApp::baseUrl() const
{
    const std::string& address = m_config.listenAddress;
    const bool v6 = address.find(':') != std::string::npos;
    return (m_http->tls() ? "https://" : "http://") + (v6 ? "[" + address + "]" : address) + ":" +
           std::to_string(port());
}

} // namespace Server
