// Invite links of a tenant (server/invitelinks.h): POST/GET /v1/tenants/{tid}/invite-links,
// DELETE /v1/tenants/{tid}/invite-links/{lid} (revoke), the anonymous POST /v1/signup, and the
// pending sign-ups: GET /v1/tenants/{tid}/signups, POST .../signups/{sid}/approve|reject.
#include "server/authz.h"
#include "server/credentials.h"
#include "server/idempotency.h"
#include "server/identityroutes.h"
#include "server/sql.h"

#include <QDateTime>

namespace Server {

namespace {

const RoleList kManagers = {"owner", "admin"};
const RoleList kReaders = {"operator", "auditor"};
constexpr std::int64_t kDefaultLinkLifetimeS = 7 * 24 * 3600;

// Creating a link or deciding a sign-up needs an active tenant.
std::optional<Response> requireActiveTenant(IdentityDeps deps, const Request& request,
                                            const std::string& tenantId)
{
    auto status = deps.identity.tenantStatus(tenantId);
    if (!status)
        return internalError(request, status.error().detail);
    if (status.value().empty())
        return notFound(request);
    if (status.value() != "active")
        return conflict(request, "tenant-terminated", QStringLiteral("the tenant is terminated"));
    return std::nullopt;
}

Response linkGone(const Request& request, std::string_view slug, const QString& title,
                  const QString& detail)
{
    return problemResponse(request, http::status::gone, slug, title, detail);
}

Response signupOutcome(const Request& request, const SignupOutcome& outcome)
{
    switch (outcome.result) {
    case SignupResult::Active:
        return jsonResponse(request, http::status::created,
                            QJsonObject{{QStringLiteral("status"), QStringLiteral("active")},
                                        {QStringLiteral("user"), outcome.object}});
    case SignupResult::Pending:
        return jsonResponse(request, http::status::accepted,
                            QJsonObject{{QStringLiteral("status"), QStringLiteral("pending")},
                                        {QStringLiteral("signup"), outcome.object}});
    case SignupResult::UnknownLink:
        return problemResponse(request, http::status::not_found, "invite-link-not-found",
                               QStringLiteral("Invite link not found"),
                               QStringLiteral("this sign-up link is not valid"));
    case SignupResult::Revoked:
        return linkGone(request, "invite-link-revoked", QStringLiteral("Invite link revoked"),
                        QStringLiteral("this sign-up link was revoked by the organisation"));
    case SignupResult::Expired:
        return linkGone(request, "invite-link-expired", QStringLiteral("Invite link expired"),
                        QStringLiteral("this sign-up link is past its deadline"));
    case SignupResult::Full:
        return conflict(request, "invite-link-full",
                        QStringLiteral("this sign-up link has reached its sign-up limit"));
    case SignupResult::EmailTaken:
        return conflict(request, "email-taken",
                        QStringLiteral("an account with this email already exists or waits for "
                                       "approval; one person, one account"));
    case SignupResult::SeatLimit:
        return conflict(request, "seat-limit",
                        QStringLiteral("the organisation has used all its seats"));
    case SignupResult::TenantInactive:
        return conflict(request, "tenant-terminated",
                        QStringLiteral("the organisation's contract has ended"));
    }
    return internalError(request, QStringLiteral("unknown sign-up outcome"));
}

} // namespace

void addInviteLinkRoutes(Router& router, IdentityDeps deps)
{
    router.add(
        http::verb::post, "/v1/tenants/{tid}/invite-links",
        idempotent(deps.db, [deps](const Request& request, const RequestContext& context) {
            const std::string tenantId(context.param("tid"));
            if (auto denied = requireTenantRole(request, context, tenantId, kManagers))
                return *denied;
            if (auto inactive = requireActiveTenant(deps, request, tenantId))
                return *inactive;
            const auto body = jsonBody(request);
            if (!body)
                return badRequest(request, QStringLiteral("expected a JSON object"));
            InviteLinkFields fields;
            fields.role = body->value(QStringLiteral("role"))
                              .toString(QStringLiteral("viewer"))
                              .toStdString();
            if (fields.role != "editor" && fields.role != "uploader" && fields.role != "viewer") {
                return badRequest(request,
                                  QStringLiteral("role must be editor, uploader or viewer; owner "
                                                 "and admin are granted only with an owner's "
                                                 "approval"));
            }
            fields.maxSignups = body->value(QStringLiteral("max_signups")).toInteger(0);
            if (fields.maxSignups < 1 || fields.maxSignups > kMaxInviteLinkSignups) {
                return badRequest(
                    request,
                    QStringLiteral("max_signups must be 1 to %1").arg(kMaxInviteLinkSignups));
            }
            const std::int64_t now = deps.sessions.now();
            fields.expiresAt = now + kDefaultLinkLifetimeS;
            if (body->contains(QStringLiteral("expires_at"))) {
                const QDateTime deadline = QDateTime::fromString(
                    body->value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
                if (!deadline.isValid()) {
                    return badRequest(request,
                                      QStringLiteral("expires_at must be a date and time such as "
                                                     "2026-12-31T23:59:59Z"));
                }
                fields.expiresAt = deadline.toSecsSinceEpoch();
            }
            if (fields.expiresAt <= now || fields.expiresAt > now + kMaxInviteLinkLifetimeS) {
                return badRequest(request, QStringLiteral("expires_at must lie in the future, "
                                                          "at most a year ahead"));
            }
            fields.requiresApproval =
                body->value(QStringLiteral("requires_approval")).toBool(false);
            auto created = deps.inviteLinks.create(tenantId, fields, context.principal->userId);
            if (!created)
                return internalError(request, created.error().detail);
            return jsonResponse(request, http::status::created, created.value());
        }));

    router.add(http::verb::get, "/v1/tenants/{tid}/invite-links",
               [deps](const Request& request, const RequestContext& context) {
                   const std::string tenantId(context.param("tid"));
                   if (auto denied =
                           requireTenantRole(request, context, tenantId, kManagers, kReaders))
                       return *denied;
                   auto links = deps.inviteLinks.list(tenantId);
                   if (!links)
                       return internalError(request, links.error().detail);
                   return jsonResponse(request, http::status::ok, links.value());
               });

    router.add(http::verb::delete_, "/v1/tenants/{tid}/invite-links/{lid}",
               [deps](const Request& request, const RequestContext& context) {
                   const std::string tenantId(context.param("tid"));
                   if (auto denied = requireTenantRole(request, context, tenantId, kManagers))
                       return *denied;
                   auto revoked =
                       deps.inviteLinks.revoke(tenantId, std::string(context.param("lid")));
                   if (!revoked)
                       return internalError(request, revoked.error().detail);
                   if (!revoked.value())
                       return notFound(request);
                   return jsonResponse(request, http::status::ok, *revoked.value());
               });

    router.add(http::verb::post, "/v1/signup",
               [deps](const Request& request, const RequestContext&) {
                   const auto body = jsonBody(request);
                   if (!body)
                       return badRequest(request, QStringLiteral("expected a JSON object"));
                   const std::string token =
                       body->value(QStringLiteral("token")).toString().trimmed().toStdString();
                   const std::string email =
                       normalizeEmail(body->value(QStringLiteral("email")).toString());
                   const QString password = body->value(QStringLiteral("password")).toString();
                   if (token.empty() || email.empty()) {
                       return badRequest(request,
                                         QStringLiteral("token, email and password are required"));
                   }
                   if (auto weak = checkPasswordPolicy(request, password))
                       return *weak;
                   const std::string hash = hashPassword(password.toStdString());
                   if (hash.empty())
                       return internalError(request, QStringLiteral("password hashing failed"));
                   const std::string displayName = body->value(QStringLiteral("display_name"))
                                                       .toString()
                                                       .trimmed()
                                                       .left(200)
                                                       .toStdString();
                   auto outcome = deps.inviteLinks.signup(token, email, displayName, hash);
                   if (!outcome)
                       return internalError(request, outcome.error().detail);
                   return signupOutcome(request, outcome.value());
               });

    router.add(
        http::verb::get, "/v1/tenants/{tid}/signups",
        [deps](const Request& request, const RequestContext& context) {
            const std::string tenantId(context.param("tid"));
            if (auto denied = requireTenantRole(request, context, tenantId, kManagers, kReaders))
                return *denied;
            const std::string status = queryParam(request, "status");
            if (!status.empty() && status != "pending" && status != "approved" &&
                status != "rejected") {
                return badRequest(request,
                                  QStringLiteral("status must be pending, approved or rejected"));
            }
            auto signups = deps.inviteLinks.listSignups(tenantId, status);
            if (!signups)
                return internalError(request, signups.error().detail);
            return jsonResponse(request, http::status::ok, signups.value());
        });

    for (const bool approve : {true, false}) {
        router.add(
            http::verb::post,
            approve ? "/v1/tenants/{tid}/signups/{sid}/approve"
                    : "/v1/tenants/{tid}/signups/{sid}/reject",
            [deps, approve](const Request& request, const RequestContext& context) {
                const std::string tenantId(context.param("tid"));
                if (auto denied = requireTenantRole(request, context, tenantId, kManagers))
                    return *denied;
                if (approve) {
                    if (auto inactive = requireActiveTenant(deps, request, tenantId))
                        return *inactive;
                }
                auto decided = deps.inviteLinks.decide(tenantId, std::string(context.param("sid")),
                                                       approve, context.principal->userId);
                if (!decided)
                    return internalError(request, decided.error().detail);
                switch (decided->result) {
                case SignupDecisionResult::Done: {
                    QJsonObject reply{{QStringLiteral("signup"), decided->signup}};
                    if (approve)
                        reply.insert(QStringLiteral("user"), decided->user);
                    return jsonResponse(request, http::status::ok, reply);
                }
                case SignupDecisionResult::NotFound:
                    return notFound(request);
                case SignupDecisionResult::NotPending:
                    return conflict(
                        request, "signup-decided",
                        QStringLiteral("this sign-up was already approved or rejected"));
                case SignupDecisionResult::EmailTaken:
                    return conflict(request, "email-taken",
                                    QStringLiteral("an account with this email exists by now"));
                case SignupDecisionResult::SeatLimit:
                    return conflict(request, "seat-limit",
                                    QStringLiteral("the tenant has used all its seats"));
                }
                return internalError(request, QStringLiteral("unknown decision outcome"));
            });
    }
}

} // namespace Server
