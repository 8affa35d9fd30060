// A user's open sessions for the tenant's owners and admins (issue 7, Admin → Sessions):
// GET /v1/tenants/{tid}/users/{uid}/sessions. Revoking them is
// DELETE /v1/tenants/{tid}/users/{uid}/sessions (routes_users.cpp).
#include "server/authz.h"
#include "server/identityroutes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Server {

void addUserSessionRoutes(Router& router, IdentityDeps deps)
{
    router.add(
        http::verb::get, "/v1/tenants/{tid}/users/{uid}/sessions",
        [deps](const Request& request, const RequestContext& context) {
            const std::string tenantId(context.param("tid"));
            if (auto denied = requireTenantRole(request, context, tenantId, {"owner", "admin"})) {
                return *denied;
            }
            const std::string userId(context.param("uid"));
            auto found = deps.identity.user(tenantId, userId);
            if (!found)
                return internalError(request, found.error().detail);
            if (!found.value())
                return notFound(request);
            auto sessions = deps.sessions.listSessions(userId, context.principal->sessionId);
            if (!sessions)
                return internalError(request, sessions.error().detail);
            return jsonResponse(request, http::status::ok,
                                QJsonObject{{QStringLiteral("items"), sessions.value()}});
        });
}

} // namespace Server
