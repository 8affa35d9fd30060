// tus 1.0.0 at /v1/uploads/ (DESIGN.md §2): OPTIONS, creation (+ with upload), HEAD, PATCH
// (bodies streamed to disk), termination, expiration and checksums (crc32c, sha1, sha256).
#include "core/upload/tus.h"
#include "server/serverapp.h"
#include "server/uploadstore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

#include <variant>

namespace Server {
namespace {

constexpr std::string_view kExtensions =
    "creation,creation-with-upload,creation-defer-length,expiration,checksum,termination";
constexpr std::string_view kChecksums = "crc32c,sha1,sha256";
const char* const kUploadRoles[] = {"owner", "admin", "editor", "uploader"};

struct Caller
{
    std::string tenantId;
    std::string userId;
};

std::string httpDate(std::int64_t unixSeconds)
{
    const QDateTime time = QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC);
    return QLocale::c()
        .toString(time, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toStdString();
}

void tusHeaders(Response& response)
{
    response.set("Tus-Resumable", Upload::kTusVersion);
    response.set(http::field::cache_control, "no-store");
}

Response tusProblem(unsigned version, bool keepAlive, http::status status, std::string_view slug,
                    const QString& title, const QString& detail = {})
{
    Response response = problemResponse(version, keepAlive, status, slug, title, detail);
    tusHeaders(response);
    return response;
}

Response tusProblem(const Request& request, http::status status, std::string_view slug,
                    const QString& title, const QString& detail = {})
{
    return tusProblem(request.version(), request.keep_alive(), status, slug, title, detail);
}

Response emptyResponse(const Request& request, http::status status)
{
    Response response{status, request.version()};
    response.set(http::field::server, kServerHeader);
    response.keep_alive(request.keep_alive());
    tusHeaders(response);
    response.content_length(0);
    return response;
}

// Who may upload: a signed-in member of a tenant with an uploading role.
std::variant<Caller, Response> callerOf(const Request& request, const RequestContext& context)
{
    if (!context.principal) {
        Response response = tusProblem(
            request, http::status::unauthorized, "unauthorized", QStringLiteral("Sign in first"),
            QStringLiteral("Uploads need an access token (Authorization: Bearer)"));
        response.set(http::field::www_authenticate, "Bearer");
        return response;
    }
    const Principal& principal = *context.principal;
    bool allowed = !principal.tenantId.empty();
    if (allowed) {
        allowed = false;
        for (const char* role : kUploadRoles)
            allowed = allowed || principal.hasRole(role);
    }
    if (!allowed) {
        return tusProblem(request, http::status::forbidden, "forbidden",
                          QStringLiteral("Not allowed to upload"),
                          QStringLiteral("Uploading needs the owner, admin, editor or uploader "
                                         "role in a tenant"));
    }
    return Caller{principal.tenantId, principal.userId};
}

// Requests other than OPTIONS must speak tus 1.0.0.
std::optional<Response> checkVersion(const Request& request)
{
    if (request["Tus-Resumable"] == Upload::kTusVersion)
        return std::nullopt;
    Response response = tusProblem(request, http::status::precondition_failed, "tus-version",
                                   QStringLiteral("Unsupported tus version"),
                                   QStringLiteral("Send Tus-Resumable: 1.0.0"));
    response.set("Tus-Version", Upload::kTusVersion);
    return response;
}

std::optional<std::int64_t> parseNonNegative(std::string_view text)
{
    if (text.empty() || text.size() > 19)
        return std::nullopt;
    std::int64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

QByteArray toBytes(std::string_view text)
{
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

// The body of one PATCH (or creation-with-upload POST) on its way to disk.
class UploadSink : public BodySink
{
public:
    UploadSink(std::unique_ptr<UploadStore::Writer> writer, unsigned version, bool keepAlive,
               bool creation)
        : m_writer(std::move(writer)), m_version(version), m_keepAlive(keepAlive),
          m_creation(creation)
    {}

    Core::Status write(const char* data, std::size_t size) override
    {
        return m_writer->write(data, size);
    }

    std::span<char> bodyBuffer() override { return m_writer->bodyBuffer(); }

    void setInterrupter(std::function<void()> interrupt) override
    {
        m_writer->setInterrupter(std::move(interrupt));
    }

    Response finish(bool complete) override
    {
        const WriteOutcome outcome = m_writer->finish(complete);
        const UploadRecord& record = m_writer->record();
        if (outcome == WriteOutcome::ChecksumMismatch) {
            return tusProblem(m_version, m_keepAlive, static_cast<http::status>(460),
                              "checksum-mismatch", QStringLiteral("Checksum mismatch"),
                              QStringLiteral("The chunk was discarded; send it again"));
        }
        if (outcome != WriteOutcome::Stored) {
            const auto& error = m_writer->error();
            const bool badInput = error.code == Core::ErrorCode::BadInput;
            return tusProblem(m_version, false,
                              badInput ? http::status::bad_request
                                       : http::status::internal_server_error,
                              badInput ? "bad-request" : "storage-failed",
                              QStringLiteral("The chunk was not stored"), error.detail);
        }
        Response response{m_creation ? http::status::created : http::status::no_content, m_version};
        response.set(http::field::server, kServerHeader);
        response.keep_alive(m_keepAlive);
        tusHeaders(response);
        response.set("Upload-Offset", std::to_string(record.offset));
        response.set("Upload-Expires", httpDate(record.expiresAt));
        if (m_creation)
            response.set(http::field::location, "/v1/uploads/" + record.id);
        if (!record.sha256.empty())
            response.set(Upload::kSha256Header, record.sha256);
        response.content_length(0);
        return response;
    }

private:
    std::unique_ptr<UploadStore::Writer> m_writer;
    unsigned m_version;
    bool m_keepAlive;
    bool m_creation;
};

class UploadRoutes
{
public:
    explicit UploadRoutes(UploadStore& store) : m_store(store) {}

    Response options(const Request& request, const RequestContext&) const
    {
        Response response = emptyResponse(request, http::status::no_content);
        response.set("Tus-Version", Upload::kTusVersion);
        response.set("Tus-Extension", kExtensions);
        response.set("Tus-Checksum-Algorithm", kChecksums);
        response.set("Tus-Max-Size", std::to_string(m_store.limits().maxFileBytes));
        return response;
    }

    std::optional<StreamStart> create(const Request& request, const RequestContext& context)
    {
        auto caller = callerOf(request, context);
        if (auto* refused = std::get_if<Response>(&caller))
            return reply(std::move(*refused));
        if (auto wrong = checkVersion(request))
            return reply(std::move(*wrong));
        // creation-defer-length: Upload-Defer-Length: 1 instead of Upload-Length; a later PATCH
        // declares the length.
        const bool deferred = request["Upload-Defer-Length"] == "1";
        const auto declaredLength = parseNonNegative(request["Upload-Length"]);
        if (deferred == declaredLength.has_value() ||
            (!deferred && !request["Upload-Defer-Length"].empty())) {
            return reply(tusProblem(request, http::status::bad_request, "bad-request",
                                    QStringLiteral("Upload-Length is required"),
                                    QStringLiteral("Send Upload-Length, or Upload-Defer-Length: 1 "
                                                   "alone")));
        }
        const std::optional<std::int64_t> length = deferred ? -1 : *declaredLength;
        const auto metadata = Upload::decodeMetadata(toBytes(request["Upload-Metadata"]));
        if (!metadata) {
            return reply(tusProblem(request, http::status::bad_request, "bad-request",
                                    QStringLiteral("Malformed Upload-Metadata")));
        }
        const bool withData = hasBody(request);
        if (withData && request[http::field::content_type] != Upload::kOffsetContentType) {
            return reply(tusProblem(request, http::status::unsupported_media_type,
                                    "unsupported-media-type",
                                    QStringLiteral("Expected application/offset+octet-stream")));
        }
        auto checksum = parseChecksum(request);
        if (!checksum)
            return reply(badChecksum(request));
        const auto declared = parseNonNegative(request[http::field::content_length]);
        if (withData && declared &&
            static_cast<std::uint64_t>(*declared) > m_store.limits().maxRequestBytes) {
            // Refused before anything is created; the client can create without data.
            Response response =
                tusProblem(request, http::status::payload_too_large, "request-too-large",
                           QStringLiteral("Request body too large"),
                           QStringLiteral("The limit for one request is %1 bytes")
                               .arg(m_store.limits().maxRequestBytes));
            response.keep_alive(false);
            return reply(std::move(response));
        }
        m_store.sweepExpired();
        const Caller& who = std::get<Caller>(caller);
        const QString filename =
            metadata->value(QStringLiteral("filename"), metadata->value(QStringLiteral("name")));
        auto created = m_store.create(
            who.tenantId, who.userId, *length, std::string(request["Upload-Metadata"]),
            filename.toStdString(), metadata->value(QStringLiteral("title")).toStdString(),
            metadata->value(QStringLiteral("video_id")).toStdString(),
            roleOf(metadata->value(QStringLiteral("role"))));
        if (!created)
            return reply(storageFailed(request, created.error()));
        if (created->refusal != UploadStore::CreateRefusal::None) {
            const bool quota = created->refusal == UploadStore::CreateRefusal::QuotaExceeded;
            Response response = tusProblem(request, http::status::payload_too_large,
                                           quota ? "quota-exceeded" : "too-large",
                                           quota ? QStringLiteral("Tenant storage quota exceeded")
                                                 : QStringLiteral("File too large"),
                                           quota ? QStringLiteral("The tenant's quota is %1 bytes")
                                                       .arg(m_store.limits().tenantQuotaBytes)
                                                 : QStringLiteral("The largest upload is %1 bytes")
                                                       .arg(m_store.limits().maxFileBytes));
            response.keep_alive(false);
            return reply(std::move(response));
        }
        return beginWrite(request, *created->record, checksum->first, checksum->second, true);
    }

    Response head(const Request& request, const RequestContext& context)
    {
        auto caller = callerOf(request, context);
        if (auto* refused = std::get_if<Response>(&caller))
            return std::move(*refused);
        if (auto wrong = checkVersion(request); wrong && request.method() == http::verb::head)
            return std::move(*wrong);
        auto found = lookup(request, std::get<Caller>(caller), context.param("id"));
        if (auto* refused = std::get_if<Response>(&found))
            return std::move(*refused);
        const UploadRecord& record = std::get<UploadRecord>(found);
        QJsonObject body{{QStringLiteral("id"), QString::fromStdString(record.id)},
                         {QStringLiteral("offset"), static_cast<qint64>(record.offset)},
                         {QStringLiteral("length"), static_cast<qint64>(record.length)},
                         {QStringLiteral("filename"), QString::fromStdString(record.filename)},
                         {QStringLiteral("video_id"), QString::fromStdString(record.videoId)},
                         {QStringLiteral("role"), QString::fromStdString(record.role)},
                         {QStringLiteral("complete"), record.complete()}};
        if (!record.sha256.empty())
            body.insert(QStringLiteral("sha256"), QString::fromStdString(record.sha256));
        Response response = jsonResponse(request, http::status::ok, body);
        tusHeaders(response);
        response.set("Upload-Offset", std::to_string(record.offset));
        if (record.lengthDeferred())
            response.set("Upload-Defer-Length", "1");
        else
            response.set("Upload-Length", std::to_string(record.length));
        response.set("Upload-Expires", httpDate(record.expiresAt));
        if (!record.metadata.empty())
            response.set("Upload-Metadata", record.metadata);
        if (!record.sha256.empty())
            response.set(Upload::kSha256Header, record.sha256);
        return response;
    }

    std::optional<StreamStart> patch(const Request& request, const RequestContext& context)
    {
        auto caller = callerOf(request, context);
        if (auto* refused = std::get_if<Response>(&caller))
            return reply(std::move(*refused));
        if (auto wrong = checkVersion(request))
            return reply(std::move(*wrong));
        if (request[http::field::content_type] != Upload::kOffsetContentType) {
            return reply(tusProblem(request, http::status::unsupported_media_type,
                                    "unsupported-media-type",
                                    QStringLiteral("Expected application/offset+octet-stream")));
        }
        const auto offset = parseNonNegative(request["Upload-Offset"]);
        if (!offset) {
            return reply(tusProblem(request, http::status::bad_request, "bad-request",
                                    QStringLiteral("Upload-Offset is required")));
        }
        auto checksum = parseChecksum(request);
        if (!checksum)
            return reply(badChecksum(request));
        auto found = lookup(request, std::get<Caller>(caller), context.param("id"));
        if (auto* refused = std::get_if<Response>(&found))
            return reply(std::move(*refused));
        UploadRecord& record = std::get<UploadRecord>(found);
        if (auto refused = declareDeferredLength(request, record))
            return reply(std::move(*refused));
        if (*offset != record.offset) {
            Response response =
                tusProblem(request, http::status::conflict, "offset-mismatch",
                           QStringLiteral("Upload-Offset does not match"),
                           QStringLiteral("The upload is at %1; send HEAD and continue from there")
                               .arg(record.offset));
            response.set("Upload-Offset", std::to_string(record.offset));
            return reply(std::move(response));
        }
        return beginWrite(request, record, checksum->first, checksum->second, false);
    }

    Response terminate(const Request& request, const RequestContext& context)
    {
        auto caller = callerOf(request, context);
        if (auto* refused = std::get_if<Response>(&caller))
            return std::move(*refused);
        if (auto wrong = checkVersion(request))
            return std::move(*wrong);
        auto found = lookup(request, std::get<Caller>(caller), context.param("id"));
        if (auto* refused = std::get_if<Response>(&found))
            return std::move(*refused);
        const UploadRecord& record = std::get<UploadRecord>(found);
        // Take the writer slot so that no PATCH is mid-way while the files go.
        auto writer = m_store.tryBeginWrite(record, Upload::ChecksumAlgorithm::None, {});
        if (!writer)
            return locked(request);
        writer.reset();
        if (auto removed = m_store.remove(record); !removed)
            return storageFailed(request, removed.error());
        return emptyResponse(request, http::status::no_content);
    }

private:
    // A PATCH may carry Upload-Length once for an upload created with Upload-Defer-Length;
    // otherwise it must repeat the known length.
    std::optional<Response> declareDeferredLength(const Request& request, UploadRecord& record)
    {
        const auto header = request["Upload-Length"];
        if (header.empty())
            return std::nullopt;
        const auto length = parseNonNegative(header);
        if (!length || (!record.lengthDeferred() && *length != record.length)) {
            return tusProblem(request, http::status::bad_request, "bad-request",
                              QStringLiteral("Upload-Length cannot change"));
        }
        if (!record.lengthDeferred())
            return std::nullopt;
        auto declared = m_store.declareLength(record, *length);
        if (!declared)
            return storageFailed(request, declared.error());
        if (declared.value() != UploadStore::CreateRefusal::None) {
            const bool quota = declared.value() == UploadStore::CreateRefusal::QuotaExceeded;
            Response response = tusProblem(
                request, http::status::payload_too_large, quota ? "quota-exceeded" : "too-large",
                quota ? QStringLiteral("Tenant storage quota exceeded")
                      : QStringLiteral("File too large"),
                quota ? QStringLiteral("The tenant's quota is %1 bytes")
                            .arg(m_store.limits().tenantQuotaBytes)
                      : QStringLiteral("The largest upload is %1 bytes, and no less "
                                       "than what arrived")
                            .arg(m_store.limits().maxFileBytes));
            response.keep_alive(false);
            return response;
        }
        return std::nullopt;
    }

    static std::string roleOf(const QString& role)
    {
        if (role == QLatin1String("poster") || role == QLatin1String("thumbnail"))
            return role.toStdString();
        return {};
    }

    static std::optional<StreamStart> reply(Response response)
    {
        StreamStart start;
        start.reply = std::move(response);
        return start;
    }

    static bool hasBody(const Request& request)
    {
        const auto length = request[http::field::content_length];
        if (!length.empty())
            return length != "0";
        return !request[http::field::transfer_encoding].empty();
    }

    // (algorithm, digest); algorithm None without the header; nullopt when malformed.
    static std::optional<std::pair<Upload::ChecksumAlgorithm, QByteArray>>
    parseChecksum(const Request& request)
    {
        const auto header = request["Upload-Checksum"];
        if (header.empty())
            return std::make_pair(Upload::ChecksumAlgorithm::None, QByteArray());
        const auto parsed = Upload::parseChecksumHeader(toBytes(header));
        if (!parsed || parsed->algorithm == Upload::ChecksumAlgorithm::None)
            return std::nullopt;
        return std::make_pair(parsed->algorithm, parsed->digest);
    }

    static Response badChecksum(const Request& request)
    {
        return tusProblem(request, http::status::bad_request, "bad-checksum",
                          QStringLiteral("Unsupported or malformed Upload-Checksum"),
                          QStringLiteral("Use crc32c, sha1 or sha256 with a base64 digest"));
    }

    static Response locked(const Request& request)
    {
        return tusProblem(request, http::status::locked, "upload-locked",
                          QStringLiteral("Another request is writing this upload"),
                          QStringLiteral("Retry after a HEAD"));
    }

    static Response storageFailed(const Request& request, const Core::Error& error)
    {
        return tusProblem(request, http::status::internal_server_error, "storage-failed",
                          QStringLiteral("Storage failed"), error.detail);
    }

    std::variant<UploadRecord, Response> lookup(const Request& request, const Caller& caller,
                                                std::string_view id)
    {
        auto found = m_store.find(caller.tenantId, std::string(id));
        if (!found)
            return storageFailed(request, found.error());
        if (!found.value()) {
            return tusProblem(request, http::status::not_found, "not-found",
                              QStringLiteral("No such upload"));
        }
        UploadRecord record = *found.value();
        const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
        if (!record.complete() && record.expiresAt < now) {
            (void)m_store.remove(record);
            return tusProblem(request, http::status::gone, "upload-expired",
                              QStringLiteral("The upload expired"),
                              QStringLiteral("Create a new upload"));
        }
        return record;
    }

    std::optional<StreamStart> beginWrite(const Request& request, const UploadRecord& record,
                                          Upload::ChecksumAlgorithm algorithm, QByteArray digest,
                                          bool creation)
    {
        auto writer = m_store.tryBeginWrite(record, algorithm, std::move(digest));
        if (!writer)
            return reply(locked(request));
        auto sink = std::make_unique<UploadSink>(std::move(writer), request.version(),
                                                 request.keep_alive(), creation);
        const std::int64_t remaining =
            (record.lengthDeferred() ? static_cast<std::int64_t>(m_store.limits().maxFileBytes)
                                     : record.length) -
            record.offset;
        if (!hasBody(request) || remaining == 0) {
            if (hasBody(request)) {
                (void)sink->finish(false);
                return reply(tusProblem(request, http::status::bad_request, "bad-request",
                                        QStringLiteral("The upload is already complete")));
            }
            return reply(sink->finish(true));
        }
        StreamStart start;
        start.sink = std::move(sink);
        start.maxBodyBytes = std::min<std::uint64_t>(static_cast<std::uint64_t>(remaining),
                                                     m_store.limits().maxRequestBytes);
        return start;
    }

    UploadStore& m_store;
};

} // namespace

void addUploadRoutes(Router& router, UploadStore& store)
{
    auto routes = std::make_shared<UploadRoutes>(store);
    router.add(
        http::verb::options, "/v1/uploads",
        [routes](const Request& r, const RequestContext& c) { return routes->options(r, c); });
    router.addStreaming(
        http::verb::post, "/v1/uploads",
        [routes](const Request& r, const RequestContext& c) { return routes->create(r, c); });
    router.add(http::verb::get, "/v1/uploads/{id}",
               [routes](const Request& r, const RequestContext& c) { return routes->head(r, c); });
    router.addStreaming(
        http::verb::patch, "/v1/uploads/{id}",
        [routes](const Request& r, const RequestContext& c) { return routes->patch(r, c); });
    router.add(
        http::verb::delete_, "/v1/uploads/{id}",
        [routes](const Request& r, const RequestContext& c) { return routes->terminate(r, c); });
}

} // namespace Server
