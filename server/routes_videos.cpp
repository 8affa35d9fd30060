// The video library: POST/GET /v1/videos, GET/PATCH/DELETE /v1/videos/{id}, a verified file
// download, and the tenant's categories and tags. Tenant-scoped: another tenant's video is
// simply not found.
#include "server/authz.h"
#include "server/serverapp.h"
#include "server/videolibrary.h"

#include <QFile>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace Server {
namespace {

enum class Need
{
    Read = 1, // any member of the tenant
    Write,    // owner, admin, editor, uploader
    Curate,   // owner, admin, editor (master data)
};

// The caller's tenant, or the refusal.
std::variant<std::string, Response> tenantOf(const Request& request, const RequestContext& context,
                                             Need need)
{
    if (!context.principal) {
        Response response = problemResponse(request, http::status::unauthorized, "unauthorized",
                                            QStringLiteral("Sign in first"));
        response.set(http::field::www_authenticate, "Bearer");
        return response;
    }
    const Principal& principal = *context.principal;
    std::vector<std::string_view> roles{"owner", "admin", "editor"};
    if (need != Need::Curate)
        roles.push_back("uploader");
    if (need == Need::Read)
        roles.push_back("viewer");
    bool allowed = false;
    for (std::string_view role : roles)
        allowed = allowed || principal.hasRole(role);
    if (principal.tenantId.empty() || !allowed) {
        return problemResponse(request, http::status::forbidden, "forbidden",
                               QStringLiteral("Your role does not allow this"));
    }
    return principal.tenantId;
}

Response toResponse(const Request& request, const LibraryResult& result)
{
    if (!result.ok()) {
        return problemResponse(request, static_cast<http::status>(result.status), result.slug,
                               result.title, result.detail);
    }
    if (result.status == 204) {
        Response response{http::status::no_content, request.version()};
        response.set(http::field::server, kServerHeader);
        response.keep_alive(request.keep_alive());
        response.content_length(0);
        return response;
    }
    return jsonResponse(request, static_cast<http::status>(result.status), result.body);
}

QUrlQuery queryOf(const Request& request)
{
    const std::string_view target = request.target();
    const auto mark = target.find('?');
    if (mark == std::string_view::npos)
        return {};
    return QUrlQuery(QString::fromUtf8(target.substr(mark + 1).data(),
                                       static_cast<qsizetype>(target.size() - mark - 1)));
}

std::string decoded(std::string_view segment)
{
    return QUrl::fromPercentEncoding(
               QByteArray(segment.data(), static_cast<qsizetype>(segment.size())))
        .toStdString();
}

Response badJson(const Request& request)
{
    return problemResponse(request, http::status::bad_request, "bad-json",
                           QStringLiteral("The body must be a JSON object"));
}

constexpr qint64 kMaxDownloadBytes = 64LL * 1024 * 1024;

} // namespace

void addVideoRoutes(Router& router, VideoLibrary& library)
{
#define ONESTREAM_TENANT(need)                                                                     \
    auto tenant = tenantOf(request, context, need);                                                \
    if (auto* refused = std::get_if<Response>(&tenant))                                            \
        return std::move(*refused);                                                                \
    const std::string& tenantId = std::get<std::string>(tenant);

    router.add(http::verb::post, "/v1/videos",
               [&library](const Request& request, const RequestContext& context) {
                   ONESTREAM_TENANT(Need::Write)
                   const auto body = jsonBody(request);
                   if (!body)
                       return badJson(request);
                   const std::string user = context.principal->userId;
                   return toResponse(request, library.create(tenantId, user, *body));
               });
    router.add(
        http::verb::get, "/v1/videos",
        [&library](const Request& request, const RequestContext& context) {
            ONESTREAM_TENANT(Need::Read)
            const QUrlQuery query = queryOf(request);
            bool limitOk = false;
            int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk);
            if (!limitOk)
                limit = 20;
            return toResponse(
                request,
                library.list(tenantId, query.queryItemValue(QStringLiteral("cursor")).toStdString(),
                             limit, query.queryItemValue(QStringLiteral("status")).toStdString()));
        });
    router.add(http::verb::get, "/v1/videos/{id}",
               [&library](const Request& request, const RequestContext& context) {
                   ONESTREAM_TENANT(Need::Read)
                   return toResponse(request,
                                     library.get(tenantId, std::string(context.param("id"))));
               });
    router.add(http::verb::patch, "/v1/videos/{id}",
               [&library](const Request& request, const RequestContext& context) {
                   ONESTREAM_TENANT(Need::Write)
                   const auto body = jsonBody(request);
                   if (!body)
                       return badJson(request);
                   return toResponse(
                       request, library.update(tenantId, std::string(context.param("id")), *body));
               });
    router.add(http::verb::delete_, "/v1/videos/{id}",
               [&library](const Request& request, const RequestContext& context) {
                   ONESTREAM_TENANT(Need::Write)
                   return toResponse(request,
                                     library.remove(tenantId, std::string(context.param("id"))));
               });
    // A finished file, after checking every stored copy against its SHA-256 (a damaged copy
    // is repaired from a good one on the way).
    router.add(
        http::verb::get, "/v1/videos/{id}/files/{upload}",
        [&library](const Request& request, const RequestContext& context) {
            ONESTREAM_TENANT(Need::Read)
            UploadRecord record;
            auto verified = library.verifiedFile(tenantId, std::string(context.param("id")),
                                                 std::string(context.param("upload")), &record);
            if (!verified) {
                const bool missing = verified.error().code == Core::ErrorCode::NotFound;
                return problemResponse(
                    request,
                    missing ? http::status::not_found : http::status::internal_server_error,
                    missing ? "not-found" : "storage-damaged",
                    missing ? QStringLiteral("No such file") : QStringLiteral("No intact copy"),
                    verified.error().detail);
            }
            if (record.length > kMaxDownloadBytes) {
                return problemResponse(request, http::status::payload_too_large, "too-large",
                                       QStringLiteral("Too large to download here"));
            }
            QFile file(QString::fromStdString(verified->file.string()));
            if (!file.open(QIODevice::ReadOnly)) {
                return problemResponse(request, http::status::internal_server_error,
                                       "storage-failed", QStringLiteral("Cannot read"));
            }
            const QByteArray bytes = file.readAll();
            Response response{http::status::ok, request.version()};
            response.set(http::field::server, kServerHeader);
            response.set(http::field::content_type, "application/octet-stream");
            response.set(http::field::etag, "\"" + record.sha256 + "\"");
            response.set("OneStream-Healed-Copies", std::to_string(verified->healed));
            response.keep_alive(request.keep_alive());
            response.body().assign(bytes.constData(), static_cast<std::size_t>(bytes.size()));
            response.prepare_payload();
            return response;
        });

    for (const char* kind : {"categories", "tags"}) {
        const std::string base = std::string("/v1/") + kind;
        router.add(http::verb::get, base,
                   [&library, kind](const Request& request, const RequestContext& context) {
                       ONESTREAM_TENANT(Need::Read)
                       return toResponse(request, library.listTerms(tenantId, kind));
                   });
        router.add(http::verb::post, base,
                   [&library, kind](const Request& request, const RequestContext& context) {
                       ONESTREAM_TENANT(Need::Curate)
                       const auto body = jsonBody(request);
                       if (!body)
                           return badJson(request);
                       return toResponse(
                           request,
                           library.addTerm(tenantId, kind,
                                           body->value(QStringLiteral("name")).toString()));
                   });
        router.add(http::verb::delete_, base + "/{name}",
                   [&library, kind](const Request& request, const RequestContext& context) {
                       ONESTREAM_TENANT(Need::Curate)
                       return toResponse(
                           request,
                           library.removeTerm(tenantId, kind, decoded(context.param("name"))));
                   });
    }
#undef ONESTREAM_TENANT
}

} // namespace Server
