// Sign-in policy switches: GET/PATCH /v1/tenants/{tid}/security ("TOTP required for owners and
// admins" of the tenant) and GET/PATCH /v1/platform/security (the same for operators).
// docs/identity.md describes the enrolment at sign-in that follows.
#include "server/authz.h"
#include "server/identityroutes.h"

namespace Server {

namespace {

std::optional<bool> requireTotpField(const Request& request, std::optional<Response>* problem)
{
    const auto body = jsonBody(request);
    if (!body || !body->value(QStringLiteral("require_totp")).isBool()) {
        *problem = badRequest(request, QStringLiteral("expected {\"require_totp\": true|false}"));
        return std::nullopt;
    }
    return body->value(QStringLiteral("require_totp")).toBool();
}

Response policy(const Request& request, bool required)
{
    return jsonResponse(request, http::status::ok,
                        QJsonObject{{QStringLiteral("require_totp"), required}});
}

} // namespace

void addTenantSecurityRoutes(Router& router, IdentityDeps deps)
{
    router.add(http::verb::get, "/v1/tenants/{tid}/security",
               [deps](const Request& request, const RequestContext& context) {
                   const std::string tenantId(context.param("tid"));
                   if (auto denied = requireTenantRole(request, context, tenantId,
                                                       {"owner", "admin"}, {"operator", "auditor"}))
                       return *denied;
                   auto required = deps.identity.tenantRequiresTotp(tenantId);
                   if (!required)
                       return internalError(request, required.error().detail);
                   if (!required.value())
                       return notFound(request);
                   return policy(request, *required.value());
               });

    // The owner decides for the tenant; an operator may too (recovery, contract terms).
    router.add(http::verb::patch, "/v1/tenants/{tid}/security",
               [deps](const Request& request, const RequestContext& context) {
                   const std::string tenantId(context.param("tid"));
                   if (auto denied =
                           requireTenantRole(request, context, tenantId, {"owner"}, {"operator"}))
                       return *denied;
                   std::optional<Response> problem;
                   const auto required = requireTotpField(request, &problem);
                   if (!required)
                       return *problem;
                   auto updated = deps.identity.setTenantRequiresTotp(tenantId, *required);
                   if (!updated)
                       return internalError(request, updated.error().detail);
                   if (!updated.value())
                       return notFound(request);
                   return policy(request, *required);
               });

    router.add(http::verb::get, "/v1/platform/security",
               [deps](const Request& request, const RequestContext& context) {
                   if (auto denied = requireRole(request, context, {"operator", "auditor"}))
                       return *denied;
                   auto required = deps.identity.platformRequiresTotp();
                   if (!required)
                       return internalError(request, required.error().detail);
                   return policy(request, required.value());
               });

    router.add(http::verb::patch, "/v1/platform/security",
               [deps](const Request& request, const RequestContext& context) {
                   if (auto denied = requireRole(request, context, {"operator"}))
                       return *denied;
                   std::optional<Response> problem;
                   const auto required = requireTotpField(request, &problem);
                   if (!required)
                       return *problem;
                   if (auto updated = deps.identity.setPlatformRequiresTotp(*required); !updated)
                       return internalError(request, updated.error().detail);
                   return policy(request, *required);
               });
}

} // namespace Server
