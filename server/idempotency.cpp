#include "server/idempotency.h"

#include "server/authz.h"
#include "server/credentials.h"
#include "server/sql.h"

namespace Server {

Handler idempotent(Database& db, Handler handler)
{
    return [&db, handler = std::move(handler)](const Request& request,
                                               const RequestContext& context) -> Response {
        const auto header = request.find("Idempotency-Key");
        if (header == request.end())
            return handler(request, context);
        const std::string key(header->value());
        if (key.empty() || key.size() > 200)
            return badRequest(request,
                              QStringLiteral("Idempotency-Key must be 1 to 200 characters"));
        const std::string actor = context.principal ? context.principal->userId : "anonymous";
        const std::string fingerprint =
            sha256Hex(std::string(request.method_string()) + "\n" + std::string(request.target()) +
                      "\n" + request.body());
        const auto now = static_cast<long long>(epochNow());
        auto cached = db.withLock([&](Database& locked) -> Core::Result<std::optional<Response>> {
            if (auto pruned = sqlExec(locked, "DELETE FROM idempotency_keys WHERE created_at < ?1",
                                      {now - kIdempotencyKeyLifetimeS});
                !pruned) {
                return pruned.error();
            }
            auto rows = sqlQuery(locked,
                                 "SELECT fingerprint, status, content_type, body FROM "
                                 "idempotency_keys WHERE actor = ?1 AND key = ?2",
                                 {actor, key});
            if (!rows)
                return rows.error();
            auto row = rows->step();
            if (!row)
                return row.error();
            if (!row.value())
                return std::optional<Response>{};
            if (rows->columnText(0) != fingerprint) {
                return std::optional<Response>{problemResponse(
                    request, http::status::unprocessable_entity, "idempotency-key-reused",
                    QStringLiteral("Idempotency-Key reused"),
                    QStringLiteral("this key was already used for a different request"))};
            }
            Response replay{static_cast<http::status>(rows->columnInt(1)), request.version()};
            replay.set(http::field::server, kServerHeader);
            replay.set(http::field::content_type, rows->columnText(2));
            replay.set(http::field::cache_control, "no-store");
            replay.set("Idempotent-Replayed", "true");
            replay.keep_alive(request.keep_alive());
            replay.body() = rows->columnText(3);
            replay.prepare_payload();
            return std::optional<Response>{std::move(replay)};
        });
        if (!cached)
            return internalError(request, cached.error().detail);
        if (cached.value())
            return std::move(*cached.value());
        Response response = handler(request, context);
        if (response.result_int() < 500) {
            const auto type = response.find(http::field::content_type);
            (void)db.withLock([&](Database& locked) {
                return sqlExec(locked,
                               "INSERT OR IGNORE INTO idempotency_keys(actor, key, fingerprint, "
                               "status, content_type, body, created_at) VALUES(?1, ?2, ?3, ?4, "
                               "?5, ?6, ?7)",
                               {actor, key, fingerprint,
                                static_cast<long long>(response.result_int()),
                                type == response.end() ? std::string() : std::string(type->value()),
                                response.body(), now});
            });
        }
        return response;
    };
}

} // namespace Server
