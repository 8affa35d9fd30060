// GET /healthz (liveness) and GET /readyz (database opened and storage writable), for
// operators, load balancers and the desktop app's status bar.
#include "server/serverapp.h"

#include "core/version.h"

#include <QJsonObject>

namespace Server {

void addHealthRoutes(Router& router, HealthDeps deps)
{
    router.add(http::verb::get, "/healthz", [deps](const Request& request, const RequestContext&) {
        const auto uptime = std::chrono::duration_cast<std::chrono::seconds>(
            std::chrono::steady_clock::now() - deps.started);
        return jsonResponse(
            request, http::status::ok,
            QJsonObject{{QStringLiteral("status"), QStringLiteral("alive")},
                        {QStringLiteral("version"), QString::fromLatin1(Core::kVersion)},
                        {QStringLiteral("uptime_s"), static_cast<qint64>(uptime.count())}});
    });

    router.add(http::verb::get, "/readyz", [deps](const Request& request, const RequestContext&) {
        QJsonObject checks;
        bool ready = true;
        if (auto pinged = deps.db.ping(); pinged) {
            checks.insert(QStringLiteral("database"), QStringLiteral("ok"));
        } else {
            ready = false;
            checks.insert(QStringLiteral("database"), pinged.error().detail);
        }
        if (auto writable = deps.storage.checkWritable(); writable) {
            checks.insert(QStringLiteral("storage"), QStringLiteral("ok"));
        } else {
            ready = false;
            checks.insert(QStringLiteral("storage"), writable.error().detail);
        }
        return jsonResponse(
            request, ready ? http::status::ok : http::status::service_unavailable,
            QJsonObject{{QStringLiteral("status"),
                         ready ? QStringLiteral("ready") : QStringLiteral("not-ready")},
                        {QStringLiteral("version"), QString::fromLatin1(Core::kVersion)},
                        {QStringLiteral("schema_version"), deps.db.schemaVersion()},
                        {QStringLiteral("checks"), checks}});
    });
}

} // namespace Server
