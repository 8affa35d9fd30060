// The video library: POST/GET /v1/videos, GET/PATCH/DELETE /v1/videos/{id}, a verified file
// download, and the tenant's categories and tags. Tenant-scoped: another tenant's video is
// simply not found.
#include "server/authz.h"
#include "server/httpstream.h"
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

// A single byte range of "Range: bytes=a-b | a- | -n" within size; nullopt when there is no
// usable Range header (send everything); {size, 0} when it cannot be satisfied (416).
struct ByteRange
{
    std::uint64_t first = 0;
    std::uint64_t length = 0;
};

std::optional<ByteRange> parseRange(std::string_view header, std::uint64_t size)
{
    constexpr std::string_view kUnit = "bytes=";
    if (header.substr(0, kUnit.size()) != kUnit || header.find(',') != std::string_view::npos)
        return std::nullopt;
    const std::string_view spec = header.substr(kUnit.size());
    const auto dash = spec.find('-');
    if (dash == std::string_view::npos)
        return std::nullopt;
    const auto number = [](std::string_view text) -> std::optional<std::uint64_t> {
        if (text.empty() || text.size() > 19)
            return std::nullopt;
        std::uint64_t value = 0;
        for (char c : text) {
            if (c < '0' || c > '9')
                return std::nullopt;
            value = value * 10 + static_cast<std::uint64_t>(c - '0');
        }
        return value;
    };
    const auto from = number(spec.substr(0, dash));
    const auto to = number(spec.substr(dash + 1));
    if (!from && !to)
        return std::nullopt;
    if (!from) { // suffix: the last n bytes
        if (*to == 0)
            return ByteRange{size, 0};
        const std::uint64_t n = std::min(*to, size);
        return ByteRange{size - n, n};
    }
    if (*from >= size || (to && *to < *from))
        return ByteRange{size, 0};
    const std::uint64_t last = to ? std::min(*to, size - 1) : size - 1;
    return ByteRange{*from, last - *from + 1};
}

// A verified object as the response body, streamed from disk (any size), with Range support.
Response fileResponse(const Request& request, const RequestContext& context,
                      const std::filesystem::path& file, const UploadRecord& record, int healed,
                      std::string_view contentType = "application/octet-stream")
{
    const auto size = static_cast<std::uint64_t>(record.length);
    const std::string etag = "\"" + record.sha256 + "\"";
    std::optional<ByteRange> range = parseRange(request[http::field::range], size);
    const auto ifRange = request[http::field::if_range];
    if (range && !ifRange.empty() && ifRange != etag)
        range.reset(); // the client's copy is another version: send everything
    if (range && range->length == 0) {
        Response refused =
            problemResponse(request, http::status::range_not_satisfiable, "range-not-satisfiable",
                            QStringLiteral("The range is outside the file"));
        refused.set(http::field::content_range, "bytes */" + std::to_string(size));
        return refused;
    }
    Response response{range ? http::status::partial_content : http::status::ok, request.version()};
    response.set(http::field::server, kServerHeader);
    response.set(http::field::content_type, contentType);
    response.set(http::field::etag, etag);
    response.set(http::field::accept_ranges, "bytes");
    response.set("OneStream-Healed-Copies", std::to_string(healed));
    response.keep_alive(request.keep_alive());
    const ByteRange body = range.value_or(ByteRange{0, size});
    if (range) {
        response.set(http::field::content_range, "bytes " + std::to_string(body.first) + "-" +
                                                     std::to_string(body.first + body.length - 1) +
                                                     "/" + std::to_string(size));
    }
    if (request.method() == http::verb::head) {
        response.content_length(body.length);
        return response;
    }
    if (context.stream) {
        // Streamed by the engine in bounded pieces (server/httpstream.h).
        context.stream->file = FileBody{file, body.first, body.length};
        response.content_length(body.length);
        return response;
    }
    // Dispatched without the engine (in-process callers): a bounded read into the body.
    constexpr std::uint64_t kMaxInMemoryBytes = 64ULL * 1024 * 1024;
    if (body.length > kMaxInMemoryBytes) {
        return problemResponse(request, http::status::payload_too_large, "too-large",
                               QStringLiteral("Too large to download here"));
    }
    QFile in(QString::fromStdString(file.string()));
    if (!in.open(QIODevice::ReadOnly) || !in.seek(static_cast<qint64>(body.first))) {
        return problemResponse(request, http::status::internal_server_error, "storage-failed",
                               QStringLiteral("Cannot read"));
    }
    const QByteArray bytes = in.read(static_cast<qint64>(body.length));
    response.body().assign(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    response.prepare_payload();
    return response;
}

// An image's media type from its stored name, else from its first bytes.
std::string imageType(const UploadRecord& record, const std::filesystem::path& file)
{
    const QString name = QString::fromStdString(record.filename).toLower();
    if (name.endsWith(QLatin1String(".png")))
        return "image/png";
    if (name.endsWith(QLatin1String(".jpg")) || name.endsWith(QLatin1String(".jpeg")))
        return "image/jpeg";
    QFile in(QString::fromStdString(file.string()));
    const QByteArray head = in.open(QIODevice::ReadOnly) ? in.read(8) : QByteArray();
    if (head.startsWith("\x89PNG"))
        return "image/png";
    if (head.startsWith("\xFF\xD8\xFF"))
        return "image/jpeg";
    return "application/octet-stream";
}

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
            return fileResponse(request, context, verified->file, record, verified->healed);
        });
    // The video's thumbnail image (an upload with role thumbnail or poster), for list views.
    router.add(
        http::verb::get, "/v1/videos/{id}/thumbnail",
        [&library](const Request& request, const RequestContext& context) {
            ONESTREAM_TENANT(Need::Read)
            UploadRecord record;
            auto verified =
                library.verifiedThumbnail(tenantId, std::string(context.param("id")), &record);
            if (!verified) {
                const bool missing = verified.error().code == Core::ErrorCode::NotFound;
                return problemResponse(
                    request,
                    missing ? http::status::not_found : http::status::internal_server_error,
                    missing ? "not-found" : "storage-damaged",
                    missing ? QStringLiteral("No thumbnail") : QStringLiteral("No intact copy"),
                    verified.error().detail);
            }
            const std::string etag = "\"" + record.sha256 + "\"";
            if (request[http::field::if_none_match] == etag) { // the client's copy is current
                Response current{http::status::not_modified, request.version()};
                current.set(http::field::server, kServerHeader);
                current.set(http::field::etag, etag);
                current.set(http::field::cache_control, "private, max-age=300");
                current.keep_alive(request.keep_alive());
                return current;
            }
            Response response = fileResponse(request, context, verified->file, record,
                                             verified->healed, imageType(record, verified->file));
            response.set(http::field::cache_control, "private, max-age=300");
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
