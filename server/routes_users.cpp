// Users of a tenant: POST/GET /v1/tenants/{tid}/users, GET/PATCH/DELETE
// /v1/tenants/{tid}/users/{uid}, POST .../disable and .../enable, and the anonymous
// POST /v1/invites/accept that turns an invitation into an active account.
#include "server/authz.h"
#include "server/credentials.h"
#include "server/idempotency.h"
#include "server/identityroutes.h"
#include "server/rolerequests.h"
#include "server/sql.h"

#include <QJsonArray>

namespace Server {

namespace {

const RoleList kManagers = {"owner", "admin"};
const RoleList kReaders = {"operator", "auditor"};
// Sessions seen within this window count as "at the same time" for shared-account warnings.
constexpr std::int64_t kSharedAccountWindowS = 15 * 60;

bool hasRoleIn(const QJsonObject& user, std::initializer_list<const char*> roles)
{
    const QJsonArray held = user.value(QStringLiteral("roles")).toArray();
    for (const char* role : roles) {
        if (held.contains(QString::fromLatin1(role)))
            return true;
    }
    return false;
}

Response forbiddenBecause(const Request& request, std::string_view slug, const QString& detail)
{
    return problemResponse(request, http::status::forbidden, slug, QStringLiteral("Forbidden"),
                           detail);
}

int pageLimit(const Request& request)
{
    bool ok = false;
    const int limit = QString::fromStdString(queryParam(request, "limit")).toInt(&ok);
    return ok && limit > 0 ? std::min(limit, 500) : 50;
}

// Loads the target user of /v1/tenants/{tid}/users/{uid} and checks that the principal may
// change it: not themselves, and an admin never changes an owner or another admin.
struct Target
{
    std::optional<Response> problem;
    QJsonObject user;
};

Target changeableTarget(IdentityDeps deps, const Request& request, const RequestContext& context)
{
    const std::string tenantId(context.param("tid"));
    if (auto denied = requireTenantRole(request, context, tenantId, kManagers))
        return {std::move(denied), {}};
    auto found = deps.identity.user(tenantId, std::string(context.param("uid")));
    if (!found)
        return {internalError(request, found.error().detail), {}};
    if (!found.value())
        return {notFound(request), {}};
    const QJsonObject& user = *found.value();
    if (user.value(QStringLiteral("id")).toString().toStdString() == context.principal->userId) {
        return {conflict(request, "cannot-target-self",
                         QStringLiteral("you cannot do this to your own account")),
                {}};
    }
    if (!context.principal->hasRole("owner") && hasRoleIn(user, {"owner", "admin"})) {
        return {forbiddenBecause(request, "forbidden",
                                 QStringLiteral("only an owner may change an owner or admin")),
                {}};
    }
    return {std::nullopt, user};
}

} // namespace

void addUserRoutes(Router& router, IdentityDeps deps)
{
    router.add(
        http::verb::post, "/v1/tenants/{tid}/users",
        idempotent(deps.db, [deps](const Request& request, const RequestContext& context) {
            const std::string tenantId(context.param("tid"));
            // Operators may only seat an owner (bootstrap and recovery of a tenant).
            if (auto denied =
                    requireTenantRole(request, context, tenantId, kManagers, {"operator"})) {
                return *denied;
            }
            const auto body = jsonBody(request);
            if (!body)
                return badRequest(request, QStringLiteral("expected a JSON object"));
            const std::string email =
                normalizeEmail(body->value(QStringLiteral("email")).toString());
            if (email.empty())
                return badRequest(request, QStringLiteral("email is required"));
            const std::string role = body->value(QStringLiteral("role"))
                                         .toString(QStringLiteral("viewer"))
                                         .toStdString();
            if (!isTenantRole(role)) {
                return badRequest(request, QStringLiteral("role must be one of owner, admin, "
                                                          "editor, uploader, viewer"));
            }
            const Principal& principal = *context.principal;
            const bool privileged = role == "owner" || role == "admin";
            if (principal.hasRole("operator") && role != "owner") {
                return forbiddenBecause(request, "forbidden",
                                        QStringLiteral("operators may only invite an owner"));
            }
            if (privileged && principal.hasRole("admin") && !principal.hasRole("owner")) {
                return forbiddenBecause(request, "role-not-grantable",
                                        QStringLiteral("only an owner may grant owner or admin"));
            }
            auto tenant = deps.identity.tenant(tenantId);
            if (!tenant)
                return internalError(request, tenant.error().detail);
            if (!tenant.value())
                return notFound(request);
            if (tenant.value()->value(QStringLiteral("status")).toString() !=
                QLatin1String("active")) {
                return conflict(request, "tenant-terminated",
                                QStringLiteral("the tenant is terminated"));
            }
            const qint64 seatLimit =
                tenant.value()->value(QStringLiteral("seat_limit")).toInteger();
            if (seatLimit > 0 &&
                tenant.value()->value(QStringLiteral("seats_used")).toInteger() >= seatLimit) {
                return conflict(request, "seat-limit",
                                QStringLiteral("the tenant has used all %1 seats").arg(seatLimit));
            }
            auto taken = deps.identity.emailTaken(email);
            if (!taken)
                return internalError(request, taken.error().detail);
            if (taken.value()) {
                return conflict(request, "email-taken",
                                QStringLiteral("an account with this email already exists; "
                                               "one person, one account"));
            }
            // Four-eyes: an owner inviting an owner or admin seats the user as a viewer and files
            // a role request that a different owner must approve. Operators seat owners directly
            // (tenant bootstrap and recovery).
            const bool viaRequest = privileged && !principal.hasRole("operator");
            const std::string displayName = body->value(QStringLiteral("display_name"))
                                                .toString()
                                                .trimmed()
                                                .left(200)
                                                .toStdString();
            auto invitation = deps.identity.inviteUser(
                tenantId, email, displayName, viaRequest ? "viewer" : role, principal.userId);
            if (!invitation)
                return internalError(request, invitation.error().detail);
            QJsonObject reply = invitation->user;
            if (viaRequest) {
                auto filed = deps.roleRequests.create(
                    tenantId, reply.value(QStringLiteral("id")).toString().toStdString(), role,
                    std::nullopt, principal.userId);
                if (!filed)
                    return internalError(request, filed.error().detail);
                reply.insert(QStringLiteral("role_request"), filed.value());
            }
            reply.insert(QStringLiteral("invite_token"), QString::fromStdString(invitation->token));
            reply.insert(QStringLiteral("invite_expires_at"),
                         QString::fromStdString(isoTime(invitation->expiresAt)));
            return jsonResponse(request, http::status::created, reply);
        }));

    router.add(http::verb::get, "/v1/tenants/{tid}/users",
               [deps](const Request& request, const RequestContext& context) {
                   const std::string tenantId(context.param("tid"));
                   if (auto denied =
                           requireTenantRole(request, context, tenantId, kManagers, kReaders)) {
                       return *denied;
                   }
                   UserFilter filter;
                   filter.search = queryParam(request, "q");
                   filter.role = queryParam(request, "role");
                   filter.status = queryParam(request, "status");
                   filter.cursor = queryParam(request, "cursor");
                   filter.limit = pageLimit(request);
                   auto tenant = deps.identity.tenantStatus(tenantId);
                   if (!tenant)
                       return internalError(request, tenant.error().detail);
                   if (tenant.value().empty())
                       return notFound(request);
                   auto page = deps.identity.listUsers(tenantId, filter);
                   if (!page)
                       return internalError(request, page.error().detail);
                   return jsonResponse(request, http::status::ok, page.value());
               });

    router.add(http::verb::get, "/v1/tenants/{tid}/users/{uid}",
               [deps](const Request& request, const RequestContext& context) {
                   const std::string tenantId(context.param("tid"));
                   if (auto denied =
                           requireTenantRole(request, context, tenantId, kManagers, kReaders)) {
                       return *denied;
                   }
                   auto found = deps.identity.user(tenantId, std::string(context.param("uid")));
                   if (!found)
                       return internalError(request, found.error().detail);
                   if (!found.value())
                       return notFound(request);
                   return jsonResponse(request, http::status::ok, *found.value());
               });

    router.add(http::verb::patch, "/v1/tenants/{tid}/users/{uid}",
               [deps](const Request& request, const RequestContext& context) {
                   const std::string tenantId(context.param("tid"));
                   if (auto denied = requireTenantRole(request, context, tenantId, kManagers))
                       return *denied;
                   const auto body = jsonBody(request);
                   if (!body || !body->value(QStringLiteral("display_name")).isString())
                       return badRequest(request, QStringLiteral("display_name is required"));
                   auto updated =
                       deps.identity.updateUser(tenantId, std::string(context.param("uid")),
                                                body->value(QStringLiteral("display_name"))
                                                    .toString()
                                                    .trimmed()
                                                    .left(200)
                                                    .toStdString());
                   if (!updated)
                       return internalError(request, updated.error().detail);
                   if (!updated.value())
                       return notFound(request);
                   return jsonResponse(request, http::status::ok, *updated.value());
               });

    const auto setStatus = [deps](const std::string& status) {
        return [deps, status](const Request& request, const RequestContext& context) {
            Target target = changeableTarget(deps, request, context);
            if (target.problem)
                return *target.problem;
            const std::string tenantId(context.param("tid"));
            const std::string userId(context.param("uid"));
            if (status == "disabled" && hasRoleIn(target.user, {"owner"})) {
                auto owners = deps.identity.ownerCount(tenantId);
                if (!owners)
                    return internalError(request, owners.error().detail);
                if (owners.value() <= 1 &&
                    target.user.value(QStringLiteral("status")) == QLatin1String("active")) {
                    return conflict(request, "last-owner",
                                    QStringLiteral("a tenant keeps at least one active owner"));
                }
            }
            if (target.user.value(QStringLiteral("status")) == QLatin1String("invited")) {
                return conflict(request, "invitation-pending",
                                QStringLiteral("the invitation has not been accepted yet; "
                                               "delete the user to withdraw it"));
            }
            auto updated = deps.identity.setUserStatus(tenantId, userId, status);
            if (!updated)
                return internalError(request, updated.error().detail);
            if (status == "disabled") {
                if (auto revoked = deps.sessions.revokeUserSessions(userId, "account-disabled");
                    !revoked) {
                    return internalError(request, revoked.error().detail);
                }
            }
            return jsonResponse(request, http::status::ok, updated.value().value_or(QJsonObject{}));
        };
    };
    router.add(http::verb::post, "/v1/tenants/{tid}/users/{uid}/disable", setStatus("disabled"));
    router.add(http::verb::post, "/v1/tenants/{tid}/users/{uid}/enable", setStatus("active"));

    router.add(http::verb::delete_, "/v1/tenants/{tid}/users/{uid}",
               [deps](const Request& request, const RequestContext& context) {
                   Target target = changeableTarget(deps, request, context);
                   if (target.problem)
                       return *target.problem;
                   const std::string tenantId(context.param("tid"));
                   if (hasRoleIn(target.user, {"owner"})) {
                       auto owners = deps.identity.ownerCount(tenantId);
                       if (!owners)
                           return internalError(request, owners.error().detail);
                       if (owners.value() <= 1 &&
                           target.user.value(QStringLiteral("status")) == QLatin1String("active")) {
                           return conflict(request, "last-owner",
                                           QStringLiteral("a tenant keeps at least one active "
                                                          "owner"));
                       }
                   }
                   auto deleted =
                       deps.identity.deleteUser(tenantId, std::string(context.param("uid")));
                   if (!deleted)
                       return internalError(request, deleted.error().detail);
                   return deleted.value() ? noContent(request) : notFound(request);
               });

    router.add(
        http::verb::post, "/v1/tenants/{tid}/users/{uid}/role",
        [deps](const Request& request, const RequestContext& context) {
            Target target = changeableTarget(deps, request, context);
            if (target.problem)
                return *target.problem;
            const auto body = jsonBody(request);
            if (!body)
                return badRequest(request, QStringLiteral("expected a JSON object"));
            const std::string role = body->value(QStringLiteral("role")).toString().toStdString();
            if (!isTenantRole(role)) {
                return badRequest(request, QStringLiteral("role must be one of owner, admin, "
                                                          "editor, uploader, viewer"));
            }
            std::optional<std::int64_t> duration;
            if (body->contains(QStringLiteral("grant_duration_s"))) {
                const qint64 seconds = body->value(QStringLiteral("grant_duration_s")).toInteger();
                if (seconds <= 0 || !needsApproval(role)) {
                    return badRequest(request,
                                      QStringLiteral("grant_duration_s must be a positive number "
                                                     "of seconds, for owner or admin grants"));
                }
                duration = seconds;
            }
            const std::string tenantId(context.param("tid"));
            const std::string userId(context.param("uid"));
            if (needsApproval(role)) {
                if (!context.principal->hasRole("owner")) {
                    return forbiddenBecause(request, "role-not-grantable",
                                            QStringLiteral("only an owner may grant owner or "
                                                           "admin"));
                }
                auto filed = deps.roleRequests.create(tenantId, userId, role, duration,
                                                      context.principal->userId);
                if (!filed)
                    return internalError(request, filed.error().detail);
                return jsonResponse(request, http::status::accepted,
                                    QJsonObject{{QStringLiteral("role_request"), filed.value()}});
            }
            if (hasRoleIn(target.user, {"owner"})) {
                auto owners = deps.identity.ownerCount(tenantId);
                if (!owners)
                    return internalError(request, owners.error().detail);
                if (owners.value() <= 1) {
                    return conflict(request, "last-owner",
                                    QStringLiteral("a tenant keeps at least one active owner"));
                }
            }
            if (auto set =
                    deps.identity.setRole(userId, role, context.principal->userId, std::nullopt);
                !set) {
                return internalError(request, set.error().detail);
            }
            auto updated = deps.identity.user(tenantId, userId);
            if (!updated)
                return internalError(request, updated.error().detail);
            return jsonResponse(request, http::status::ok, updated.value().value_or(QJsonObject{}));
        });

    router.add(http::verb::post, "/v1/tenants/{tid}/users/{uid}/reset-password",
               [deps](const Request& request, const RequestContext& context) {
                   Target target = changeableTarget(deps, request, context);
                   if (target.problem)
                       return *target.problem;
                   const std::string userId(context.param("uid"));
                   auto reset =
                       deps.identity.startPasswordReset(std::string(context.param("tid")), userId);
                   if (!reset)
                       return internalError(request, reset.error().detail);
                   if (!reset.value()) {
                       return conflict(request, "not-active",
                                       QStringLiteral("only an active account's password can be "
                                                      "reset"));
                   }
                   if (auto revoked = deps.sessions.revokeUserSessions(userId, "password-reset");
                       !revoked) {
                       return internalError(request, revoked.error().detail);
                   }
                   QJsonObject reply = reset.value()->user;
                   reply.insert(QStringLiteral("reset_token"),
                                QString::fromStdString(reset.value()->token));
                   reply.insert(QStringLiteral("reset_expires_at"),
                                QString::fromStdString(isoTime(reset.value()->expiresAt)));
                   return jsonResponse(request, http::status::ok, reply);
               });

    // After a lost device: an owner (an admin for accounts below admin) or an operator turns
    // someone's one-time code off and ends their sessions. They sign in with their password
    // again and, where the organisation requires a code, enrol a new key at that sign-in.
    router.add(
        http::verb::delete_, "/v1/tenants/{tid}/users/{uid}/totp",
        [deps](const Request& request, const RequestContext& context) {
            const std::string tenantId(context.param("tid"));
            const std::string userId(context.param("uid"));
            if (auto denied =
                    requireTenantRole(request, context, tenantId, kManagers, {"operator"})) {
                return *denied;
            }
            auto found = deps.identity.user(tenantId, userId);
            if (!found)
                return internalError(request, found.error().detail);
            if (!found.value())
                return notFound(request);
            if (userId == context.principal->userId) {
                return conflict(request, "cannot-target-self",
                                QStringLiteral("turn your own one-time code off with DELETE "
                                               "/v1/me/totp and a current code"));
            }
            if (!context.principal->hasRole("owner") && !context.principal->hasRole("operator") &&
                hasRoleIn(*found.value(), {"owner", "admin"})) {
                return forbiddenBecause(request, "forbidden",
                                        QStringLiteral("only an owner may reset an owner's or "
                                                       "admin's one-time code"));
            }
            auto reset = deps.identity.resetTotp(userId);
            if (!reset)
                return internalError(request, reset.error().detail);
            if (!reset.value()) {
                return conflict(request, "totp-not-enabled",
                                QStringLiteral("this account has no one-time code"));
            }
            if (auto revoked = deps.sessions.revokeUserSessions(userId, "totp-reset"); !revoked)
                return internalError(request, revoked.error().detail);
            return jsonResponse(
                request, http::status::ok,
                QJsonObject{{QStringLiteral("user_id"), QString::fromStdString(userId)},
                            {QStringLiteral("totp_enabled"), false}});
        });

    router.add(http::verb::delete_, "/v1/tenants/{tid}/users/{uid}/sessions",
               [deps](const Request& request, const RequestContext& context) {
                   Target target = changeableTarget(deps, request, context);
                   if (target.problem)
                       return *target.problem;
                   if (auto revoked = deps.sessions.revokeUserSessions(
                           std::string(context.param("uid")), "revoked-by-admin");
                       !revoked) {
                       return internalError(request, revoked.error().detail);
                   }
                   return noContent(request);
               });

    router.add(http::verb::get, "/v1/tenants/{tid}/shared-account-warnings",
               [deps](const Request& request, const RequestContext& context) {
                   const std::string tenantId(context.param("tid"));
                   if (auto denied = requireTenantRole(request, context, tenantId, kManagers))
                       return *denied;
                   auto warnings =
                       deps.identity.sharedAccountWarnings(tenantId, kSharedAccountWindowS);
                   if (!warnings)
                       return internalError(request, warnings.error().detail);
                   return jsonResponse(request, http::status::ok,
                                       QJsonObject{{QStringLiteral("items"), warnings.value()}});
               });

    router.add(http::verb::post, "/v1/invites/accept",
               [deps](const Request& request, const RequestContext&) {
                   const auto body = jsonBody(request);
                   if (!body)
                       return badRequest(request, QStringLiteral("expected a JSON object"));
                   const std::string token =
                       body->value(QStringLiteral("token")).toString().toStdString();
                   const QString password = body->value(QStringLiteral("password")).toString();
                   if (token.empty())
                       return badRequest(request, QStringLiteral("token is required"));
                   if (auto weak = checkPasswordPolicy(request, password))
                       return *weak;
                   const std::string hash = hashPassword(password.toStdString());
                   if (hash.empty())
                       return internalError(request, QStringLiteral("password hashing failed"));
                   auto accepted =
                       deps.identity.acceptInvite(token, hash,
                                                  body->value(QStringLiteral("display_name"))
                                                      .toString()
                                                      .trimmed()
                                                      .left(200)
                                                      .toStdString());
                   if (!accepted)
                       return internalError(request, accepted.error().detail);
                   if (!accepted.value()) {
                       return problemResponse(request, http::status::not_found, "invite-not-found",
                                              QStringLiteral("Invitation not found"),
                                              QStringLiteral("the invitation is unknown, used or "
                                                             "expired"));
                   }
                   return jsonResponse(request, http::status::ok, *accepted.value());
               });
}

} // namespace Server
