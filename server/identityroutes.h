#pragma once

// The identity API (docs/identity.md): sign-in and sessions (/v1/auth, /v1/me), tenants for
// platform operators (/v1/tenants) and users of a tenant (/v1/tenants/{id}/users, /v1/invites).

#include "server/auditlog.h"
#include "server/identitystore.h"
#include "server/loginthrottle.h"
#include "server/rolerequests.h"
#include "server/router.h"
#include "server/sessionstore.h"

#include <QString>

namespace Server {

struct IdentityDeps
{
    IdentityStore& identity;
    SessionStore& sessions;
    AuditLog& audit;
    RoleRequests& roleRequests;
    LoginThrottle& throttle;
    Database& db;
};

void addIdentityRoutes(Router& router, IdentityDeps deps);

// One group each (server/routes_auth.cpp, routes_tenants.cpp, routes_users.cpp).
void addAuthRoutes(Router& router, IdentityDeps deps);
void addTenantRoutes(Router& router, IdentityDeps deps);
void addUserRoutes(Router& router, IdentityDeps deps);
void addAuditRoutes(Router& router, IdentityDeps deps);
void addRoleRequestRoutes(Router& router, IdentityDeps deps);
void addGroupRoutes(Router& router, IdentityDeps deps);
void addUserImportRoutes(Router& router, IdentityDeps deps);
void addUserSessionRoutes(Router& router, IdentityDeps deps);

// Shared by the routes and `onestream-server init`: a problem naming every failed password
// rule, or nothing when the password is acceptable.
[[nodiscard]] std::optional<Response> checkPasswordPolicy(const Request& request,
                                                          const QString& password);
// Lower-cased, trimmed; empty when it does not look like an email address.
[[nodiscard]] std::string normalizeEmail(const QString& email);

} // namespace Server
