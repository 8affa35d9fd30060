// The status routes: the public Statuspage v2 documents (/api/v2/...), the live event stream
// (/v1/events) and the operator API (/v1/status/...). Operator endpoints need a signed-in
// person with the operator role (availability and reports also admit auditors); deny by
// default.
#include "server/routes_status.h"

#include "server/authz.h"
#include "server/statusutil.h"

#include <QJsonDocument>
#include <QUrlQuery>

#include <charconv>

namespace Server {

namespace {

Response replyResponse(const Request& request, const StatusReply& reply)
{
    if (reply.isError()) {
        return problemResponse(request, static_cast<http::status>(reply.status), reply.slug,
                               reply.title, reply.detail, reply.body);
    }
    return jsonResponse(request, static_cast<http::status>(reply.status), reply.body);
}

Response badJson(const Request& request)
{
    return problemResponse(request, http::status::bad_request, "invalid-json",
                           QStringLiteral("Request body must be a JSON object"));
}

Actor actorOf(const RequestContext& context)
{
    return context.principal ? Actor{context.principal->userId, context.principal->tenantId}
                             : Actor{};
}

QUrlQuery queryOf(const Request& request)
{
    const std::string_view target = request.target();
    const auto mark = target.find('?');
    if (mark == std::string_view::npos)
        return {};
    return QUrlQuery(QString::fromUtf8(target.data() + mark + 1,
                                       static_cast<qsizetype>(target.size() - mark - 1)));
}

bool etagMatches(std::string_view header, const std::string& etag)
{
    if (header.empty())
        return false;
    if (header == "*")
        return true;
    // A list of entity tags; weak comparison (W/ prefix ignored).
    std::size_t start = 0;
    while (start < header.size()) {
        std::size_t end = header.find(',', start);
        if (end == std::string_view::npos)
            end = header.size();
        std::string_view tag = header.substr(start, end - start);
        while (!tag.empty() && tag.front() == ' ')
            tag.remove_prefix(1);
        while (!tag.empty() && tag.back() == ' ')
            tag.remove_suffix(1);
        if (tag.starts_with("W/"))
            tag.remove_prefix(2);
        if (tag == etag)
            return true;
        start = end + 1;
    }
    return false;
}

} // namespace

void addStatusRoutes(Router& router, StatusDeps deps)
{
    StatusService& status = deps.status;
    EventHub& hub = deps.hub;

    static const struct
    {
        const char* path;
        PublicDocument which;
    } kDocuments[] = {
        {"/api/v2/summary.json", PublicDocument::Summary},
        {"/api/v2/status.json", PublicDocument::Status},
        {"/api/v2/components.json", PublicDocument::Components},
        {"/api/v2/incidents.json", PublicDocument::Incidents},
        {"/api/v2/incidents/unresolved.json", PublicDocument::UnresolvedIncidents},
        {"/api/v2/scheduled-maintenances.json", PublicDocument::Maintenances},
        {"/api/v2/scheduled-maintenances/upcoming.json", PublicDocument::UpcomingMaintenances},
        {"/api/v2/scheduled-maintenances/active.json", PublicDocument::ActiveMaintenances},
    };
    for (const auto& document : kDocuments) {
        const PublicDocument which = document.which;
        router.add(http::verb::get, document.path,
                   [&status, which](const Request& request, const RequestContext&) {
                       const PublicBody body = status.publicDocument(which);
                       const bool notModified =
                           etagMatches(request[http::field::if_none_match], body.etag);
                       Response response{notModified ? http::status::not_modified
                                                     : http::status::ok,
                                         request.version()};
                       response.set(http::field::server, kServerHeader);
                       response.set(http::field::etag, body.etag);
                       response.set(http::field::cache_control, "no-cache");
                       response.set(http::field::access_control_allow_origin, "*");
                       response.keep_alive(request.keep_alive());
                       if (!notModified) {
                           response.set(http::field::content_type, "application/json");
                           response.body() = body.json;
                       }
                       response.prepare_payload();
                       if (notModified)
                           response.erase(http::field::content_length);
                       return response;
                   });
    }

    router.add(
        http::verb::get, "/v1/events",
        [&hub](const Request& request, const RequestContext& context) {
            if (!context.stream) {
                return problemResponse(request, http::status::service_unavailable, "no-streaming",
                                       QStringLiteral("Event streams unavailable"));
            }
            std::optional<long long> lastId;
            std::string idText(request["Last-Event-ID"]);
            if (idText.empty())
                idText =
                    queryOf(request).queryItemValue(QStringLiteral("last_event_id")).toStdString();
            if (!idText.empty()) {
                long long parsed = 0;
                const auto [end, error] =
                    std::from_chars(idText.data(), idText.data() + idText.size(), parsed);
                if (error != std::errc() || end != idText.data() + idText.size()) {
                    return problemResponse(request, http::status::bad_request,
                                           "invalid-last-event-id",
                                           QStringLiteral("Last-Event-ID must be a number"));
                }
                lastId = parsed;
            }
            Response head{http::status::ok, request.version()};
            head.set(http::field::server, kServerHeader);
            head.set(http::field::content_type, "text/event-stream");
            head.set(http::field::cache_control, "no-cache");
            head.set("X-Accel-Buffering", "no");
            if (request.method() == http::verb::head)
                return head;
            std::string tenant;
            bool staff = false;
            if (context.principal) {
                tenant = context.principal->tenantId;
                staff =
                    context.principal->hasRole("operator") || context.principal->hasRole("auditor");
            }
            context.stream->onOpen = [&hub, lastId, tenant,
                                      staff](std::shared_ptr<StreamSink> sink) {
                hub.subscribe(std::move(sink), lastId, tenant, staff);
            };
            return head;
        });

    // Operator API.
    const auto guarded =
        [&router](http::verb verb, std::string_view pattern, bool auditorToo,
                  std::function<Response(const Request&, const RequestContext&)> handler) {
            router.add(verb, pattern,
                       [auditorToo, handler = std::move(handler)](const Request& request,
                                                                  const RequestContext& context) {
                           if (auto denied =
                                   auditorToo
                                       ? requireRole(request, context, {"operator", "auditor"})
                                       : requireRole(request, context, {"operator"}))
                               return std::move(*denied);
                           return handler(request, context);
                       });
        };
    using Fn = std::function<StatusReply(const QJsonObject&, const RequestContext&)>;
    const auto withBody = [](Fn fn) {
        return [fn = std::move(fn)](const Request& request, const RequestContext& context) {
            const auto body = jsonBody(request);
            if (!body)
                return badJson(request);
            return replyResponse(request, fn(*body, context));
        };
    };

    guarded(http::verb::get, "/v1/status/components", true,
            [&status](const Request& request, const RequestContext&) {
                return replyResponse(request, status.listComponents());
            });
    guarded(http::verb::post, "/v1/status/components", false,
            withBody([&status](const QJsonObject& body, const RequestContext& context) {
                return status.createComponent(body, actorOf(context));
            }));
    guarded(http::verb::patch, "/v1/status/components/{id}", false,
            withBody([&status](const QJsonObject& body, const RequestContext& context) {
                return status.updateComponent(std::string(context.param("id")), body,
                                              actorOf(context));
            }));
    guarded(http::verb::get, "/v1/status/incidents", true,
            [&status](const Request& request, const RequestContext&) {
                return replyResponse(request, status.listIncidents(false));
            });
    guarded(http::verb::post, "/v1/status/incidents", false,
            withBody([&status](const QJsonObject& body, const RequestContext& context) {
                return status.createIncident(body, actorOf(context));
            }));
    guarded(http::verb::get, "/v1/status/incidents/{id}", true,
            [&status](const Request& request, const RequestContext& context) {
                return replyResponse(request, status.getIncident(std::string(context.param("id"))));
            });
    guarded(http::verb::post, "/v1/status/incidents/{id}/updates", false,
            withBody([&status](const QJsonObject& body, const RequestContext& context) {
                return status.addIncidentUpdate(std::string(context.param("id")), body,
                                                actorOf(context));
            }));
    guarded(http::verb::get, "/v1/status/maintenances", true,
            [&status](const Request& request, const RequestContext&) {
                return replyResponse(request, status.listIncidents(true));
            });
    guarded(http::verb::post, "/v1/status/maintenances", false,
            withBody([&status](const QJsonObject& body, const RequestContext& context) {
                return status.scheduleMaintenance(body, actorOf(context));
            }));
    guarded(http::verb::post, "/v1/status/maintenances/{id}/updates", false,
            withBody([&status](const QJsonObject& body, const RequestContext& context) {
                return status.addMaintenanceUpdate(std::string(context.param("id")), body,
                                                   actorOf(context));
            }));
    guarded(http::verb::get, "/v1/status/notices", true,
            [&status](const Request& request, const RequestContext&) {
                return replyResponse(request, status.listNotices(std::nullopt));
            });
    guarded(http::verb::post, "/v1/status/notices", false,
            withBody([&status](const QJsonObject& body, const RequestContext& context) {
                return status.publishNotice(body, actorOf(context));
            }));
    guarded(http::verb::get, "/v1/status/reports/first-notice", true,
            [&status](const Request& request, const RequestContext&) {
                return replyResponse(request, status.firstNoticeReport());
            });
    // Every signed-in person's own inbox (owners and admins receive notices and incidents).
    router.add(http::verb::get, "/v1/inbox",
               [&status](const Request& request, const RequestContext& context) {
                   if (auto denied = requireSignedIn(request, context))
                       return std::move(*denied);
                   return replyResponse(request, status.inbox(context.principal->userId));
               });
    router.add(http::verb::post, "/v1/inbox/{id}/read",
               [&status](const Request& request, const RequestContext& context) {
                   if (auto denied = requireSignedIn(request, context))
                       return std::move(*denied);
                   return replyResponse(request, status.markRead(context.principal->userId,
                                                                 std::string(context.param("id"))));
               });
    guarded(http::verb::get, "/v1/status/availability", true,
            [&status](const Request& request, const RequestContext&) {
                const QString month = queryOf(request).queryItemValue(QStringLiteral("month"));
                return replyResponse(request, status.availability(month));
            });
}

} // namespace Server
