// Four-eyes approvals of admin/owner grants: GET /v1/tenants/{tid}/role-requests,
// POST /v1/tenants/{tid}/role-requests/{rid}/approve and .../reject (owners only; the requester
// never approves their own request).
#include "server/authz.h"
#include "server/identityroutes.h"

namespace Server {

void addRoleRequestRoutes(Router& router, IdentityDeps deps)
{
    router.add(http::verb::get, "/v1/tenants/{tid}/role-requests",
               [deps](const Request& request, const RequestContext& context) {
                   const std::string tenantId(context.param("tid"));
                   if (auto denied =
                           requireTenantRole(request, context, tenantId, {"owner", "admin"},
                                             {"operator", "auditor"})) {
                       return *denied;
                   }
                   const std::string status = queryParam(request, "status");
                   if (!status.empty() && status != "pending" && status != "approved" &&
                       status != "rejected" && status != "lapsed") {
                       return badRequest(request, QStringLiteral("status must be pending, "
                                                                 "approved, rejected or lapsed"));
                   }
                   auto list = deps.roleRequests.list(tenantId, status);
                   if (!list)
                       return internalError(request, list.error().detail);
                   return jsonResponse(request, http::status::ok, list.value());
               });

    const auto decide = [deps](Decision decision) {
        return [deps, decision](const Request& request, const RequestContext& context) {
            const std::string tenantId(context.param("tid"));
            if (auto denied = requireTenantRole(request, context, tenantId, {"owner"}))
                return *denied;
            std::string reason;
            if (!request.body().empty()) {
                const auto body = jsonBody(request);
                if (!body)
                    return badRequest(request, QStringLiteral("expected a JSON object"));
                reason = body->value(QStringLiteral("reason")).toString().left(500).toStdString();
            }
            auto outcome = deps.roleRequests.decide(tenantId, std::string(context.param("rid")),
                                                    decision, context.principal->userId, reason);
            if (!outcome)
                return internalError(request, outcome.error().detail);
            switch (outcome->kind) {
            case DecisionOutcome::Kind::NotFound:
                return notFound(request);
            case DecisionOutcome::Kind::NotPending:
                return conflict(
                    request, "not-pending",
                    QStringLiteral("the request is already %1")
                        .arg(outcome->request.value(QStringLiteral("status")).toString()));
            case DecisionOutcome::Kind::SamePerson:
                return problemResponse(request, http::status::forbidden, "four-eyes",
                                       QStringLiteral("Four-eyes rule"),
                                       QStringLiteral("a different owner must approve this "
                                                      "request"));
            case DecisionOutcome::Kind::Done:
                break;
            }
            return jsonResponse(request, http::status::ok, outcome->request);
        };
    };
    router.add(http::verb::post, "/v1/tenants/{tid}/role-requests/{rid}/approve",
               decide(Decision::Approve));
    router.add(http::verb::post, "/v1/tenants/{tid}/role-requests/{rid}/reject",
               decide(Decision::Reject));
}

} // namespace Server
