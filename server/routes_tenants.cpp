// Tenants for platform operators: POST/GET /v1/tenants, GET/PATCH /v1/tenants/{id},
// POST /v1/tenants/{id}/terminate. Tenant members may read their own tenant.
#include "server/authz.h"
#include "server/idempotency.h"
#include "server/identityroutes.h"
#include "server/sql.h"

#include <QDate>
#include <QJsonObject>

namespace Server {

namespace {

const RoleList kAnyTenantRole = {"owner", "admin", "editor", "uploader", "viewer"};

// Reads the optional fields of a create/update body; an error response for a bad value.
std::optional<Response> readTenantFields(const Request& request, const QJsonObject& body,
                                         TenantFields& fields)
{
    if (body.contains(QStringLiteral("name"))) {
        const QString name = body.value(QStringLiteral("name")).toString().trimmed();
        if (name.isEmpty() || name.size() > 200)
            return badRequest(request, QStringLiteral("name must be 1 to 200 characters"));
        fields.name = name.toStdString();
    }
    if (body.contains(QStringLiteral("plan"))) {
        const QString plan = body.value(QStringLiteral("plan")).toString().trimmed();
        if (plan.isEmpty() || plan.size() > 50)
            return badRequest(request, QStringLiteral("plan must be 1 to 50 characters"));
        fields.plan = plan.toStdString();
    }
    if (body.contains(QStringLiteral("seat_limit"))) {
        const QJsonValue seats = body.value(QStringLiteral("seat_limit"));
        if (!seats.isDouble() || seats.toDouble() < 0 || seats.toDouble() > 10'000'000 ||
            seats.toDouble() != static_cast<double>(seats.toInteger())) {
            return badRequest(request,
                              QStringLiteral("seat_limit must be a whole number >= 0 (0: none)"));
        }
        fields.seatLimit = seats.toInteger();
    }
    if (body.contains(QStringLiteral("contract_end"))) {
        const QJsonValue end = body.value(QStringLiteral("contract_end"));
        if (end.isNull()) {
            fields.contractEnd = std::string{};
        } else {
            const QDate date = QDate::fromString(end.toString(), Qt::ISODate);
            if (!date.isValid())
                return badRequest(request, QStringLiteral("contract_end must be YYYY-MM-DD"));
            fields.contractEnd = date.toString(Qt::ISODate).toStdString();
        }
    }
    return std::nullopt;
}

int pageLimit(const Request& request)
{
    bool ok = false;
    const int limit = QString::fromStdString(queryParam(request, "limit")).toInt(&ok);
    return ok && limit > 0 ? std::min(limit, 500) : 50;
}

} // namespace

void addTenantRoutes(Router& router, IdentityDeps deps)
{
    router.add(
        http::verb::post, "/v1/tenants",
        idempotent(deps.db, [deps](const Request& request, const RequestContext& context) {
            if (auto denied = requireRole(request, context, {"operator"}))
                return *denied;
            const auto body = jsonBody(request);
            if (!body)
                return badRequest(request, QStringLiteral("expected a JSON object"));
            if (!body->contains(QStringLiteral("name")))
                return badRequest(request, QStringLiteral("name is required"));
            TenantFields fields;
            if (auto bad = readTenantFields(request, *body, fields))
                return *bad;
            std::string ownerEmail;
            if (body->contains(QStringLiteral("owner_email"))) {
                ownerEmail = normalizeEmail(body->value(QStringLiteral("owner_email")).toString());
                if (ownerEmail.empty())
                    return badRequest(request, QStringLiteral("owner_email is not an email"));
                auto taken = deps.identity.emailTaken(ownerEmail);
                if (!taken)
                    return internalError(request, taken.error().detail);
                if (taken.value()) {
                    return conflict(request, "email-taken",
                                    QStringLiteral("an account with this email already exists"));
                }
            }
            auto created = deps.identity.createTenant(fields);
            if (!created)
                return internalError(request, created.error().detail);
            QJsonObject reply = created.value();
            if (!ownerEmail.empty()) {
                auto invitation = deps.identity.inviteUser(
                    reply.value(QStringLiteral("id")).toString().toStdString(), ownerEmail,
                    body->value(QStringLiteral("owner_name")).toString().toStdString(), "owner",
                    context.principal->userId);
                if (!invitation)
                    return internalError(request, invitation.error().detail);
                reply.insert(QStringLiteral("owner_invitation"),
                             QJsonObject{{QStringLiteral("user"), invitation->user},
                                         {QStringLiteral("invite_token"),
                                          QString::fromStdString(invitation->token)},
                                         {QStringLiteral("expires_at"),
                                          QString::fromStdString(isoTime(invitation->expiresAt))}});
                reply.insert(QStringLiteral("seats_used"), 1);
            }
            return jsonResponse(request, http::status::created, reply);
        }));

    // Platform staff (operator, auditor): invited like tenant users, but in no tenant.
    router.add(
        http::verb::post, "/v1/staff",
        idempotent(deps.db, [deps](const Request& request, const RequestContext& context) {
            if (auto denied = requireRole(request, context, {"operator"}))
                return *denied;
            const auto body = jsonBody(request);
            if (!body)
                return badRequest(request, QStringLiteral("expected a JSON object"));
            const std::string email =
                normalizeEmail(body->value(QStringLiteral("email")).toString());
            const std::string role = body->value(QStringLiteral("role")).toString().toStdString();
            if (email.empty() || !isPlatformRole(role)) {
                return badRequest(request,
                                  QStringLiteral("email and role (operator or auditor) required"));
            }
            auto taken = deps.identity.emailTaken(email);
            if (!taken)
                return internalError(request, taken.error().detail);
            if (taken.value()) {
                return conflict(request, "email-taken",
                                QStringLiteral("an account with this email already exists"));
            }
            auto invitation = deps.identity.inviteUser(
                "", email,
                body->value(QStringLiteral("display_name")).toString().left(200).toStdString(),
                role, context.principal->userId);
            if (!invitation)
                return internalError(request, invitation.error().detail);
            QJsonObject reply = invitation->user;
            reply.insert(QStringLiteral("invite_token"), QString::fromStdString(invitation->token));
            reply.insert(QStringLiteral("invite_expires_at"),
                         QString::fromStdString(isoTime(invitation->expiresAt)));
            return jsonResponse(request, http::status::created, reply);
        }));

    router.add(http::verb::get, "/v1/tenants",
               [deps](const Request& request, const RequestContext& context) {
                   if (auto denied = requireRole(request, context, {"operator", "auditor"}))
                       return *denied;
                   auto page =
                       deps.identity.listTenants(queryParam(request, "cursor"), pageLimit(request));
                   if (!page)
                       return internalError(request, page.error().detail);
                   return jsonResponse(request, http::status::ok, page.value());
               });

    router.add(http::verb::get, "/v1/tenants/{id}",
               [deps](const Request& request, const RequestContext& context) {
                   const std::string id(context.param("id"));
                   if (auto denied = requireTenantRole(request, context, id, kAnyTenantRole,
                                                       {"operator", "auditor"})) {
                       return *denied;
                   }
                   auto found = deps.identity.tenant(id);
                   if (!found)
                       return internalError(request, found.error().detail);
                   if (!found.value())
                       return notFound(request);
                   return jsonResponse(request, http::status::ok, *found.value());
               });

    router.add(http::verb::patch, "/v1/tenants/{id}",
               [deps](const Request& request, const RequestContext& context) {
                   if (auto denied = requireRole(request, context, {"operator"}))
                       return *denied;
                   const auto body = jsonBody(request);
                   if (!body)
                       return badRequest(request, QStringLiteral("expected a JSON object"));
                   TenantFields fields;
                   if (auto bad = readTenantFields(request, *body, fields))
                       return *bad;
                   auto updated =
                       deps.identity.updateTenant(std::string(context.param("id")), fields);
                   if (!updated)
                       return internalError(request, updated.error().detail);
                   if (!updated.value())
                       return notFound(request);
                   return jsonResponse(request, http::status::ok, *updated.value());
               });

    router.add(http::verb::post, "/v1/tenants/{id}/terminate",
               [deps](const Request& request, const RequestContext& context) {
                   if (auto denied = requireRole(request, context, {"operator"}))
                       return *denied;
                   const std::string id(context.param("id"));
                   std::optional<std::string> contractEnd;
                   if (!request.body().empty()) {
                       const auto body = jsonBody(request);
                       if (!body)
                           return badRequest(request, QStringLiteral("expected a JSON object"));
                       TenantFields fields;
                       if (auto bad = readTenantFields(request, *body, fields))
                           return *bad;
                       if (fields.contractEnd && !fields.contractEnd->empty())
                           contractEnd = fields.contractEnd;
                   }
                   auto existing = deps.identity.tenant(id);
                   if (!existing)
                       return internalError(request, existing.error().detail);
                   if (!existing.value())
                       return notFound(request);
                   auto terminated = deps.identity.terminateTenant(id, contractEnd);
                   if (!terminated)
                       return internalError(request, terminated.error().detail);
                   if (auto revoked = deps.sessions.revokeTenantSessions(id, "tenant-terminated");
                       !revoked) {
                       return internalError(request, revoked.error().detail);
                   }
                   return jsonResponse(request, http::status::ok,
                                       terminated.value().value_or(QJsonObject{}));
               });
}

} // namespace Server
