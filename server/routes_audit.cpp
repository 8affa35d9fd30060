// The audit log: GET /v1/audit (list, newest first, cursor paging and filters),
// GET /v1/audit/export (CSV) and GET /v1/audit/verify (hash chain check).
// Platform operators and auditors see everything; a tenant's owners and admins see their own
// tenant's entries only.
#include "server/authz.h"
#include "server/identityroutes.h"

#include <QJsonObject>

namespace Server {

namespace {

// Reads the filters; restricts tenant members to their own tenant. An error response when the
// principal may not read the log.
std::optional<Response> auditFilter(const Request& request, const RequestContext& context,
                                    AuditFilter& filter)
{
    if (auto denied = requireRole(request, context, {"operator", "auditor", "owner", "admin"})) {
        return denied;
    }
    filter.tenantId = queryParam(request, "tenant_id");
    filter.actorEmail = queryParam(request, "actor");
    filter.action = queryParam(request, "action");
    filter.outcome = queryParam(request, "outcome");
    filter.since = queryParam(request, "since");
    filter.until = queryParam(request, "until");
    const Principal& principal = *context.principal;
    if (!principal.tenantId.empty()) {
        if (!filter.tenantId.empty() && filter.tenantId != principal.tenantId)
            return notFound(request);
        filter.tenantId = principal.tenantId;
    }
    bool ok = false;
    const long long cursor = QString::fromStdString(queryParam(request, "cursor")).toLongLong(&ok);
    filter.beforeSeq = ok && cursor > 0 ? cursor : 0;
    const int limit = QString::fromStdString(queryParam(request, "limit")).toInt(&ok);
    filter.limit = ok && limit > 0 ? std::min(limit, 1000) : 100;
    return std::nullopt;
}

} // namespace

void addAuditRoutes(Router& router, IdentityDeps deps)
{
    router.add(http::verb::get, "/v1/audit",
               [deps](const Request& request, const RequestContext& context) {
                   AuditFilter filter;
                   if (auto denied = auditFilter(request, context, filter))
                       return *denied;
                   auto page = deps.audit.list(filter);
                   if (!page)
                       return internalError(request, page.error().detail);
                   return jsonResponse(request, http::status::ok, page.value());
               });

    router.add(http::verb::get, "/v1/audit/export",
               [deps](const Request& request, const RequestContext& context) {
                   AuditFilter filter;
                   if (auto denied = auditFilter(request, context, filter))
                       return *denied;
                   auto csv = deps.audit.exportCsv(filter);
                   if (!csv)
                       return internalError(request, csv.error().detail);
                   Response response{http::status::ok, request.version()};
                   response.set(http::field::server, kServerHeader);
                   response.set(http::field::content_type, "text/csv; charset=utf-8");
                   response.set(http::field::content_disposition,
                                "attachment; filename=\"audit.csv\"");
                   response.set(http::field::cache_control, "no-store");
                   response.keep_alive(request.keep_alive());
                   response.body().assign(csv->constData(), static_cast<std::size_t>(csv->size()));
                   response.prepare_payload();
                   return response;
               });

    router.add(http::verb::get, "/v1/audit/verify",
               [deps](const Request& request, const RequestContext& context) {
                   if (auto denied = requireRole(request, context, {"operator", "auditor"}))
                       return *denied;
                   auto verified = deps.audit.verify();
                   if (!verified)
                       return internalError(request, verified.error().detail);
                   QJsonObject body{{QStringLiteral("intact"), verified->intact},
                                    {QStringLiteral("entries"), verified->entries}};
                   if (!verified->intact) {
                       body.insert(QStringLiteral("first_broken_seq"), verified->firstBrokenSeq);
                       body.insert(QStringLiteral("reason"), verified->reason);
                   }
                   return jsonResponse(request, http::status::ok, body);
               });
}

} // namespace Server
